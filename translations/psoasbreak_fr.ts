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
        <source>Feeling dizzy? Breathe normally. Sharp or radiating pain: stop and see a clinician.</source>
        <translation>Un vertige&#xa0;? Respirez normalement. Douleur vive ou qui irradie&#xa0;: arrêtez et consultez un professionnel de santé.</translation>
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
        <translation>Le rappel de pause ne peut pas être une notification ici ({why}) ; il s’affiche donc dans une petite fenêtre.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Time to stand up</source>
        <translation>C’est l’heure de se lever</translation>
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
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Each exercise in turn</source>
        <translation>Chaque exercice à tour de rôle</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Étirement des fléchisseurs de la hanche</translation>
    </message>
    <message>
        <source>Diaphragmatic breathing</source>
        <translation>Respiration diaphragmatique</translation>
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
        <source>general</source>
        <translation>son et lancement</translation>
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
        <source> breaks</source>
        <extracomment>After the daily goal&apos;s number in its spin box; starts with a space.</extracomment>
        <translation> pauses</translation>
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
        <source>Sound and start at login</source>
        <translation>Son et lancement à la connexion</translation>
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
