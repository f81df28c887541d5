<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Côté gauche · pied gauche en arrière</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Côté droit · pied droit en arrière</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Changez de côté · pied droit en arrière</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Pause — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Pause&#xa0;: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Inspirez pendant {inhale} secondes quand il grandit, expirez pendant {exhale} secondes quand il rétrécit</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustration&#xa0;: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progression de la pause</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Part déjà écoulée de la pause de {seconds} secondes</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Terminer la pause plus tôt</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Arrête l’exercice maintenant&#xa0;; il est enregistré comme ignoré. La touche Échap fait de même.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Inspirez · respiration {number} sur {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Expirez · respiration {number} sur {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Côté gauche · changement dans {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Illustration&#xa0;: {exercise}, côté gauche</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Illustration&#xa0;: {exercise}, côté droit</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Assis, vos hanches restent fléchies pendant des heures, ce qui raccourcit et raidit les fléchisseurs de la hanche.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Se lever et bouger toutes les 30 à 45 minutes interrompt cette longue flexion de la hanche.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Le psoas va du bas de la colonne vertébrale au fémur&#xa0;: quand il est raide, il peut tirer sur le dos.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Un psoas raide peut basculer le bassin vers l’avant et rendre plus difficile de se tenir droit.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Le stress garde les muscles profonds du tronc contractés&#xa0;; une respiration abdominale lente les aide à se relâcher.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Porter la jambe vers l’arrière est l’inverse de la position assise et atténue le raccourcissement de la journée.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Des exercices doux de mobilité et de respiration peuvent se faire tous les jours, et sont surtout utiles si vous êtes souvent assis.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>S’étirer ne fait pas tout&#xa0;: des fessiers et des ischio-jambiers forts gardent les hanches en équilibre.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Un avant de hanche raide ou douloureux après être resté assis est le signe que vos fléchisseurs de la hanche ont besoin d’une pause.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Étirement des fléchisseurs de la hanche</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Une minute de fente avec appui, des deux côtés</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Tenez-vous à une chaise ou au bureau et reculez un pied pour faire une petite fente.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Placez la cage thoracique au-dessus des hanches&#xa0;; ne cambrez pas le bas du dos.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Rentrez légèrement le coccyx et avancez doucement la hanche arrière.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Respirez lentement vers l’avant de la hanche&#xa0;: une légère tension, jamais de douleur.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Une douleur vive ou qui irradie signifie qu’il faut arrêter&#xa0;: bougez plutôt en douceur, et consultez un professionnel de santé si elle persiste.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Respiration abdominale</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Une minute de respiration lente et profonde, debout et droit</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Tenez-vous droit et posez une main sur le ventre.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Inspirez par le nez et laissez le ventre pousser la main vers l’avant.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Expirez lentement, un peu plus longtemps que l’inspiration.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Gardez la poitrine et les épaules immobiles et détendues.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Un vertige&#xa0;? Respirez normalement. Douleur vive ou qui irradie&#xa0;: arrêtez, bougez plutôt en douceur, consultez un professionnel de santé.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marche sur place</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marchez sur place en levant chaque genou à tour de rôle</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Tenez-vous droit, une main sur le bureau si vous voulez un appui.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Montez un genou vers la hauteur de la hanche, puis redescendez-le en contrôlant le mouvement.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Gardez la cage thoracique au-dessus des hanches&#xa0;; ne vous penchez pas en arrière quand le genou monte.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Alternez les jambes à un rythme facile et régulier, et continuez à respirer.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Debout bien droit et contraction des fessiers</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Tenez-vous droit et serrez les fessiers pour ouvrir l’avant des hanches</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Pieds écartés de la largeur des hanches, cage thoracique au-dessus des hanches.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Serrez les fessiers jusqu’à ce que les hanches soient complètement tendues, sans cambrer le dos.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Tenez pendant deux respirations lentes, puis relâchez et recommencez.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Pour aller plus loin, tendez une jambe droite vers l’arrière, puis changez de jambe.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Une douleur vive ou qui irradie signifie qu’il faut arrêter. Cet exercice redescend d’un niveau&#xa0;; faites plutôt des exercices de mobilité pour l’instant, et consultez un professionnel de santé si la douleur persiste.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobilité du jour</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Quelques minutes pour ouvrir l’avant des hanches&#xa0;: fente, genou à la poitrine, et un rouleau si vous en avez un</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Séance de renforcement</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Ponts, soulevés de terre sur une jambe, marche chargée et montées de genoux, avec du repos entre les séries</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Étirement en fente avec appui</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Une petite fente, une main sur une chaise, tenue de chaque côté</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Cage thoracique au-dessus des hanches, coccyx légèrement rentré&#xa0;; respirez vers l’avant de la hanche arrière.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Maintiens courts</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Deux maintiens de 30 secondes de chaque côté.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Maintiens plus longs</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Trois maintiens de 45 secondes de chaque côté.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Maintiens complets</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Trois maintiens d’une minute entière de chaque côté.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Genou à la poitrine et respiration abdominale</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Sur le dos, ramenez un genou contre vous et respirez lentement dans le ventre</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Laissez l’autre jambe reposer, allongée&#xa0;; chaque inspiration soulève le ventre, chaque expiration détend la hanche.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Huit respirations</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Huit respirations lentes, chaque genou ramené contre vous à son tour.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Dix respirations</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Dix respirations lentes, chaque genou ramené contre vous à son tour.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Relâchement des fléchisseurs de la hanche au rouleau</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>À plat ventre, un rouleau sous l’avant de la hanche, lentement et en douceur</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Roulez juste sous l’os de la hanche, jamais sur la colonne&#xa0;; pression lente, continuez à respirer.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Une minute</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Une minute de roulement lent de chaque côté.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Deux minutes</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Deux minutes de roulement lent de chaque côté.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Pont avec montée de genou</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>En pont fessier, montez un genou vers la poitrine, puis l’autre</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Gardez les hanches hautes et à niveau&#xa0;; serrez les fessiers, ne cambrez pas le bas du dos.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Poids du corps</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Trois séries de 10 montées de genou de chaque côté.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Élastique autour des genoux</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Un élastique léger autour des genoux&#xa0;: poussez doucement vers l’extérieur contre lui.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Tempo lent</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Redescendez chaque genou en trois secondes lentes&#xa0;; 12 de chaque côté.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Soulevé de terre sur une jambe</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Basculez vers l’avant sur une jambe pendant que l’autre s’étend vers l’arrière</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Dos long de la tête au talon arrière&#xa0;; le bassin reste parallèle au sol.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Main sur le bureau</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Une main sur un bureau ou une chaise pour l’équilibre&#xa0;; 8 de chaque côté.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Debout sans appui</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Sans appui, une bascule plus lente&#xa0;; 10 de chaque côté.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Avec un haltère</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Un haltère dans la main opposée à la jambe d’appui&#xa0;; 8 de chaque côté.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Marche chargée, posture droite</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Marchez bien droit avec une charge dans chaque main</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Tenez-vous droit, épaules basses et en arrière, côtes au-dessus des hanches&#xa0;; petits pas réguliers.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Charges de la maison</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Deux sacs de courses pleins ou des bouteilles d’eau&#xa0;; deux tours de 30 secondes.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Haltères</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Un haltère dans chaque main&#xa0;; trois tours de 45 secondes.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Tours plus longs</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Trois tours d’une minute entière.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Montées de genoux</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Montez les genoux vers la poitrine en contrôlant le mouvement</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Montez depuis la hanche profonde, sans élan&#xa0;; redescendez lentement et gardez le bas du dos allongé.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Montées de genoux assis</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Asseyez-vous droit au bord d’une chaise et levez un peu les deux genoux&#xa0;; 8 fois.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Assis, lentement</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Le même mouvement, trois secondes pour monter et trois pour descendre&#xa0;; 12 fois.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Montées de genoux en suspension</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Suspendez-vous à une barre et montez les deux genoux à hauteur des hanches&#xa0;; 8 à 12 fois.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Historique de la semaine</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>prises</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturelles</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reportées</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquées</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
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
        <translation>Semaine {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Cette semaine&#xa0;: pauses prises {taken} ({completed} terminées, {natural} naturelles), ignorées {skipped}, reportées {snoozed}, manquées {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Taux de réalisation &lt;b&gt;{rate}&lt;/b&gt; · objectif atteint {days} jours sur 7</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Semaine précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Semaine suivante (flèche droite)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Séances de renforcement : {done} sur {target} ; semaines d’affilée à l’objectif : {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Séances : ◆ {strength} renforcement, ◇ {mobility} mobilité</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>série actuelle</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Aucune pause enregistrée pour l’instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Votre première pause apparaîtra ici&#xa0;: répondez à un rappel avec &lt;i&gt;Commencer&lt;/i&gt;, ou choisissez &lt;i&gt;Faire une pause maintenant&lt;/i&gt; dans le menu de l’icône.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Une nouvelle semaine&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rien d’enregistré pour l’instant cette semaine. Votre prochaine pause lancera les barres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Une semaine calme&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aucune pause n’a été enregistrée cette semaine. Les jours de repos n’interrompent jamais une série.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME vous rappelle aussi de bouger</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Ouvrez la fenêtre de psoasbreak pour désactiver les pauses mouvement de GNOME ou garder les deux.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Les pauses mouvement de GNOME n&apos;ont pas pu être désactivées d&apos;ici ; désactivez-les dans Paramètres → Bien-être de GNOME.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME vous rappelle aussi de bouger (Paramètres → Bien-être → Pauses mouvement). Deux rappels, c&apos;est un de trop : désactivez celui de GNOME ou gardez les deux (psoasbreak ne se manifeste alors jamais à moins d&apos;une minute de GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Désactiver les pauses mouvement de GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Historique des pauses</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Historique des pauses non enregistré</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Historique des pauses de nouveau enregistré</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pauses non enregistrées</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Fichier de paramètres non appliqué</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problèmes dans les paramètres</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancement à la connexion</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problèmes dans {path}&#xa0;; les valeurs par défaut sont utilisées pour ces réglages. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: 0 (désactivé) ou {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} est supérieur à interval_max_minutes = {high} (sa valeur par défaut)&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long, donc les valeurs par défaut interval_min_minutes = {default_low} et interval_max_minutes = {default_high} sont utilisées.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (sa valeur par défaut) est supérieur à interval_max_minutes = {high}&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long, donc les valeurs par défaut interval_min_minutes = {default_low} et interval_max_minutes = {default_high} sont utilisées.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} est supérieur à interval_max_minutes = {high}&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long, donc les valeurs par défaut interval_min_minutes = {default_low} et interval_max_minutes = {default_high} sont utilisées.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: 0 (désactivé) ou {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: 0 (sans limite) ou {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: 0 (sans limite) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: 0 (sans limite) ou {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: 0 (sans limite) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: {range})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} ne fait pas partie des choix (autorisé&#xa0;: {choices})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} n’est ni true ni false (autorisé&#xa0;: true, false)&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} n’est pas une liste de noms de programmes (autorisé : une liste comme [&quot;zoom&quot;, &quot;obs&quot;], chaque nom sans son dossier) ; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} n’est pas une liste de noms de programmes (autorisé : une liste comme [&quot;zoom&quot;, &quot;obs&quot;], chaque nom sans son dossier).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} n’est pas un chemin de dossier (autorisé&#xa0;: &quot;&quot; pour désactivé, ou un chemin comme &quot;~/Sync&quot;)&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} n’est pas un chemin de dossier (autorisé&#xa0;: &quot;&quot; pour désactivé, ou un chemin comme &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} n’est pas une heure (autorisé&#xa0;: &quot;HH:MM&quot; de &quot;00:00&quot; à &quot;23:59&quot;)&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas une liste de noms de jours (autorisé&#xa0;: un ou plusieurs parmi {days})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} n’est pas une liste de noms de jours (autorisé&#xa0;: un ou plusieurs parmi {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} contient un nom de jour inconnu {names} (autorisé&#xa0;: un ou plusieurs parmi {days})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} contient un nom de jour inconnu {names} (autorisé&#xa0;: un ou plusieurs parmi {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} contient des noms de jour inconnus {names} (autorisé&#xa0;: un ou plusieurs parmi {days})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} contient des noms de jour inconnus {names} (autorisé&#xa0;: un ou plusieurs parmi {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas une liste de noms de matériel (autorisé&#xa0;: n’importe lesquels parmi {choices})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} n’est pas une liste de noms de matériel (autorisé&#xa0;: n’importe lesquels parmi {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} contient un nom de matériel inconnu {names} (autorisé&#xa0;: n’importe lesquels parmi {choices})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} contient un nom de matériel inconnu {names} (autorisé&#xa0;: n’importe lesquels parmi {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} contient des noms de matériel inconnus {names} (autorisé&#xa0;: n’importe lesquels parmi {choices})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} contient des noms de matériel inconnus {names} (autorisé&#xa0;: n’importe lesquels parmi {choices}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] est vide alors que programme.strength = true, aucune séance de renforcement ne viendrait donc jamais (autorisé&#xa0;: un ou plusieurs parmi {days})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] est vide alors que programme.strength = true, aucune séance de renforcement ne viendrait donc jamais (autorisé&#xa0;: un ou plusieurs parmi {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>La clé inconnue {key} est conservée dans le fichier mais ignorée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} n’est pas une table (autorisé&#xa0;: une table [{key}] avec les clés {keys})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} n’est pas une table (autorisé&#xa0;: une table [{key}] avec les clés {keys}).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} n’est pas après working_hours.start = {start} (autorisé&#xa0;: une fin plus tard le même jour, les heures de travail ne peuvent pas passer minuit)&#xa0;; les valeurs par défaut start {default_start} et end {default_end} sont utilisées.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] est vide, les heures de travail ne commenceraient donc jamais (autorisé&#xa0;: un ou plusieurs parmi {days})&#xa0;; la valeur par défaut {default} est utilisée.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: 0 (désactivé) ou {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} est supérieur à interval_max_minutes = {high} (sa valeur par défaut)&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} n’est pas un nombre entier (autorisé&#xa0;: {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (sa valeur par défaut) est supérieur à interval_max_minutes = {high}&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} est supérieur à interval_max_minutes = {high}&#xa0;; l’intervalle le plus court ne peut pas dépasser le plus long.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: 0 (désactivé) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} est hors limites (autorisé&#xa0;: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} ne fait pas partie des choix (autorisé&#xa0;: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} n’est ni true ni false (autorisé&#xa0;: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} n’est pas une heure (autorisé&#xa0;: &quot;HH:MM&quot; de &quot;00:00&quot; à &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} n’est pas après working_hours.start = {start} (autorisé&#xa0;: une fin plus tard le même jour, les heures de travail ne peuvent pas passer minuit).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] est vide, les heures de travail ne commenceraient donc jamais (autorisé&#xa0;: un ou plusieurs parmi {days}).</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Votre modification de {file} n’a pas été appliquée&#xa0;: {reasons} Les réglages en vigueur restent tels quels jusqu’à ce que le fichier soit corrigé.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} n’est pas un fichier TOML valide&#xa0;: {reason}. Il a été déplacé vers {aside} pour que rien ne soit perdu&#xa0;; les valeurs par défaut sont utilisées. Corrigez ce fichier et remettez-le en place, ou modifiez un réglage pour créer un nouveau fichier.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} n’est pas un fichier TOML valide&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} est un dossier, pas un fichier, les réglages n’ont donc pas pu être lus&#xa0;; les valeurs par défaut sont utilisées. Déplacez ce dossier ailleurs pour que psoasbreak puisse y garder ses réglages.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} n’a pas pu être lu ({error})&#xa0;; les valeurs par défaut sont utilisées. Vérifiez les permissions du fichier (vous devez pouvoir le lire) et que son dossier existe.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} n’est pas un fichier TOML valide&#xa0;: {reason}. Il n’a pas pu être mis de côté ({error}), il reste donc tel quel&#xa0;; les valeurs par défaut sont utilisées jusqu’à ce que vous le corrigiez.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} n’est pas un fichier TOML valide&#xa0;: {reason}. Il a été déplacé vers {aside} pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} est un dossier, pas un fichier, les réglages n’ont donc pas pu être lus.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} n’a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} n’est pas un fichier TOML valide&#xa0;: {reason}. Il n’a pas pu être mis de côté ({error}), il reste donc tel quel.</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Pour examiner l’ancien, ouvrez-le avec n’importe quel outil SQLite.</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>L’historique des pauses ne peut pas être enregistré pour le moment&#xa0;: {error} psoasbreak continue de fonctionner, garde les nouveaux résultats en mémoire et les enregistre dès que possible.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>L’historique des pauses {path} était endommagé (ce n’est pas une base de données SQLite), il a donc été déplacé vers {aside} (rien n’a été supprimé) et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>L’historique des pauses {path} était endommagé ({reason}), il a donc été déplacé vers {aside} (rien n’a été supprimé) et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>L’historique des pauses {path} est endommagé (ce n’est pas une base de données SQLite) et n’a pas pu être mis de côté ({error}). Les nouvelles pauses restent en mémoire jusqu’à ce que ce soit possible&#xa0;; déplacez le fichier vous-même ou libérez le dossier, et psoasbreak prendra le relais.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>L’historique des pauses {path} est endommagé ({reason}) et n’a pas pu être mis de côté ({error}). Les nouvelles pauses restent en mémoire jusqu’à ce que ce soit possible&#xa0;; déplacez le fichier vous-même ou libérez le dossier, et psoasbreak prendra le relais.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>1 résultat de pause n’a pas pu être enregistré dans {path}. Il figure dans le journal.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>L’historique des pauses n’a pas pu être lu ({reason}). Les compteurs et les séries peuvent sembler bas jusqu’à ce que ce soit possible&#xa0;; rien de ce qui a été enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>{count} résultats de pause n’ont pas pu être enregistrés dans {path}. Ils figurent dans le journal.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Vos pauses n’ont pas pu être enregistrées&#xa0;: un autre programme a verrouillé le fichier d’historique ({reason}). psoasbreak continue de fonctionner, garde 1 résultat de pause en mémoire et l’enregistre dès que ce programme libère le fichier.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Vos pauses n’ont pas pu être enregistrées&#xa0;: un autre programme a verrouillé le fichier d’historique ({reason}). psoasbreak continue de fonctionner, garde {count} résultats de pause en mémoire et les enregistre dès que ce programme libère le fichier.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Vos pauses n’ont pas pu être enregistrées ({reason}). psoasbreak continue de fonctionner, garde 1 résultat de pause en mémoire et l’enregistre dès que possible&#xa0;: libérez de l’espace disque, ou rendez le dossier de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Vos pauses n’ont pas pu être enregistrées ({reason}). psoasbreak continue de fonctionner, garde {count} résultats de pause en mémoire et les enregistre dès que possible&#xa0;: libérez de l’espace disque, ou rendez le dossier de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>1 résultat de pause n’a pas pu être enregistré dans {path}. Il a été écrit dans {target}&#xa0;; rajoutez-le plus tard avec &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>{count} résultats de pause n’ont pas pu être enregistrés dans {path}. Ils ont été écrits dans {target}&#xa0;; rajoutez-les plus tard avec &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>L’historique des pauses {path} peut de nouveau être écrit&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Le lancement à la connexion n’est pas pris en charge sur ce système ({platform})&#xa0;; ajoutez «&#xa0;{command}&#xa0;» à vos programmes de démarrage à la main.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Impossible de supprimer {path} ({reason})&#xa0;; supprimez-le à la main pour que psoasbreak ne se lance plus à la connexion.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Impossible d’écrire {path} ({reason})&#xa0;; vérifiez que vous avez le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Impossible d’ajouter {app} à {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Impossible de retirer {app} de {key} ({reason})&#xa0;; retirez-le dans les applications de démarrage du Gestionnaire des tâches.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Impossible d’écrire {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Impossible de supprimer {path} ({reason})&#xa0;; supprimez-le à la main.</translation>
    </message>
</context>
<context>
    <name>NotificationPrompt</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n’y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>le serveur de notifications n’affiche pas de boutons</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter de {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>le bus de session D-Bus a disparu</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>le serveur de notifications ne répond pas</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>aucun serveur de notifications n’est lancé</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>le serveur de notifications a refusé le rappel</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>le serveur de notifications a donné une réponse inattendue</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>inspirez</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>expirez</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Inspirez quand il grandit, expirez quand il rétrécit</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pause jusqu’à…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Aucun rappel de pause jusqu’à :</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pause jusqu’à</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Une heure déjà passée aujourd’hui vaut pour demain.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
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
        <translation>Rappel affiché dans une fenêtre</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Le rappel de pause ne peut pas être une notification ici ({why})&#xa0;; il s’affiche donc dans une petite fenêtre.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>un élastique</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>des haltères</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>une barre de traction</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>un rouleau de massage</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêté plus tôt</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>arrêté&#xa0;: ça faisait mal</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n série de {reps} respirations lentes par côté</numerusform>
            <numerusform>%n séries de {reps} respirations lentes par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n série de {reps} respirations lentes</numerusform>
            <numerusform>%n séries de {reps} respirations lentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n série de {seconds} s par côté</numerusform>
            <numerusform>%n séries de {seconds} s par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n série de {seconds} s</numerusform>
            <numerusform>%n séries de {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n série de {reps} répétitions par côté</numerusform>
            <numerusform>%n séries de {reps} répétitions par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n série de {reps} répétitions</numerusform>
            <numerusform>%n séries de {reps} répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Ça fait mal</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Arrête cet exercice et le fait redescendre d’un niveau.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Repos, puis série {set} sur {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Passer le repos</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Série {set} sur {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} sur {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Exercice {number} sur {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Niveau {number}&#xa0;: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Il vous faut&#xa0;: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiration</numerusform>
            <numerusform>%n respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Respirez lentement…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Tenez…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Compter une répétition</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, niveau {level}&#xa0;: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Progresser&#xa0;: {exercise} au niveau {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Progression enregistrée&#xa0;: niveau {level} la prochaine fois</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>C’est l’heure de votre séance de renforcement</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>C’est l’heure de votre routine de mobilité</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Time to stand up</source>
        <translation>C’est l’heure de se lever</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>« Ignorer » revient demain : votre limite est de %n pause ignorée par jour.</numerusform>
            <numerusform>« Ignorer » revient demain : votre limite est de %n pauses ignorées par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Plus de report pour cette pause : votre limite est de %n report par pause.</numerusform>
            <numerusform>Plus de report pour cette pause : votre limite est de %n reports par pause.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {exercise}</source>
        <translation>{title} — {exercise}</translation>
    </message>
    <message>
        <source>{exercise}: {summary}. {why}</source>
        <translation>{exercise}&#xa0;: {summary}. {why}</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustration&#xa0;: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Commencer l’exercice «&#xa0;{title}&#xa0;» maintenant, guidé pas à pas. Une fois que vous avez cliqué dans ce rappel, la barre d’espace le lance.</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter de {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Redemander dans %n minute.</numerusform>
            <numerusform>Redemander dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Ignorer cette pause&#xa0;; la suivante viendra à l’intervalle habituel. Une fois que vous avez cliqué dans ce rappel, la touche Échap l’ignore.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>une fenêtre en plein écran est active</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>le mode «&#xa0;Ne pas déranger&#xa0;» est activé</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>une application a demandé à ne pas être interrompue (un appel, une présentation ou une vidéo)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>l’écran est verrouillé</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>un jeu en plein écran est en cours</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>le mode présentation est activé</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>les heures calmes sont activées</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>le micro est utilisé</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>la caméra est utilisée</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>l’écran est partagé</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>un programme de votre liste silencieuse est ouvert</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>la pause mouvement de GNOME est due</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Each exercise in turn</source>
        <translation>Chaque exercice à tour de rôle</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Petite fenêtre</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notification du bureau</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planning</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>appels et réunions</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>deux ordinateurs</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme d’entraînement</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Élastique</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Haltères</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Barre de traction</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rouleau de massage</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> pause</numerusform>
            <numerusform> pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Paramètres de psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Enregistré dans {path}&#xa0;; vous pouvez aussi modifier ce fichier.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Rétablir les valeurs par défaut&#xa0;: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}&#xa0;: 0 (sans limite) ou 1–{high}</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}&#xa0;: 0 (désactivé) ou 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}&#xa0;: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Intervalle le plus court entre les pauses</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Intervalle le plus long entre les pauses</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pause toutes les</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Une durée au hasard dans cette plage, comptée à partir de la fin de la dernière pause.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Durée du report en minutes</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Pauses ignorées autorisées par jour</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Pauses ignorées par jour</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Reports autorisés pour une pause</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Reports par pause</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minutes avant qu’un rappel sans réponse compte comme manqué</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Un rappel sans réponse se ferme après</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Comment le rappel s’affiche</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatique&#xa0;: une notification du bureau sous Wayland, une petite fenêtre ailleurs.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Afficher le rappel sous forme de</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Seulement pendant les heures de travail</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Jour de travail&#xa0;: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>En dehors, il n’y a pas de rappels, et «&#xa0;Jusqu’à demain&#xa0;» dure jusqu’au début de la période suivante.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme d’entraînement</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Routine de mobilité quotidienne à</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Heure de la mobilité</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Séances de renforcement à</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Heure des séances de renforcement</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Jour de renforcement&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Votre matériel&#xa0;:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Choisissez quand vous voulez vos séances et avec quel matériel vous entraîner&#xa0;: les exercices qui demandent du matériel que vous n’avez pas sont laissés de côté. &apos;psoasbreak session-now&apos; lance une séance à tout moment.</translation>
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
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Exercice proposé</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Durée de la pause en secondes</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inspiration, secondes</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Expiration, secondes</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Aperçu du rythme respiratoire</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durée de la pause</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif quotidien</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Objectif quotidien en pauses</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Viser</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Détection d’absence</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minutes sans activité qui comptent comme une absence</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Absent après</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Aucune activité au clavier ou à la souris pendant cette durée compte comme une pause prise.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Appels et réunions</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programmes qui retiennent les pauses tant qu’ils tournent, séparés par des virgules</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Programmes silencieux</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Une pause due attend tant que le micro ou la caméra est utilisé, que l’écran est partagé ou qu’un de ces programmes tourne. Séparez les noms par des virgules.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Deux ordinateurs</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Partage vos pauses, votre historique et votre série avec vos autres ordinateurs. Sur chacun, choisissez le dossier que votre outil de synchronisation (Syncthing, Nextcloud, Dropbox) garde identique. Laissez le champ vide pour les garder sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (désactivé si vide)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Dossier de synchronisation partagé avec vos autres ordinateurs</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Jouer un son quand une pause est due</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Lancer psoasbreak à ma connexion</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>son</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>lancement à la connexion</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>L’intervalle le plus court ({low} min) est plus long que le plus long ({high} min). Le premier nombre ne doit pas dépasser le second.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Les heures de travail doivent finir après leur début ({end} n’est pas après {start})&#xa0;; elles ne peuvent pas dépasser minuit.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour de travail.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Choisissez au moins un jour pour les séances de renforcement.</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Aperçu&#xa0;: inspirez</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Aperçu&#xa0;: expirez</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Jusqu’à une heure…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pause jusqu’à {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>C’est l’heure d’une pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>En dehors des heures de travail&#xa0;; prochaine pause {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pause en attente&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Prochaine pause à {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Historique de la semaine…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} pause sur %n aujourd’hui</numerusform>
            <numerusform>{taken} pauses sur %n aujourd’hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>prises</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reportées</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquées</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>aucune pause enregistrée</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>objectif de {goal} non atteint</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}&#xa0;: pauses prises {taken} ({completed} terminées, {natural} naturelles), ignorées {skipped}, reportées {snoozed}, manquées {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pauses par jour, semaine {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n séance de renforcement</numerusform>
            <numerusform>%n séances de renforcement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n routine de mobilité</numerusform>
            <numerusform>%n routines de mobilité</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Prises sur : {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>objectif {goal}</translation>
    </message>
</context>
</TS>
