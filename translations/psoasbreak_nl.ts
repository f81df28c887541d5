<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Linkerkant · linkervoet achter</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Rechterkant · rechtervoet achter</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Wissel van kant · rechtervoet achter</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Pauze — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Pauze: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Adem {inhale} seconden in terwijl hij groeit en {exhale} seconden uit terwijl hij krimpt</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Afbeelding: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Voortgang van de pauze</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Hoeveel van de pauze van {seconds} seconden erop zit</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat je nu moet doen</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Pauze eerder beëindigen</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Stopt de oefening nu; ze wordt vastgelegd als overgeslagen. Escape doet hetzelfde.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Inademen · ademhaling {number} van {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Uitademen · ademhaling {number} van {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Linkerkant · wissel over {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Afbeelding: {exercise}, linkerkant</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Afbeelding: {exercise}, rechterkant</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Door zitten blijven je heupen urenlang gebogen, waardoor de heupbuigers kort en stijf worden.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Elke 30 tot 45 minuten opstaan en bewegen onderbreekt die lange periode van gebogen heupen.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>De psoas loopt van je onderrug naar je dijbeen, dus een gespannen psoas kan aan je rug trekken.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Een gespannen psoas kan het bekken naar voren kantelen en rechtop staan moeilijker maken.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Stress houdt de diepe rompspieren aangespannen; langzame buikademhaling helpt ze los te laten.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Je been naar achteren brengen is het tegenovergestelde van zitten en verlicht de verkorting van de dag.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Rustige mobiliteits- en ademhalingsoefeningen kun je elke dag doen, en ze helpen het meest als je veel zit.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Rekken is maar de helft: sterke bilspieren en hamstrings houden de heupen in balans.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Een stijve of pijnlijke voorkant van de heup na het zitten is een teken dat je heupbuigers een pauze willen.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Heupbuigers rekken</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Een minuut uitvalspas met steun, aan beide kanten</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Houd je vast aan een stoel of bureau en zet één voet naar achteren in een korte uitvalspas.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Houd je borstkas boven je heupen; laat je onderrug niet hol trekken.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Breng je stuitje iets naar binnen en duw de achterste heup rustig naar voren.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Adem langzaam naar de voorkant van de heup: een zacht trekkend gevoel, nooit pijn.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Bij scherpe of uitstralende pijn stop je: beweeg in plaats daarvan rustig, en ga naar een zorgverlener als het aanhoudt.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Buikademhaling</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Een minuut langzaam en diep ademen, rechtop staand</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Ga rechtop staan en leg één hand op je buik.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Adem in door je neus en laat je buik je hand naar buiten duwen.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Adem langzaam uit, iets langer dan de inademing.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Houd je borst en schouders stil en ontspannen.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Duizelig? Adem normaal. Scherpe of uitstralende pijn: stop, beweeg in plaats daarvan rustig, ga naar een zorgverlener.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marcheren op de plaats</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marcheer op de plaats en til om de beurt een knie op</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Sta rechtop, met een hand op het bureau als je steun wilt.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Til één knie op richting heuphoogte en laat hem daarna gecontroleerd zakken.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Houd je borstkas boven je heupen; leun niet achterover als de knie omhoog komt.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Wissel van been in een rustig, gelijkmatig tempo en blijf ademen.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Rechtop staan en bilspieren aanspannen</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Sta rechtop en span je bilspieren aan om de voorkant van de heupen te openen</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Voeten op heupbreedte, borstkas boven je heupen.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Span je bilspieren aan tot je heupen helemaal gestrekt zijn, zonder je rug hol te trekken.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Houd dit twee langzame ademhalingen lang vast, ontspan dan en herhaal.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Wil je meer, breng dan één gestrekt been naar achteren en wissel daarna van been.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Bij scherpe of uitstralende pijn stop je. Deze oefening gaat één niveau terug; doe voorlopig mobiliteitsoefeningen in plaats daarvan, en ga naar een zorgverlener als de pijn aanhoudt.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobiliteit van de dag</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Een paar minuten om de voorkant van de heupen te openen: uitvalspas, knie naar de borst, en een foamroller als je die hebt</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Krachttraining</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Bilbruggen, deadlifts op één been, dragen met gewicht en knieheffen, met rust tussen de sets</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Rekken in uitvalspas met steun</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Een korte uitvalspas met een hand op een stoel, aan elke kant een tijdje aangehouden</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Borstkas boven de heupen, stuitje iets naar binnen; adem naar de voorkant van de achterste heup.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Kort aanhouden</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Twee keer 30 seconden aanhouden aan elke kant.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Langer aanhouden</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Drie keer 45 seconden aanhouden aan elke kant.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Volle minuut aanhouden</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Drie keer een volle minuut aanhouden aan elke kant.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Knie naar de borst met buikademhaling</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Lig op je rug, trek één knie naar je borst en adem langzaam naar je buik</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Laat het andere been lang en ontspannen liggen; elke inademing tilt de buik op, elke uitademing ontspant de heup.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Acht ademhalingen</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Acht langzame ademhalingen met elke knie tegen je borst.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Tien ademhalingen</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Tien langzame ademhalingen met elke knie tegen je borst.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Heupbuigers losrollen met een foamroller</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Op je buik met de roller onder de voorkant van de heup, langzaam en rustig</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Rol net onder het heupbot, nooit over de wervelkolom; langzame druk, blijf ademen.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Eén minuut</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Een minuut langzaam rollen aan elke kant.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Twee minuten</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Twee minuten langzaam rollen aan elke kant.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Bilbrug met knieheffen</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Breng vanuit een bilbrug één knie naar je borst, daarna de andere</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Houd de heupen recht en hoog; span je bilspieren aan, trek je onderrug niet hol.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Eigen lichaamsgewicht</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Drie sets van 10 keer knieheffen aan elke kant.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Band om de knieën</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Een lichte band om de knieën: duw er rustig naar buiten tegenin.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Langzaam tempo</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Laat elke knie in drie langzame seconden zakken; 12 aan elke kant.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Deadlift op één been</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Buig op één been vanuit de heup voorover terwijl het andere been naar achteren reikt</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Lange rug van hoofd tot achterste hiel; de heupen blijven recht naar de vloer gericht.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Hand op het bureau</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Eén hand op een bureau of stoel voor je evenwicht; 8 aan elke kant.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Vrij staand</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Zonder steun, langzamer voorover; 10 aan elke kant.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Met een dumbbell</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Een dumbbell in de hand aan de andere kant dan het standbeen; 8 aan elke kant.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Dragen met gewicht, rechtop</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Loop rechtop met een gewicht in elke hand</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Sta rechtop, schouders omlaag en naar achteren, ribben boven de heupen; korte, rustige passen.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Spullen uit huis</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Twee volle boodschappentassen of waterflessen; twee rondes van 30 seconden.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Dumbbells</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Een dumbbell in elke hand; drie rondes van 45 seconden.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Langere rondes</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Drie rondes van een volle minuut.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Knieheffen</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Til de knieën gecontroleerd op richting de borst</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Til vanuit de diepe heupspieren, zonder te zwaaien; laat langzaam zakken en houd je onderrug lang.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Zittend knieheffen</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Zit rechtop op de voorkant van een stoel en til beide knieën een stukje op; 8 keer.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Zittend, langzaam</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Dezelfde beweging, drie seconden omhoog en drie omlaag; 12 keer.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Hangend knieheffen</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Hang aan een stang en til beide knieën op tot heuphoogte; 8 tot 12 keer.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genomen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>natuurlijk</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
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
        <translation>Week {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Deze week: {taken} genomen ({completed} voltooid, {natural} natuurlijk), {skipped} overgeslagen, {snoozed} uitgesteld, {missed} gemist</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Voltooiingsgraad &lt;b&gt;{rate}&lt;/b&gt; · doel gehaald op {days} van de 7 dagen</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorige</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Volgende ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Vorige week (pijl-links)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Volgende week (pijl-rechts)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Krachttrainingen: {done} van {target}; weken op rij op doel: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Trainingen: ◆ {strength} kracht, ◇ {mobility} mobiliteit</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Nog geen pauzes vastgelegd&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Je eerste pauze verschijnt hier: beantwoord een herinnering met &lt;i&gt;Starten&lt;/i&gt;, of kies &lt;i&gt;Nu pauze nemen&lt;/i&gt; in het menu van het systeemvakpictogram.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Een nieuwe week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Deze week is nog niets vastgelegd. Met je volgende pauze beginnen de staven.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Een rustige week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Deze week zijn geen pauzes vastgelegd. Rustdagen onderbreken nooit een reeks.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>huidige reeks</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>beste reeks</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME herinnert je ook aan bewegen</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Open het venster van psoasbreak om de bewegingspauzes van GNOME uit te zetten of beide te houden.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>De bewegingspauzes van GNOME konden hier niet worden uitgezet; zet ze uit in GNOME&apos;s Instellingen → Welzijn.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME herinnert je ook aan bewegen (Instellingen → Welzijn → Bewegingspauzes). Twee herinneringen is er één te veel: zet die van GNOME uit of houd beide (psoasbreak meldt zich dan nooit binnen een minuut van GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Bewegingspauzes van GNOME uitzetten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Pauzegeschiedenis</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Probleem met de instellingen</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problemen in {path}; voor die instellingen worden de standaardwaarden gebruikt. De details staan in het logboek.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemen met de instellingen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: 0 (geen limiet) of {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: 0 (geen limiet) of {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: 0 (geen limiet) of {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: 0 (geen limiet) of {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: 0 (uit) of {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: 0 (uit) of {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} is geen geheel getal (toegestaan: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: 0 (uit) of {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: 0 (uit) of {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: {range}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} valt buiten het bereik (toegestaan: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} is geen van de keuzes (toegestaan: {choices}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} is geen van de keuzes (toegestaan: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} is niet true of false (toegestaan: true, false); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} is niet true of false (toegestaan: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} is geen lijst met programmanamen (toegestaan: een lijst zoals [&quot;zoom&quot;, &quot;obs&quot;], elke naam zonder map); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} is geen lijst met programmanamen (toegestaan: een lijst zoals [&quot;zoom&quot;, &quot;obs&quot;], elke naam zonder map).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} is geen mappad (toegestaan: &quot;&quot; voor uit, of een pad zoals &quot;~/Sync&quot;); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} is geen mappad (toegestaan: &quot;&quot; voor uit, of een pad zoals &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} is geen tijdstip (toegestaan: &quot;HH:MM&quot; van &quot;00:00&quot; tot &quot;23:59&quot;); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} is geen tijdstip (toegestaan: &quot;HH:MM&quot; van &quot;00:00&quot; tot &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} is geen lijst met dagnamen (toegestaan: een of meer van {days}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} is geen lijst met dagnamen (toegestaan: een of meer van {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} bevat een onbekende dagnaam {names} (toegestaan: een of meer van {days}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} bevat een onbekende dagnaam {names} (toegestaan: een of meer van {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} bevat onbekende dagnamen {names} (toegestaan: een of meer van {days}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} bevat onbekende dagnamen {names} (toegestaan: een of meer van {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} is geen lijst met materiaalnamen (toegestaan: elke keuze uit {choices}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} is geen lijst met materiaalnamen (toegestaan: elke keuze uit {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} bevat een onbekende materiaalnaam {names} (toegestaan: elke keuze uit {choices}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} bevat een onbekende materiaalnaam {names} (toegestaan: elke keuze uit {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} bevat onbekende materiaalnamen {names} (toegestaan: elke keuze uit {choices}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} bevat onbekende materiaalnamen {names} (toegestaan: elke keuze uit {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} is geen tabel (toegestaan: een tabel [{key}] met de sleutels {keys}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} is geen tabel (toegestaan: een tabel [{key}] met de sleutels {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} is groter dan interval_max_minutes = {high} (de standaardwaarde daarvan); de kortste tussentijd kan niet langer zijn dan de langste, dus worden de standaardwaarden interval_min_minutes = {default_low} en interval_max_minutes = {default_high} gebruikt.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} is groter dan interval_max_minutes = {high} (de standaardwaarde daarvan); de kortste tussentijd kan niet langer zijn dan de langste.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (de standaardwaarde daarvan) is groter dan interval_max_minutes = {high}; de kortste tussentijd kan niet langer zijn dan de langste, dus worden de standaardwaarden interval_min_minutes = {default_low} en interval_max_minutes = {default_high} gebruikt.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (de standaardwaarde daarvan) is groter dan interval_max_minutes = {high}; de kortste tussentijd kan niet langer zijn dan de langste.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} is groter dan interval_max_minutes = {high}; de kortste tussentijd kan niet langer zijn dan de langste, dus worden de standaardwaarden interval_min_minutes = {default_low} en interval_max_minutes = {default_high} gebruikt.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} is groter dan interval_max_minutes = {high}; de kortste tussentijd kan niet langer zijn dan de langste.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} ligt niet na working_hours.start = {start} (toegestaan: een einde later op dezelfde dag, werktijden kunnen niet over middernacht gaan); de standaardwaarden start {default_start} en end {default_end} worden gebruikt.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} ligt niet na working_hours.start = {start} (toegestaan: een einde later op dezelfde dag, werktijden kunnen niet over middernacht gaan).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] is leeg, dus de werktijden zouden nooit beginnen (toegestaan: een of meer van {days}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] is leeg, dus de werktijden zouden nooit beginnen (toegestaan: een of meer van {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] is leeg terwijl programme.strength = true, dus er zou nooit een krachttraining komen (toegestaan: een of meer van {days}); de standaardwaarde {default} wordt gebruikt.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] is leeg terwijl programme.strength = true, dus er zou nooit een krachttraining komen (toegestaan: een of meer van {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>De onbekende sleutel {key} blijft in het bestand staan, maar wordt genegeerd.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Starten bij aanmelden wordt op dit systeem ({platform}) niet ondersteund; voeg ‘{command}’ zelf toe aan je opstartprogramma’s.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Kan {path} niet verwijderen ({reason}); verwijder het bestand zelf zodat psoasbreak niet meer start bij aanmelden.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Kan {path} niet schrijven ({reason}); controleer of je in die map mag schrijven.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Kan {app} niet toevoegen aan {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Kan {app} niet verwijderen uit {key} ({reason}); verwijder het in Taakbeheer onder ‘Opstart-apps’.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Kan {path} niet schrijven ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Kan {path} niet verwijderen ({reason}); verwijder het bestand zelf.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Instellingenbestand niet toegepast</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Je wijziging in {file} is niet toegepast: {reasons} De geldende instellingen blijven zoals ze waren tot het bestand is gecorrigeerd.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} is geen geldige TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} is een map en geen bestand, dus de instellingen konden niet worden gelezen; de standaardwaarden worden gebruikt. Verplaats die map naar een andere plek zodat psoasbreak daar zijn instellingen kan bewaren.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} is een map en geen bestand, dus de instellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} kon niet worden gelezen ({error}); de standaardwaarden worden gebruikt. Controleer de rechten van het bestand (je moet het kunnen lezen) en of de map ervan bestaat.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} kon niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} is geen geldige TOML: {reason}. Het bestand kon niet opzij worden gezet ({error}) en blijft dus zoals het is; tot je het corrigeert, worden de standaardwaarden gebruikt.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} is geen geldige TOML: {reason}. Het bestand kon niet opzij worden gezet ({error}) en blijft dus zoals het is.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} is geen geldige TOML: {reason}. Het bestand is verplaatst naar {aside} zodat er niets van verloren gaat; de standaardwaarden worden gebruikt. Corrigeer dat bestand en zet het terug, of wijzig een willekeurige instelling om een nieuw bestand te beginnen.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} is geen geldige TOML: {reason}. Het bestand is verplaatst naar {aside} zodat er niets van verloren gaat.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>De pauzegeschiedenis {path} is beschadigd (het is geen SQLite-database) en kon niet opzij worden gezet ({error}). Nieuwe pauzes blijven in het geheugen tot dat wel lukt; verplaats het bestand zelf of maak de map vrij, dan pakt psoasbreak het op.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>De pauzegeschiedenis {path} is beschadigd ({reason}) en kon niet opzij worden gezet ({error}). Nieuwe pauzes blijven in het geheugen tot dat wel lukt; verplaats het bestand zelf of maak de map vrij, dan pakt psoasbreak het op.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>De pauzegeschiedenis {path} was beschadigd (het is geen SQLite-database), dus is ze verplaatst naar {aside} (er is niets verwijderd) en is een nieuwe, lege geschiedenis begonnen.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>De pauzegeschiedenis {path} was beschadigd ({reason}), dus is ze verplaatst naar {aside} (er is niets verwijderd) en is een nieuwe, lege geschiedenis begonnen.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Open de oude met een willekeurig SQLite-programma om erin te kijken.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>De pauzegeschiedenis kan nu niet worden opgeslagen: {error} psoasbreak blijft draaien, houdt nieuwe resultaten in het geheugen en slaat ze op zodra dat kan.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>De pauzegeschiedenis kon niet worden gelezen ({reason}). Tellingen en reeksen kunnen te laag lijken tot dat weer lukt; er gaat niets verloren van wat is vastgelegd.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Je pauzes konden niet worden opgeslagen: een ander programma heeft het geschiedenisbestand vergrendeld ({reason}). psoasbreak blijft draaien, houdt 1 pauzeresultaat in het geheugen en slaat het op zodra dat programma het bestand loslaat.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Je pauzes konden niet worden opgeslagen: een ander programma heeft het geschiedenisbestand vergrendeld ({reason}). psoasbreak blijft draaien, houdt {count} pauzeresultaten in het geheugen en slaat ze op zodra dat programma het bestand loslaat.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Je pauzes konden niet worden opgeslagen ({reason}). psoasbreak blijft draaien, houdt 1 pauzeresultaat in het geheugen en slaat het op zodra dat kan: maak wat schijfruimte vrij of maak de map weer schrijfbaar.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Je pauzes konden niet worden opgeslagen ({reason}). psoasbreak blijft draaien, houdt {count} pauzeresultaten in het geheugen en slaat ze op zodra dat kan: maak wat schijfruimte vrij of maak de map weer schrijfbaar.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Pauzegeschiedenis niet opgeslagen</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Pauzegeschiedenis weer opgeslagen</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>Er kan weer naar de pauzegeschiedenis {path} worden geschreven; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pauzes niet opgeslagen</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>1 pauzeresultaat kon niet worden opgeslagen in {path}. Het staat in het logboek.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>{count} pauzeresultaten konden niet worden opgeslagen in {path}. Ze staan in het logboek.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>1 pauzeresultaat kon niet worden opgeslagen in {path}. Het is geschreven naar {target}; voeg het later weer toe met &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>{count} pauzeresultaten konden niet worden opgeslagen in {path}. Ze zijn geschreven naar {target}; voeg ze later weer toe met &apos;psoasbreak import {target}&apos;.</translation>
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
        <translation>er is geen D-Bus-sessiebus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>de meldingenserver toont geen knoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min uitstellen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>de D-Bus-sessiebus is verdwenen</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>de meldingenserver antwoordt niet</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>er draait geen meldingenserver</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>de meldingenserver heeft de herinnering geweigerd</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>de meldingenserver gaf een onverwacht antwoord</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>uit</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Ademhalingsgids</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Adem in terwijl hij groeit, adem uit terwijl hij krimpt</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pauzeren tot…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Geen pauzeherinneringen tot dit tijdstip:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pauzeren tot</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Een tijdstip dat vandaag al voorbij is, geldt voor morgen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
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
        <translation>Herinnering als venster getoond</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>De pauzeherinnering kan hier geen melding zijn ({why}), dus verschijnt ze in plaats daarvan als klein venster.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>een weerstandsband</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>dumbbells</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>een optrekstang</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>een foamroller</translation>
    </message>
    <message>
        <source>done</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>eerder beëindigd</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>gestopt: het deed pijn</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n set van {reps} langzame ademhalingen per kant</numerusform>
            <numerusform>%n sets van {reps} langzame ademhalingen per kant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n set van {reps} langzame ademhalingen</numerusform>
            <numerusform>%n sets van {reps} langzame ademhalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n set van {seconds} s per kant</numerusform>
            <numerusform>%n sets van {seconds} s per kant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n set van {seconds} s</numerusform>
            <numerusform>%n sets van {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n set van {reps} herhalingen per kant</numerusform>
            <numerusform>%n sets van {reps} herhalingen per kant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n set van {reps} herhalingen</numerusform>
            <numerusform>%n sets van {reps} herhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Dit deed pijn</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Stopt deze oefening en zet ze één niveau terug.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Oefening beëindigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Rust, dan set {set} van {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Rust overslaan</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Set {set} van {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Set {set} van {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Oefening {number} van {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Niveau {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Je hebt nodig: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n ademhaling</numerusform>
            <numerusform>%n ademhalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Adem langzaam…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Vasthouden…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Herhaling tellen</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Training voltooid</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, niveau {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Niveau omhoog: {exercise} naar niveau {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Verhoogd: volgende keer niveau {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Tijd voor je krachttraining</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Tijd voor je mobiliteitsroutine</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min uitstellen</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Tijd om op te staan</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>‘Overslaan’ is morgen terug: je limiet is %n overgeslagen pauze per dag.</numerusform>
            <numerusform>‘Overslaan’ is morgen terug: je limiet is %n overgeslagen pauzes per dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Deze pauze kan niet meer worden uitgesteld: je limiet is %n keer per pauze.</numerusform>
            <numerusform>Deze pauze kan niet meer worden uitgesteld: je limiet is %n keer per pauze.</numerusform>
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
        <translation>Afbeelding: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>De oefening ‘{title}’ nu starten, stap voor stap begeleid. Zodra je in deze herinnering hebt geklikt, start de spatiebalk de oefening.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Over %n minuut opnieuw vragen.</numerusform>
            <numerusform>Over %n minuten opnieuw vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Deze pauze overslaan; de volgende komt na de gebruikelijke tussentijd. Zodra je in deze herinnering hebt geklikt, slaat Escape de pauze over.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>er is een venster op volledig scherm actief</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>‘Niet storen’ staat aan</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>een app heeft gevraagd niet gestoord te worden (een gesprek, een presentatie of een video)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>het scherm is vergrendeld</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>er draait een game op volledig scherm</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>de presentatiemodus staat aan</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>stille uren staan aan</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>de microfoon is in gebruik</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>de camera is in gebruik</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>het scherm wordt gedeeld</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>er draait een programma uit je lijst met stille programma’s</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>de eigen bewegingspauze van GNOME is aan de beurt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>De kortste tussentijd ({low} min) is langer dan de langste ({high} min). Maak het eerste getal niet groter dan het tweede.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Werktijden moeten eindigen na het begin ({end} ligt niet na {start}); ze kunnen niet over middernacht gaan.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Kies minstens één werkdag.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Kies minstens één dag voor krachttraining.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Elke oefening om de beurt</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Willekeurig</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Klein venster</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Bureaubladmelding</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>oefening</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>away</source>
        <translation>afwezigheid</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>gesprekken en vergaderingen</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>twee computers</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>geluid</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>starten bij aanmelden</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Weerstandsband</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Dumbbells</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Optrekstang</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Foamroller</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> pauze</numerusform>
            <numerusform> pauzes</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>psoasbreak-instellingen</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Opgeslagen in {path}; je kunt dat bestand ook zelf bewerken.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Standaardwaarden herstellen: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (geen limiet) of 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (uit) of 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Kortste tussentijd tussen pauzes</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Langste tussentijd tussen pauzes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pauze elke</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Een willekeurige tijd binnen dit bereik, gerekend vanaf het einde van de vorige pauze.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Uitstelduur in minuten</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Uitstellen met</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Toegestane overgeslagen pauzes per dag</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Overslaan per dag</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Toegestaan uitstellen per pauze</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Uitstellen per pauze</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuten voordat een onbeantwoorde herinnering als gemist telt</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Onbeantwoorde herinnering sluit na</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Hoe de herinnering wordt getoond</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatisch: een bureaubladmelding onder Wayland, elders een klein venster.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Herinnering tonen als</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Alleen tijdens werktijden</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Begin van de werktijden</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Einde van de werktijden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Werkdag: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Daarbuiten zijn er geen herinneringen, en ‘Tot morgen’ duurt tot de volgende periode begint.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Dagelijkse mobiliteitsroutine om</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Tijdstip van de mobiliteitsroutine</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Krachttraining om</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Tijdstip van de krachttraining</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Krachttrainingsdag: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Materiaal dat je hebt:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Kies wanneer je wilt trainen en welk materiaal je hebt: oefeningen waarvoor je materiaal nodig hebt dat je niet hebt, worden weggelaten. &apos;psoasbreak session-now&apos; start op elk moment een training.</translation>
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
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Voorgestelde oefening</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Pauzeduur in seconden</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inademen, seconden</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Uitademen, seconden</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Voorbeeld van het ademritme</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pauzeduur</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Dagdoel in pauzes</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Afwezigheid herkennen</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuten zonder invoer die als afwezig tellen</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Afwezig na</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Zo lang geen invoer met toetsenbord of muis telt als een genomen pauze.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Gesprekken en vergaderingen</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programma’s die pauzes tegenhouden zolang ze draaien, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Stille programma’s</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Een pauze die aan de beurt is, wacht zolang de microfoon of camera in gebruik is, het scherm wordt gedeeld of een van deze programma’s draait. Scheid namen met komma’s.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Twee computers</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Deelt je pauzes, geschiedenis en reeks met je andere computers. Kies op elke computer de map die je synchronisatieprogramma (Syncthing, Nextcloud, Dropbox) gelijk houdt. Laat het veld leeg om ze alleen op deze computer te houden.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (uit als leeg)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Synchronisatiemap die je deelt met je andere computers</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Synchronisatiemap kiezen</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisatiemap</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Geluid afspelen als een pauze aan de beurt is</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>psoasbreak starten als ik me aanmeld</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Voorbeeld: inademen</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Voorbeeld: uitademen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Nu pauze nemen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Weekoverzicht…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} van %n pauze vandaag</numerusform>
            <numerusform>{taken} van %n pauzes vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Tot een tijdstip…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Tijd voor een pauze</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Met pauze</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Buiten werktijden; volgende pauze {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pauze wacht: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Volgende pauze om {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>genomen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>geen pauzes vastgelegd</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>doel gehaald</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>doel {goal} niet gehaald</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: {taken} genomen ({completed} voltooid, {natural} natuurlijk), {skipped} overgeslagen, {snoozed} uitgesteld, {missed} gemist — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauzes per dag</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pauzes per dag, week {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n krachttraining</numerusform>
            <numerusform>%n krachttrainingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n mobiliteitsroutine</numerusform>
            <numerusform>%n mobiliteitsroutines</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Genomen op: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>doel {goal}</translation>
    </message>
</context>
</TS>
