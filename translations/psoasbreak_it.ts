<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Lato sinistro · piede sinistro indietro</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Lato destro · piede destro indietro</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Cambia lato · piede destro indietro</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Pausa — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Pausa: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Inspira per {inhale} secondi mentre si allarga, espira per {exhale} secondi mentre si restringe</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustrazione: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Avanzamento della pausa</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Quanto della pausa di {seconds} secondi è stato completato</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Termina la pausa prima</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Interrompe subito l’esercizio; viene registrato come saltato. Il tasto Esc fa lo stesso.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Inspira · respiro {number} di {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Espira · respiro {number} di {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Lato sinistro · cambio tra {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Illustrazione: {exercise}, lato sinistro</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Illustrazione: {exercise}, lato destro</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Stare seduti tiene le anche piegate per ore, e questo lascia i flessori dell’anca accorciati e rigidi.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Alzarti e muoverti ogni 30–45 minuti interrompe quella lunga flessione dell’anca.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Lo psoas va dalla parte bassa della colonna al femore, quindi se è contratto può tirare la schiena.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Uno psoas contratto può inclinare il bacino in avanti e rendere più difficile stare dritti.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Lo stress tiene contratti i muscoli profondi del tronco; una respirazione addominale lenta li aiuta a rilasciarsi.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Portare la gamba indietro è l’opposto dello stare seduti e allevia l’accorciamento della giornata.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Esercizi dolci di mobilità e di respirazione si possono fare ogni giorno, e sono più utili se stai molto seduto.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>L’allungamento è solo metà del lavoro: glutei e muscoli posteriori della coscia forti tengono le anche in equilibrio.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Se dopo essere stati seduti la parte anteriore dell’anca è rigida o dolente, i flessori dell’anca chiedono una pausa.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Allungamento dei flessori dell’anca</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Un minuto di affondo con appoggio, su entrambi i lati</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Tieniti a una sedia o alla scrivania e porta un piede indietro in un breve affondo.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Allinea la gabbia toracica sopra le anche; non inarcare la parte bassa della schiena.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Porta leggermente il coccige in dentro e spingi con dolcezza in avanti l’anca posteriore.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Respira lentamente verso la parte anteriore dell’anca: una leggera tensione, mai dolore.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Un dolore acuto o che si irradia significa che devi fermarti: muoviti invece con dolcezza e rivolgiti a un medico se persiste.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Respirazione addominale</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Un minuto di respirazione lenta e profonda, in piedi e dritto</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Stai in piedi dritto e appoggia una mano sulla pancia.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Inspira dal naso e lascia che la pancia spinga la mano in fuori.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Espira lentamente, un po’ più a lungo dell’inspirazione.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Tieni petto e spalle fermi e rilassati.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Ti gira la testa? Respira normalmente. Dolore acuto o che si irradia: fermati, muoviti invece con dolcezza, rivolgiti a un medico.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marcia sul posto</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marcia sul posto sollevando un ginocchio alla volta</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Stai in piedi dritto, con una mano sulla scrivania se vuoi un appoggio.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Solleva un ginocchio verso l’altezza dell’anca, poi abbassalo con controllo.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Tieni la gabbia toracica sopra le anche; non inclinarti indietro mentre il ginocchio sale.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Alterna le gambe a un ritmo facile e regolare e continua a respirare.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>In piedi dritto e contrazione dei glutei</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Stai in piedi dritto e contrai i glutei per aprire la parte anteriore delle anche</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Piedi alla larghezza delle anche, gabbia toracica allineata sopra le anche.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Contrai i glutei finché le anche sono del tutto estese, senza inarcare la schiena.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Mantieni per due respiri lenti, poi rilassati e ripeti.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Per fare di più, porta indietro una gamba tesa, poi cambia gamba.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Un dolore acuto o che si irradia significa che devi fermarti. Questo esercizio torna indietro di un livello; per ora fai invece esercizi di mobilità, e rivolgiti a un medico se il dolore persiste.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobilità del giorno</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Qualche minuto per aprire la parte anteriore delle anche: affondo, ginocchio al petto e un rullo se ce l’hai</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Sessione di forza</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Ponti, stacchi su una gamba, camminata con carico e sollevamenti delle ginocchia, con recupero tra le serie</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Allungamento in affondo con appoggio</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Un breve affondo con una mano su una sedia, mantenuto su ogni lato</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Gabbia toracica sopra le anche, coccige leggermente in dentro; respira verso la parte anteriore dell’anca posteriore.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Tenute brevi</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Due tenute da 30 secondi per lato.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Tenute più lunghe</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Tre tenute da 45 secondi per lato.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Tenute complete</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Tre tenute di un minuto intero per lato.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Ginocchio al petto con respirazione addominale</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Sulla schiena, abbraccia un ginocchio al petto e respira lentamente con la pancia</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Lascia l’altra gamba distesa e rilassata; ogni inspirazione solleva la pancia, ogni espirazione scioglie l’anca.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Otto respiri</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Otto respiri lenti con ciascun ginocchio abbracciato al petto.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Dieci respiri</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Dieci respiri lenti con ciascun ginocchio abbracciato al petto.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Rilascio dei flessori dell’anca con il rullo</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>A pancia in giù, con un rullo sotto la parte anteriore dell’anca, piano e con delicatezza</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Rulla appena sotto l’osso dell’anca, mai sulla colonna; pressione lenta, continua a respirare.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Un minuto</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Un minuto di rullaggio lento per lato.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Due minuti</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Due minuti di rullaggio lento per lato.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Ponte con spinta del ginocchio</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Dal ponte per i glutei, porta un ginocchio verso il petto, poi l’altro</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Tieni le anche alte e in linea; contrai i glutei, non inarcare la parte bassa della schiena.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Corpo libero</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Tre serie da 10 spinte del ginocchio per lato.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Elastico alle ginocchia</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Un elastico leggero intorno alle ginocchia: spingi delicatamente verso l’esterno contro di esso.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Ritmo lento</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Abbassa ogni ginocchio in tre secondi lenti; 12 per lato.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Stacco su una gamba</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Piegati in avanti dall’anca su una gamba mentre l’altra si allunga indietro</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Schiena lunga dalla testa al tallone posteriore; il bacino resta parallelo al pavimento.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Mano sulla scrivania</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Una mano su una scrivania o una sedia per l’equilibrio; 8 per lato.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Senza appoggio</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Nessun appoggio, una flessione più lenta; 10 per lato.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Con un manubrio</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Un manubrio nella mano opposta alla gamba d’appoggio; 8 per lato.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Camminata con carico, postura eretta</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Cammina dritto con un peso in ciascuna mano</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Stai dritto, spalle basse e indietro, costole sopra le anche; passi corti e regolari.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Pesi di casa</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Due borse della spesa piene o bottiglie d’acqua; due giri da 30 secondi.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Manubri</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Un manubrio in ciascuna mano; tre giri da 45 secondi.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Giri più lunghi</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Tre giri di un minuto intero.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Sollevamenti delle ginocchia</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Solleva le ginocchia verso il petto con controllo</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Solleva dall’anca profonda, senza slancio; abbassa lentamente e tieni lunga la parte bassa della schiena.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Sollevamenti delle ginocchia da seduto</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Siediti dritto sul bordo di una sedia e solleva un po’ entrambe le ginocchia; 8 volte.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Da seduto, lento</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Lo stesso sollevamento, tre secondi su e tre giù; 12 volte.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Sollevamenti delle ginocchia alla sbarra</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Appenditi a una sbarra e solleva entrambe le ginocchia all’altezza delle anche; da 8 a 12 volte.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Cronologia settimanale</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>fatte</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturali</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltate</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>rimandate</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perse</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>A date with day, month and year, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A date with day and month only, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>dd</source>
        <extracomment>The first day of a week within one month, before &quot;–&quot;, as a Qt date format.</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>Week {number} · {span}</source>
        <translation>Settimana {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Questa settimana: {taken} fatte ({completed} completate, {natural} naturali), {skipped} saltate, {snoozed} rimandate, {missed} perse</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Tasso di completamento &lt;b&gt;{rate}&lt;/b&gt; · obiettivo raggiunto in {days} giorni su 7</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Precedente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Successiva ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Settimana precedente (freccia sinistra)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Settimana successiva (freccia destra)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Sessioni di forza: {done} di {target}; settimane di fila in linea con l’obiettivo: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Sessioni: ◆ {strength} di forza, ◇ {mobility} di mobilità</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Ancora nessuna pausa registrata&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La tua prima pausa apparirà qui: rispondi a un promemoria con &lt;i&gt;Inizia&lt;/i&gt;, oppure scegli &lt;i&gt;Fai una pausa ora&lt;/i&gt; nel menu dell’icona nell’area di notifica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Una nuova settimana&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ancora niente di registrato questa settimana. La tua prossima pausa avvierà le barre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Una settimana tranquilla&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nessuna pausa registrata questa settimana. I giorni di riposo non interrompono mai una serie.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>serie attuale</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>serie migliore</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>Anche GNOME ti ricorda di muoverti</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Apri la finestra di psoasbreak per disattivare le pause di movimento di GNOME o tenerle entrambe.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Non è stato possibile disattivare da qui le pause di movimento di GNOME; disattivale in Impostazioni → Benessere di GNOME.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>Anche GNOME ti ricorda di muoverti (Impostazioni → Benessere → Pause di movimento). Due promemoria sono uno di troppo: disattiva quello di GNOME o tienili entrambi (psoasbreak non ti avviserà mai a meno di un minuto da GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Disattiva le pause di movimento di GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tienile entrambe</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Cronologia delle pause</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema nelle impostazioni</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problemi in {path}; per quelle impostazioni si usano i valori predefiniti. I dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemi nelle impostazioni</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvio all’accesso</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} non è un numero intero (consentito: 0 (nessun limite) o {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} non è un numero intero (consentito: 0 (nessun limite) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} è fuori intervallo (consentito: 0 (nessun limite) o {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} è fuori intervallo (consentito: 0 (nessun limite) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} non è un numero intero (consentito: 0 (disattivato) o {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} non è un numero intero (consentito: 0 (disattivato) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} non è un numero intero (consentito: {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} non è un numero intero (consentito: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} è fuori intervallo (consentito: 0 (disattivato) o {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} è fuori intervallo (consentito: 0 (disattivato) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} è fuori intervallo (consentito: {range}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} è fuori intervallo (consentito: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} non è una delle scelte possibili (consentito: {choices}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} non è una delle scelte possibili (consentito: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} non è né true né false (consentito: true, false); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} non è né true né false (consentito: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} non è un elenco di nomi di programmi (consentito: un elenco come [&quot;zoom&quot;, &quot;obs&quot;], ciascun nome senza la sua cartella); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} non è un elenco di nomi di programmi (consentito: un elenco come [&quot;zoom&quot;, &quot;obs&quot;], ciascun nome senza la sua cartella).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} non è il percorso di una cartella (consentito: &quot;&quot; per disattivato, o un percorso come &quot;~/Sync&quot;); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} non è il percorso di una cartella (consentito: &quot;&quot; per disattivato, o un percorso come &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} non è un orario (consentito: &quot;HH:MM&quot; da &quot;00:00&quot; a &quot;23:59&quot;); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} non è un orario (consentito: &quot;HH:MM&quot; da &quot;00:00&quot; a &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} non è un elenco di nomi di giorni (consentiti uno o più tra {days}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} non è un elenco di nomi di giorni (consentiti uno o più tra {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} contiene un nome di giorno sconosciuto {names} (consentiti uno o più tra {days}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} contiene un nome di giorno sconosciuto {names} (consentiti uno o più tra {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} contiene nomi di giorni sconosciuti {names} (consentiti uno o più tra {days}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} contiene nomi di giorni sconosciuti {names} (consentiti uno o più tra {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} non è un elenco di nomi di attrezzi (consentita qualsiasi combinazione di {choices}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} non è un elenco di nomi di attrezzi (consentita qualsiasi combinazione di {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} contiene un nome di attrezzo sconosciuto {names} (consentita qualsiasi combinazione di {choices}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} contiene un nome di attrezzo sconosciuto {names} (consentita qualsiasi combinazione di {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} contiene nomi di attrezzi sconosciuti {names} (consentita qualsiasi combinazione di {choices}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} contiene nomi di attrezzi sconosciuti {names} (consentita qualsiasi combinazione di {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} non è una tabella (consentita una tabella [{key}] con le chiavi {keys}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} non è una tabella (consentita una tabella [{key}] con le chiavi {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} è maggiore di interval_max_minutes = {high} (il suo valore predefinito); l’intervallo più breve non può essere più lungo di quello più lungo, quindi si usano i valori predefiniti interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} è maggiore di interval_max_minutes = {high} (il suo valore predefinito); l’intervallo più breve non può essere più lungo di quello più lungo.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (il suo valore predefinito) è maggiore di interval_max_minutes = {high}; l’intervallo più breve non può essere più lungo di quello più lungo, quindi si usano i valori predefiniti interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (il suo valore predefinito) è maggiore di interval_max_minutes = {high}; l’intervallo più breve non può essere più lungo di quello più lungo.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} è maggiore di interval_max_minutes = {high}; l’intervallo più breve non può essere più lungo di quello più lungo, quindi si usano i valori predefiniti interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} è maggiore di interval_max_minutes = {high}; l’intervallo più breve non può essere più lungo di quello più lungo.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} non è successivo a working_hours.start = {start} (consentita una fine più tardi nello stesso giorno: l’orario di lavoro non può superare la mezzanotte); si usano i valori predefiniti start {default_start} ed end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} non è successivo a working_hours.start = {start} (consentita una fine più tardi nello stesso giorno: l’orario di lavoro non può superare la mezzanotte).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] è vuoto, quindi l’orario di lavoro non inizierebbe mai (consentiti uno o più tra {days}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] è vuoto, quindi l’orario di lavoro non inizierebbe mai (consentiti uno o più tra {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] è vuoto mentre programme.strength = true, quindi non arriverebbe mai una sessione di forza (consentiti uno o più tra {days}); si usa il valore predefinito {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] è vuoto mentre programme.strength = true, quindi non arriverebbe mai una sessione di forza (consentiti uno o più tra {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>La chiave sconosciuta {key} resta nel file ma viene ignorata.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>L’avvio all’accesso non è supportato su questo sistema ({platform}); aggiungi «{command}» a mano ai programmi di avvio.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Impossibile rimuovere {path} ({reason}); eliminalo a mano perché psoasbreak non si avvii più all’accesso.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Impossibile scrivere {path} ({reason}); verifica di poter scrivere in quella cartella.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Impossibile aggiungere {app} a {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Impossibile rimuovere {app} da {key} ({reason}); rimuovilo in Gestione attività, in «App di avvio».</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Impossibile scrivere {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Impossibile rimuovere {path} ({reason}); eliminalo a mano.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>File delle impostazioni non applicato</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>La tua modifica a {file} non è stata applicata: {reasons} Le impostazioni in vigore restano quelle di prima finché il file non viene corretto.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} non è un TOML valido: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} è una cartella, non un file, quindi non è stato possibile leggere le impostazioni; si usano i valori predefiniti. Sposta altrove quella cartella perché psoasbreak possa salvare lì le sue impostazioni.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} è una cartella, non un file, quindi non è stato possibile leggere le impostazioni.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>Impossibile leggere {path} ({error}); si usano i valori predefiniti. Controlla i permessi del file (devi poterlo leggere) e che la sua cartella esista.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Impossibile leggere {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} non è un TOML valido: {reason}. Non è stato possibile metterlo da parte ({error}), quindi resta com’è; si usano i valori predefiniti finché non lo correggi.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} non è un TOML valido: {reason}. Non è stato possibile metterlo da parte ({error}), quindi resta com’è.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} non è un TOML valido: {reason}. È stato spostato in {aside} perché nulla del suo contenuto vada perso; si usano i valori predefiniti. Correggi quel file e rimettilo al suo posto, oppure cambia un’impostazione qualsiasi per iniziare un nuovo file.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} non è un TOML valido: {reason}. È stato spostato in {aside} perché nulla del suo contenuto vada perso.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>La cronologia delle pause {path} è danneggiata (non è un database SQLite) e non è stato possibile metterla da parte ({error}). Le nuove pause restano in memoria finché non sarà possibile; sposta tu il file o libera la cartella, e psoasbreak se ne accorgerà.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>La cronologia delle pause {path} è danneggiata ({reason}) e non è stato possibile metterla da parte ({error}). Le nuove pause restano in memoria finché non sarà possibile; sposta tu il file o libera la cartella, e psoasbreak se ne accorgerà.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>La cronologia delle pause {path} era danneggiata (non è un database SQLite), quindi è stata spostata in {aside} (non è stato eliminato nulla) ed è stata iniziata una nuova cronologia vuota.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>La cronologia delle pause {path} era danneggiata ({reason}), quindi è stata spostata in {aside} (non è stato eliminato nulla) ed è stata iniziata una nuova cronologia vuota.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Per esaminare quella vecchia, aprila con un qualsiasi strumento SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Al momento non è possibile salvare la cronologia delle pause: {error} psoasbreak continua a funzionare, tiene in memoria i nuovi esiti e li salva appena possibile.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Impossibile leggere la cronologia delle pause ({reason}). Conteggi e serie potrebbero sembrare bassi finché non sarà possibile; nulla di quanto registrato va perso.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Impossibile salvare le tue pause: un altro programma ha bloccato il file della cronologia ({reason}). psoasbreak continua a funzionare, tiene in memoria 1 esito di pausa e lo salva appena quel programma rilascia il file.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Impossibile salvare le tue pause: un altro programma ha bloccato il file della cronologia ({reason}). psoasbreak continua a funzionare, tiene in memoria {count} esiti di pausa e li salva appena quel programma rilascia il file.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Impossibile salvare le tue pause ({reason}). psoasbreak continua a funzionare, tiene in memoria 1 esito di pausa e lo salva appena possibile: libera un po’ di spazio su disco, oppure rendi di nuovo scrivibile la cartella.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Impossibile salvare le tue pause ({reason}). psoasbreak continua a funzionare, tiene in memoria {count} esiti di pausa e li salva appena possibile: libera un po’ di spazio su disco, oppure rendi di nuovo scrivibile la cartella.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Cronologia delle pause non salvata</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Cronologia delle pause di nuovo salvata</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>La cronologia delle pause {path} è di nuovo scrivibile; non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pause non salvate</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>Impossibile salvare 1 esito di pausa in {path}. È riportato nel registro.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Impossibile salvare {count} esiti di pausa in {path}. Sono riportati nel registro.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Impossibile salvare 1 esito di pausa in {path}. È stato scritto in {target}; aggiungilo di nuovo più tardi con &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Impossibile salvare {count} esiti di pausa in {path}. Sono stati scritti in {target}; aggiungili di nuovo più tardi con &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
</context>
<context>
    <name>NotificationPrompt</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>non c’è un bus di sessione D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>il server delle notifiche non mostra pulsanti</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Rimanda di {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>il bus di sessione D-Bus non è più disponibile</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>il server delle notifiche non risponde</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>nessun server delle notifiche è in esecuzione</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>il server delle notifiche ha rifiutato il promemoria</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>il server delle notifiche ha dato una risposta inattesa</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>inspira</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>espira</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guida del respiro</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Inspira mentre si allarga, espira mentre si restringe</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Sospendi fino a…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Nessun promemoria di pausa fino a quest’ora:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Sospendi fino a</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Un orario già passato oggi vale per domani.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>{title} — {summary}</source>
        <translation>{title} — {summary}</translation>
    </message>
    <message>
        <source>Prompt shown as a window</source>
        <translation>Promemoria mostrato in una finestra</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Qui il promemoria della pausa non può essere una notifica ({why}), quindi appare invece in una piccola finestra.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>un elastico</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>manubri</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>una sbarra per trazioni</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>un rullo in schiuma</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminato prima</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>interrotto: faceva male</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n serie da {reps} respiri lenti per lato</numerusform>
            <numerusform>%n serie da {reps} respiri lenti per lato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n serie da {reps} respiri lenti</numerusform>
            <numerusform>%n serie da {reps} respiri lenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n serie da {seconds} s per lato</numerusform>
            <numerusform>%n serie da {seconds} s per lato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n serie da {seconds} s</numerusform>
            <numerusform>%n serie da {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n serie da {reps} ripetizioni per lato</numerusform>
            <numerusform>%n serie da {reps} ripetizioni per lato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n serie da {reps} ripetizioni</numerusform>
            <numerusform>%n serie da {reps} ripetizioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Mi fa male</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Interrompe questo esercizio e lo riporta indietro di un livello.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Termina esercizio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Recupero, poi serie {set} di {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Salta recupero</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Serie {set} di {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} di {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Esercizio {number} di {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Livello {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Attrezzatura necessaria: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiro</numerusform>
            <numerusform>%n respiri</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Respira lentamente…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Mantieni…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Conta ripetizione</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sessione completata</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, livello {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serie</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Sali di livello: {exercise} al livello {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Livello aumentato: la prossima volta livello {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>È ora della tua sessione di forza</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>È ora della tua routine di mobilità</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Rimanda di {minutes} min</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>È ora di alzarsi</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>«Salta» torna domani: il tuo limite è %n pausa saltata al giorno.</numerusform>
            <numerusform>«Salta» torna domani: il tuo limite è %n pause saltate al giorno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Niente più rinvii per questa pausa: il tuo limite è %n rinvio per pausa.</numerusform>
            <numerusform>Niente più rinvii per questa pausa: il tuo limite è %n rinvii per pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {exercise}</source>
        <translation>{title} — {exercise}</translation>
    </message>
    <message>
        <source>{exercise}: {summary}. {why}</source>
        <translation>{exercise}: {summary}. {why}</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustrazione: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Inizia ora l’esercizio «{title}», guidato passo passo. Dopo aver cliccato in questo promemoria, puoi avviarlo con la barra spaziatrice.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Richiedi tra %n minuto.</numerusform>
            <numerusform>Richiedi tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Salta questa pausa; la prossima arriva all’intervallo abituale. Dopo aver cliccato in questo promemoria, il tasto Esc la salta.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>è attiva una finestra a schermo intero</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>la modalità «Non disturbare» è attiva</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>un’app ha chiesto di non essere interrotta (una chiamata, una presentazione o un video)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>lo schermo è bloccato</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>è in corso un gioco a schermo intero</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>la modalità presentazione è attiva</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>le ore di silenzio sono attive</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>il microfono è in uso</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>la fotocamera è in uso</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>lo schermo è condiviso</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>è in esecuzione uno dei tuoi programmi silenziosi</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>è l&apos;ora della pausa di movimento di GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>L’intervallo più breve ({low} min) è più lungo di quello più lungo ({high} min). Il primo numero non deve superare il secondo.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>L’orario di lavoro deve finire dopo l’inizio ({end} non è dopo {start}); non può superare la mezzanotte.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Scegli almeno un giorno lavorativo.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Scegli almeno un giorno per le sessioni di forza.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Ogni esercizio a turno</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Casuale</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Finestra piccola</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notifica del desktop</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>esercizio</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>away</source>
        <translation>assenza</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>chiamate e riunioni</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>due computer</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>suono</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>avvio all’accesso</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>piano di allenamento</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Elastico</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Manubri</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Sbarra per trazioni</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rullo in schiuma</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> pausa</numerusform>
            <numerusform> pause</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Impostazioni di psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Salvate in {path}; puoi anche modificare quel file.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Ripristina i valori predefiniti: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (nessun limite) o 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (disattivato) o 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Intervallo più breve tra le pause</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Intervallo più lungo tra le pause</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pausa ogni</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Un tempo casuale in questo intervallo, contato dalla fine dell’ultima pausa.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Durata del rinvio in minuti</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Rimanda di</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Pause saltate consentite al giorno</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Salti consentiti al giorno</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Rinvii consentiti per una pausa</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Rinvii per pausa</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuti prima che un promemoria senza risposta conti come perso</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Chiudi il promemoria senza risposta dopo</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Come viene mostrato il promemoria</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatico: una notifica del desktop su Wayland, una piccola finestra altrove.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Mostra il promemoria come</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Solo durante l’orario di lavoro</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inizio dell’orario di lavoro</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fine dell’orario di lavoro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Giorno lavorativo: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Al di fuori non ci sono promemoria, e «Fino a domani» dura fino all’inizio del periodo successivo.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Piano di allenamento</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Mobilità quotidiana alle</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Orario della mobilità</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Sessioni di forza alle</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Orario delle sessioni di forza</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Giorno della sessione di forza: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Attrezzatura che hai:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Scegli quando vuoi le tue sessioni e con quale attrezzatura puoi allenarti: gli esercizi che richiedono attrezzatura che non hai vengono esclusi. &apos;psoasbreak session-now&apos; avvia una sessione in qualsiasi momento.</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box; starts with a space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box; starts with a space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Esercizio proposto</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Durata della pausa in secondi</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inspirazione, secondi</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Espirazione, secondi</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Anteprima del ritmo del respiro</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durata della pausa</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirazione</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espirazione</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Obiettivo giornaliero in pause</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Rilevamento dell’assenza</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuti senza attività che contano come assenza</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Assente dopo</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Questo tempo senza usare tastiera o mouse conta come una pausa fatta.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Chiamate e riunioni</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programmi che trattengono le pause mentre sono in esecuzione, separati da virgole</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Programmi silenziosi</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Una pausa dovuta aspetta finché il microfono o la fotocamera sono in uso, lo schermo è condiviso o è in esecuzione uno di questi programmi. Separa i nomi con virgole.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Due computer</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Condivide le tue pause, la cronologia e la serie con gli altri tuoi computer. Su ciascuno, scegli la cartella che il tuo strumento di sincronizzazione (Syncthing, Nextcloud, Dropbox) mantiene uguale. Lascia il campo vuoto per tenerle solo su questo computer.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (disattivato se vuoto)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Cartella di sincronizzazione condivisa con gli altri tuoi computer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Scegli la cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Riproduci un suono quando è ora di una pausa</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvio all’accesso</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Avvia psoasbreak al mio accesso</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Anteprima: inspira</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Anteprima: espira</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Cronologia settimanale…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} di %n pausa oggi</numerusform>
            <numerusform>{taken} di %n pause oggi</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Fino a un orario…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Sospeso fino a {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>È ora di una pausa</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Pausa in corso</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Fuori dall’orario di lavoro; prossima pausa {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pausa in attesa: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Prossima pausa alle {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>fatte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltate</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>rimandate</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perse</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>nessuna pausa registrata</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>obiettivo raggiunto</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>obiettivo di {goal} non raggiunto</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: {taken} fatte ({completed} completate, {natural} naturali), {skipped} saltate, {snoozed} rimandate, {missed} perse — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pause al giorno</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pause al giorno, settimana {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n sessione di forza</numerusform>
            <numerusform>%n sessioni di forza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n routine di mobilità</numerusform>
            <numerusform>%n routine di mobilità</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Fatte su: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>oggi</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>obiettivo {goal}</translation>
    </message>
</context>
</TS>
