<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Linke Seite · linker Fuß hinten</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Rechte Seite · rechter Fuß hinten</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Seite wechseln · rechter Fuß nach hinten</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Pause — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Pause: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>{inhale} Sekunden einatmen, während er wächst, {exhale} Sekunden ausatmen, während er schrumpft</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Abbildung: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Fortschritt der Pause</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Wie viel der {seconds}-Sekunden-Pause geschafft ist</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Pause vorzeitig beenden</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Beendet die Übung sofort; sie wird als übersprungen erfasst. Die Escape-Taste tut dasselbe.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Einatmen · Atemzug {number} von {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Ausatmen · Atemzug {number} von {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Linke Seite · Wechsel in {seconds}</translation>
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
        <translation>Abbildung: {exercise}, linke Seite</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Abbildung: {exercise}, rechte Seite</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Im Sitzen bleiben deine Hüften stundenlang gebeugt; die Hüftbeuger werden dadurch kurz und steif.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Alle 30 bis 45 Minuten aufzustehen und dich zu bewegen, unterbricht diese lange Beugung der Hüfte.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Der Psoas verläuft von der unteren Wirbelsäule zum Oberschenkelknochen; ist er verkürzt, kann er am Rücken ziehen.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Ein verkürzter Psoas kann das Becken nach vorn kippen und das aufrechte Stehen erschweren.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Stress hält die tiefe Rumpfmuskulatur angespannt; langsame Bauchatmung hilft ihr, loszulassen.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Das Bein nach hinten zu bewegen ist das Gegenteil von Sitzen und löst die Verkürzung des Tages.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Sanfte Mobilisations- und Atemübungen kannst du jeden Tag machen; am meisten bringen sie, wenn du viel sitzt.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Dehnen ist nur die halbe Miete: Kräftige Gesäß- und hintere Oberschenkelmuskeln halten die Hüften im Gleichgewicht.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Fühlt sich die Vorderseite der Hüfte nach dem Sitzen steif oder schmerzhaft an, brauchen deine Hüftbeuger eine Pause.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Hüftbeuger-Dehnung</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Eine Minute Ausfallschritt mit Halt, beide Seiten</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Halte dich an einem Stuhl oder Tisch fest und setze einen Fuß zu einem kurzen Ausfallschritt nach hinten.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Bring den Brustkorb über die Hüften; lass den unteren Rücken nicht ins Hohlkreuz fallen.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Zieh das Steißbein leicht ein und schieb die hintere Hüfte sanft nach vorn.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Atme langsam in die Vorderseite der Hüfte: ein sanftes Ziehen, nie Schmerz.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Bei stechendem oder ausstrahlendem Schmerz aufhören: Beweg dich stattdessen sanft und geh zu einer Ärztin oder einem Arzt, wenn er anhält.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Bauchatmung</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Eine Minute langsam und tief atmen, aufrecht stehend</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Stell dich aufrecht hin und leg eine Hand auf den Bauch.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Atme durch die Nase ein und lass den Bauch die Hand nach außen drücken.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Atme langsam aus, etwas länger als beim Einatmen.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Brust und Schultern bleiben ruhig und locker.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Schwindelig? Atme normal weiter. Bei stechendem oder ausstrahlendem Schmerz: aufhören, dich stattdessen sanft bewegen, ärztlich abklären lassen.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marschieren im Stand</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Auf der Stelle marschieren, die Knie abwechselnd heben</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Steh aufrecht, eine Hand auf dem Tisch, wenn du Halt möchtest.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Heb ein Knie bis etwa auf Hüfthöhe und senk es kontrolliert wieder ab.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Halte den Brustkorb über den Hüften; lehn dich nicht zurück, wenn das Knie hochkommt.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Wechsle die Beine in ruhigem, gleichmäßigem Tempo und atme weiter.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Aufrecht stehen und Gesäß anspannen</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Steh aufrecht und spann das Gesäß an, um die Vorderseite der Hüften zu öffnen</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Füße hüftbreit auseinander, Brustkorb über den Hüften.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Spann das Gesäß an, bis die Hüften ganz gestreckt sind, ohne ins Hohlkreuz zu gehen.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Halte zwei langsame Atemzüge lang, dann entspann dich und wiederhole.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Für mehr streck ein gerades Bein nach hinten, dann wechsle das Bein.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Bei stechendem oder ausstrahlendem Schmerz aufhören. Diese Übung geht eine Stufe zurück; mach vorerst stattdessen Mobilisationsübungen und geh zu einer Ärztin oder einem Arzt, wenn der Schmerz anhält.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobilisation des Tages</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Ein paar Minuten, um die Vorderseite der Hüften zu öffnen: Ausfallschritt, Knie zur Brust und eine Rolle, falls du eine hast</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Krafttraining</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Brücken, einbeiniges Kreuzheben, Tragen mit Gewicht und Knieheben, mit Pausen zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Ausfallschritt-Dehnung mit Halt</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Ein kurzer Ausfallschritt mit einer Hand am Stuhl, auf jeder Seite gehalten</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Brustkorb über den Hüften, Steißbein leicht eingezogen; atme in die Vorderseite der hinteren Hüfte.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Kurz halten</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Zweimal 30 Sekunden halten, auf jeder Seite.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Dreimal 45 Sekunden halten, auf jeder Seite.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Volle Minute</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Dreimal eine volle Minute halten, auf jeder Seite.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Knie zur Brust mit Bauchatmung</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>In Rückenlage ein Knie zur Brust ziehen und langsam in den Bauch atmen</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Lass das andere Bein lang liegen; jedes Einatmen hebt den Bauch, jedes Ausatmen lockert die Hüfte.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Acht Atemzüge</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Acht langsame Atemzüge mit jedem Knie an der Brust.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Zehn Atemzüge</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Zehn langsame Atemzüge mit jedem Knie an der Brust.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Hüftbeuger lösen mit der Faszienrolle</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>In Bauchlage, die Rolle unter der Vorderseite der Hüfte, langsam und sanft</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Roll knapp unterhalb des Hüftknochens, nie auf der Wirbelsäule; langsamer Druck, atme weiter.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Eine Minute</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Eine Minute langsam rollen, auf jeder Seite.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Zwei Minuten</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Zwei Minuten langsam rollen, auf jeder Seite.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Brücke mit Kniezug</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Aus der Gesäßbrücke ein Knie zur Brust ziehen, dann das andere</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Halte die Hüften waagerecht und oben; spann das Gesäß an, geh nicht ins Hohlkreuz.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Eigengewicht</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Drei Sätze à 10 Kniezüge pro Seite.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Band um die Knie</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Ein leichtes Band um die Knie: Drück die Knie sanft dagegen nach außen.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Langsames Tempo</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Senk jedes Knie über drei langsame Sekunden ab; 12 pro Seite.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Einbeiniges Kreuzheben</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Auf einem Bein aus der Hüfte nach vorn beugen, während sich das andere Bein nach hinten streckt</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Eine lange Linie vom Kopf bis zur hinteren Ferse; das Becken bleibt parallel zum Boden.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Hand auf dem Tisch</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Eine Hand auf Tisch oder Stuhl für das Gleichgewicht; 8 pro Seite.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Frei stehend</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Ohne Halt, langsamer nach vorn beugen; 10 pro Seite.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Mit Kurzhantel</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Eine Kurzhantel in der Hand gegenüber dem Standbein; 8 pro Seite.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Tragen mit Gewicht, aufrechte Haltung</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Aufrecht gehen, in jeder Hand ein Gewicht</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Aufrecht stehen, Schultern tief und zurück, Rippen über den Hüften; kurze, gleichmäßige Schritte.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Gewichte aus dem Haushalt</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Zwei volle Einkaufstaschen oder Wasserflaschen; zwei Runden à 30 Sekunden.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Eine Kurzhantel in jeder Hand; drei Runden à 45 Sekunden.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Längere Runden</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Drei Runden à eine volle Minute.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Knieheben</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Die Knie kontrolliert zur Brust heben</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Heb aus der tiefen Hüfte, nicht mit Schwung; senk langsam ab und halte den unteren Rücken lang.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Knieheben im Sitzen</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Setz dich aufrecht auf die vordere Stuhlkante und heb beide Knie ein wenig an; 8-mal.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Im Sitzen, langsam</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Dasselbe Heben, drei Sekunden hoch und drei runter; 12-mal.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Knieheben im Hang</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Häng dich an eine Stange und heb beide Knie auf Hüfthöhe; 8- bis 12-mal.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Wochenverlauf</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>natürlich</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>A date with day, month and year, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A date with day and month only, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>dd</source>
        <extracomment>The first day of a week within one month, before &quot;–&quot;, as a Qt date format.</extracomment>
        <translation>d.</translation>
    </message>
    <message>
        <source>Week {number} · {span}</source>
        <translation>Woche {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Diese Woche: {taken} gemacht ({completed} abgeschlossen, {natural} natürlich), {skipped} übersprungen, {snoozed} verschoben, {missed} verpasst</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Abschlussquote &lt;b&gt;{rate}&lt;/b&gt; · Ziel an {days} von 7 Tagen erreicht</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Vorige Woche (Pfeiltaste links)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Nächste Woche (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Krafttrainings: {done} von {target}; Wochen in Folge im Ziel: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Trainings: ◆ {strength} Kraft, ◇ {mobility} Mobilisation</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>beste Serie</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Pausen erfasst&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Deine erste Pause erscheint hier: Antworte auf eine Erinnerung mit &lt;i&gt;Starten&lt;/i&gt; oder wähle &lt;i&gt;Jetzt Pause machen&lt;/i&gt; im Menü des Symbols.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Eine neue Woche&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Diese Woche ist noch nichts erfasst. Deine nächste Pause beginnt die Balken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Eine ruhige Woche&lt;/b&gt;&lt;/p&gt;&lt;p&gt;In dieser Woche wurden keine Pausen erfasst. Ruhetage unterbrechen nie eine Serie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>Auch GNOME erinnert dich ans Bewegen</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Öffne das Fenster von psoasbreak, um die Bewegungspausen von GNOME auszuschalten oder beide zu behalten.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Die Bewegungspausen von GNOME ließen sich von hier nicht ausschalten; schalte sie in GNOMEs Einstellungen → Wohlbefinden aus.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>Auch GNOME erinnert dich ans Bewegen (Einstellungen → Wohlbefinden → Bewegungspausen). Zwei Erinnerungen sind eine zu viel: schalte die von GNOME aus oder behalte beide (psoasbreak meldet sich dann nie innerhalb einer Minute nach oder vor GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Bewegungspausen von GNOME ausschalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Pausenverlauf</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Pausenverlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Pausenverlauf wird wieder gespeichert</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pausen nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Einstellungsdatei nicht übernommen</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} Probleme in {path}; für diese Einstellungen gelten die Standardwerte. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: 0 (aus) oder {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} ist größer als interval_max_minutes = {high} (sein Standardwert); der kürzeste Abstand kann nicht länger als der längste sein, daher gelten die Standardwerte interval_min_minutes = {default_low} und interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (sein Standardwert) ist größer als interval_max_minutes = {high}; der kürzeste Abstand kann nicht länger als der längste sein, daher gelten die Standardwerte interval_min_minutes = {default_low} und interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} ist größer als interval_max_minutes = {high}; der kürzeste Abstand kann nicht länger als der längste sein, daher gelten die Standardwerte interval_min_minutes = {default_low} und interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: 0 (aus) oder {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: 0 (kein Limit) oder {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: 0 (kein Limit) oder {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: 0 (kein Limit) oder {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: 0 (kein Limit) oder {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: {range}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} ist keine der Möglichkeiten (erlaubt: {choices}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} ist weder true noch false (erlaubt: true, false); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} ist keine Liste von Programmnamen (erlaubt ist eine Liste wie [&quot;zoom&quot;, &quot;obs&quot;], jeder Name ohne seinen Ordner); der Standardwert {default} wird verwendet.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} ist keine Liste von Programmnamen (erlaubt ist eine Liste wie [&quot;zoom&quot;, &quot;obs&quot;], jeder Name ohne seinen Ordner).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} ist kein Ordnerpfad (erlaubt ist &quot;&quot; für aus oder ein Pfad wie &quot;~/Sync&quot;); der Standardwert {default} wird verwendet.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} ist kein Ordnerpfad (erlaubt ist &quot;&quot; für aus oder ein Pfad wie &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} ist keine Uhrzeit (erlaubt: &quot;HH:MM&quot; von &quot;00:00&quot; bis &quot;23:59&quot;); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} ist keine Liste von Tagesnamen (erlaubt: einer oder mehrere von {days}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} ist keine Liste von Tagesnamen (erlaubt: einer oder mehrere von {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} enthält einen unbekannten Tagesnamen {names} (erlaubt: einer oder mehrere von {days}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} enthält einen unbekannten Tagesnamen {names} (erlaubt: einer oder mehrere von {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} enthält unbekannte Tagesnamen {names} (erlaubt: einer oder mehrere von {days}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} enthält unbekannte Tagesnamen {names} (erlaubt: einer oder mehrere von {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} ist keine Liste von Ausrüstungsnamen (erlaubt: eine beliebige Auswahl aus {choices}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} ist keine Liste von Ausrüstungsnamen (erlaubt: eine beliebige Auswahl aus {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} enthält einen unbekannten Ausrüstungsnamen {names} (erlaubt: eine beliebige Auswahl aus {choices}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} enthält einen unbekannten Ausrüstungsnamen {names} (erlaubt: eine beliebige Auswahl aus {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} enthält unbekannte Ausrüstungsnamen {names} (erlaubt: eine beliebige Auswahl aus {choices}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} enthält unbekannte Ausrüstungsnamen {names} (erlaubt: eine beliebige Auswahl aus {choices}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] ist leer, obwohl programme.strength = true ist, es käme also nie ein Krafttraining (erlaubt: einer oder mehrere von {days}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] ist leer, obwohl programme.strength = true ist, es käme also nie ein Krafttraining (erlaubt: einer oder mehrere von {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>Der unbekannte Schlüssel {key} bleibt in der Datei, wird aber ignoriert.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} ist keine Tabelle (erlaubt: eine Tabelle [{key}] mit den Schlüsseln {keys}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} ist keine Tabelle (erlaubt: eine Tabelle [{key}] mit den Schlüsseln {keys}).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} liegt nicht nach working_hours.start = {start} (erlaubt: ein späteres Ende am selben Tag, die Arbeitszeit kann nicht über Mitternacht gehen); es gelten die Standardwerte start {default_start} und end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] ist leer, die Arbeitszeit würde also nie beginnen (erlaubt: einer oder mehrere von {days}); es gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: 0 (aus) oder {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} ist größer als interval_max_minutes = {high} (sein Standardwert); der kürzeste Abstand kann nicht länger als der längste sein.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} ist keine ganze Zahl (erlaubt: {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (sein Standardwert) ist größer als interval_max_minutes = {high}; der kürzeste Abstand kann nicht länger als der längste sein.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} ist größer als interval_max_minutes = {high}; der kürzeste Abstand kann nicht länger als der längste sein.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: 0 (aus) oder {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} liegt außerhalb des Bereichs (erlaubt: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} ist keine der Möglichkeiten (erlaubt: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} ist weder true noch false (erlaubt: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} ist keine Uhrzeit (erlaubt: &quot;HH:MM&quot; von &quot;00:00&quot; bis &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} liegt nicht nach working_hours.start = {start} (erlaubt: ein späteres Ende am selben Tag, die Arbeitszeit kann nicht über Mitternacht gehen).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] ist leer, die Arbeitszeit würde also nie beginnen (erlaubt: einer oder mehrere von {days}).</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Deine Änderung an {file} wurde nicht übernommen: {reasons} Die geltenden Einstellungen bleiben, wie sie waren, bis die Datei korrigiert ist.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} ist kein gültiges TOML: {reason}. Die Datei wurde nach {aside} verschoben, damit nichts darin verloren geht; es gelten die Standardwerte. Korrigiere diese Datei und verschiebe sie zurück, oder ändere eine beliebige Einstellung, um eine neue Datei anzulegen.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} ist kein gültiges TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} ist ein Ordner, keine Datei, daher konnten die Einstellungen nicht gelesen werden; es gelten die Standardwerte. Verschiebe diesen Ordner woandershin, damit psoasbreak dort seine Einstellungen ablegen kann.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} konnte nicht gelesen werden ({error}); es gelten die Standardwerte. Prüfe die Rechte der Datei (du musst sie lesen dürfen) und ob ihr Ordner existiert.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} ist kein gültiges TOML: {reason}. Die Datei konnte nicht beiseitegelegt werden ({error}) und bleibt daher, wie sie ist; bis du sie korrigierst, gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} ist kein gültiges TOML: {reason}. Die Datei wurde nach {aside} verschoben, damit nichts darin verloren geht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} ist ein Ordner, keine Datei, daher konnten die Einstellungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} ist kein gültiges TOML: {reason}. Die Datei konnte nicht beiseitegelegt werden ({error}) und bleibt daher, wie sie ist.</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Um dir den alten anzusehen, öffne ihn mit einem beliebigen SQLite-Werkzeug.</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Der Pausenverlauf kann gerade nicht gespeichert werden: {error} psoasbreak läuft weiter, behält neue Ergebnisse im Speicher und speichert sie, sobald es geht.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Der Pausenverlauf {path} war beschädigt (er ist keine SQLite-Datenbank), daher wurde er nach {aside} verschoben (nichts wurde gelöscht) und ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Der Pausenverlauf {path} war beschädigt ({reason}), daher wurde er nach {aside} verschoben (nichts wurde gelöscht) und ein neuer, leerer Verlauf begonnen.</translation>
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
        <translation>Der Pausenverlauf {path} ist beschädigt (er ist keine SQLite-Datenbank) und konnte nicht beiseitegelegt werden ({error}). Neue Pausen bleiben im Speicher, bis das geht; verschiebe die Datei selbst oder gib den Ordner frei, dann übernimmt psoasbreak das.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Der Pausenverlauf {path} ist beschädigt ({reason}) und konnte nicht beiseitegelegt werden ({error}). Neue Pausen bleiben im Speicher, bis das geht; verschiebe die Datei selbst oder gib den Ordner frei, dann übernimmt psoasbreak das.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>1 Pausenergebnis konnte nicht in {path} gespeichert werden. Es steht im Protokoll.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Der Pausenverlauf konnte nicht gelesen werden ({reason}). Zähler und Serien können zu niedrig wirken, bis das wieder geht; nichts Erfasstes geht verloren.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>{count} Pausenergebnisse konnten nicht in {path} gespeichert werden. Sie stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Deine Pausen konnten nicht gespeichert werden: Ein anderes Programm hat die Verlaufsdatei gesperrt ({reason}). psoasbreak läuft weiter, behält 1 Pausenergebnis im Speicher und speichert es, sobald das Programm die Datei freigibt.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Deine Pausen konnten nicht gespeichert werden: Ein anderes Programm hat die Verlaufsdatei gesperrt ({reason}). psoasbreak läuft weiter, behält {count} Pausenergebnisse im Speicher und speichert sie, sobald das Programm die Datei freigibt.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Deine Pausen konnten nicht gespeichert werden ({reason}). psoasbreak läuft weiter, behält 1 Pausenergebnis im Speicher und speichert es, sobald es geht: Gib etwas Speicherplatz frei oder mach den Ordner wieder beschreibbar.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Deine Pausen konnten nicht gespeichert werden ({reason}). psoasbreak läuft weiter, behält {count} Pausenergebnisse im Speicher und speichert sie, sobald es geht: Gib etwas Speicherplatz frei oder mach den Ordner wieder beschreibbar.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>1 Pausenergebnis konnte nicht in {path} gespeichert werden. Es wurde in {target} geschrieben; füge es später mit &apos;psoasbreak import {target}&apos; wieder hinzu.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>{count} Pausenergebnisse konnten nicht in {path} gespeichert werden. Sie wurden in {target} geschrieben; füge sie später mit &apos;psoasbreak import {target}&apos; wieder hinzu.</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>In den Pausenverlauf {path} kann wieder geschrieben werden; nichts ging verloren.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Das Starten bei der Anmeldung wird auf diesem System ({platform}) nicht unterstützt; füge „{command}“ von Hand zu deinen Anmeldeprogrammen hinzu.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>{path} konnte nicht entfernt werden ({reason}); lösche die Datei von Hand, damit psoasbreak nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}); prüfe, ob du in diesen Ordner schreiben darfst.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>{app} konnte nicht zu {key} hinzugefügt werden ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>{app} konnte nicht aus {key} entfernt werden ({reason}); entferne es im Task-Manager unter „Autostart-Apps“.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>{path} konnte nicht entfernt werden ({reason}); lösche die Datei von Hand.</translation>
    </message>
</context>
<context>
    <name>NotificationPrompt</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>der Benachrichtigungsdienst zeigt keine Schaltflächen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>der D-Bus-Sitzungsbus ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>der Benachrichtigungsdienst antwortet nicht</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>es läuft kein Benachrichtigungsdienst</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>der Benachrichtigungsdienst hat die Erinnerung abgelehnt</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>der Benachrichtigungsdienst hat unerwartet geantwortet</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>aus</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Einatmen, während er wächst, ausatmen, während er schrumpft</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pausieren bis…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Keine Pausenaufforderungen bis:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausieren bis</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Eine Uhrzeit, die heute schon vorbei ist, gilt für morgen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>{title} — {summary}</source>
        <translation>{title} – {summary}</translation>
    </message>
    <message>
        <source>Prompt shown as a window</source>
        <translation>Erinnerung als Fenster</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Die Pausen-Erinnerung kann hier keine Benachrichtigung sein ({why}); sie erscheint stattdessen als kleines Fenster.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>ein Widerstandsband</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>eine Klimmzugstange</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>eine Faszienrolle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>abgebrochen: es tat weh</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n Satz à {reps} langsame Atemzüge pro Seite</numerusform>
            <numerusform>%n Sätze à {reps} langsame Atemzüge pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n Satz à {reps} langsame Atemzüge</numerusform>
            <numerusform>%n Sätze à {reps} langsame Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n Satz à {seconds} s pro Seite</numerusform>
            <numerusform>%n Sätze à {seconds} s pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n Satz à {seconds} s</numerusform>
            <numerusform>%n Sätze à {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n Satz à {reps} Wiederholungen pro Seite</numerusform>
            <numerusform>%n Sätze à {reps} Wiederholungen pro Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n Satz à {reps} Wiederholungen</numerusform>
            <numerusform>%n Sätze à {reps} Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Beendet diese Übung und setzt sie eine Stufe zurück.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Satzpause, dann Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pause überspringen</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Satz {set} von {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Übung {number} von {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Stufe {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Du brauchst: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Langsam atmen…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Halten…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Wiederholung zählen</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, Stufe {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Steigern: {exercise} auf Stufe {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Gesteigert: nächstes Mal Stufe {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Zeit für dein Krafttraining</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Zeit für deine Mobilitätsübungen</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Time to stand up</source>
        <translation>Zeit zum Aufstehen</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>„Überspringen“ ist morgen wieder da: dein Limit ist %n übersprungene Pause pro Tag.</numerusform>
            <numerusform>„Überspringen“ ist morgen wieder da: dein Limit ist %n übersprungene Pausen pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Diese Pause lässt sich nicht mehr verschieben: dein Limit ist %n Mal pro Pause.</numerusform>
            <numerusform>Diese Pause lässt sich nicht mehr verschieben: dein Limit ist %n Mal pro Pause.</numerusform>
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
        <translation>Abbildung: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>{title} jetzt starten, Schritt für Schritt angeleitet. Sobald du in diese Erinnerung geklickt hast, startet die Leertaste.</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>In %n Minute erneut fragen.</numerusform>
            <numerusform>In %n Minuten erneut fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Diese Pause überspringen; die nächste kommt im gewohnten Abstand. Sobald du in diese Erinnerung geklickt hast, überspringt die Escape-Taste.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>ein Vollbildfenster ist aktiv</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>eine App möchte nicht unterbrochen werden (ein Anruf, eine Präsentation oder ein Video)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>ein Spiel läuft im Vollbild</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>der Präsentationsmodus ist an</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>die Ruhezeit ist aktiv</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>das Mikrofon ist in Gebrauch</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>die Kamera ist in Gebrauch</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>der Bildschirm wird geteilt</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>ein Programm aus deiner Ruheliste läuft</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>die eigene Bewegungspause von GNOME ist fällig</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Each exercise in turn</source>
        <translation>Jede Übung abwechselnd</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Kleines Fenster</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>away</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>Anrufe und Besprechungen</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>zwei Rechner</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Trainingsprogramm</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Klimmzugstange</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> Pause</numerusform>
            <numerusform> Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>psoasbreak-Einstellungen</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Gespeichert in {path}; du kannst diese Datei auch selbst bearbeiten.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Standardwerte wiederherstellen: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (kein Limit) oder 1–{high}</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (aus) oder 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Kürzester Abstand zwischen Pausen</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Längster Abstand zwischen Pausen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pause alle</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Eine zufällige Zeit in diesem Bereich, gezählt ab dem Ende der letzten Pause.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Verschieben um so viele Minuten</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Erlaubte übersprungene Pausen pro Tag</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Überspringen pro Tag</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Erlaubtes Verschieben für eine Pause</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Verschieben pro Pause</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuten, nach denen eine unbeantwortete Erinnerung als verpasst gilt</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Unbeantwortete Erinnerung schließt nach</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Wie die Erinnerung erscheint</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatisch: unter Wayland eine Desktop-Benachrichtigung, sonst ein kleines Fenster.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Erinnerung zeigen als</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Nur während der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Arbeitstag: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Außerhalb davon gibt es keine Erinnerungen, und „Bis morgen“ pausiert bis zum Beginn der nächsten Arbeitszeit.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Trainingsprogramm</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Tägliche Mobilisation um</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Uhrzeit der Mobilisation</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Krafttraining um</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Uhrzeit des Krafttrainings</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Krafttrainingstag: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Deine Ausrüstung:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Wähle, wann du trainieren möchtest und womit du trainieren kannst: Übungen, die Ausrüstung brauchen, die du nicht hast, werden weggelassen. &apos;psoasbreak session-now&apos; startet jederzeit eine Einheit.</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box; starts with a space.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box; starts with a space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Vorgeschlagene Übung</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Pausenlänge in Sekunden</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Einatmen, Sekunden</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Ausatmen, Sekunden</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Vorschau des Atemtakts</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pausenlänge</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Tagesziel in Pausen</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Abwesenheit erkennen</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuten ohne Eingabe, die als abwesend gelten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Abwesend nach</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>So lange keine Eingabe mit Tastatur oder Maus zählt als gemachte Pause.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Anrufe und Besprechungen</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programme, während deren Laufzeit Pausen warten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Ruhe-Programme</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Eine fällige Pause wartet, solange Mikrofon oder Kamera in Gebrauch sind, der Bildschirm geteilt wird oder eines dieser Programme läuft. Namen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Zwei Rechner</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Teilt deine Pausen, deinen Verlauf und deine Serie mit deinen anderen Rechnern. Wähle auf jedem den Ordner, den dein Sync-Programm (Syncthing, Nextcloud, Dropbox) gleich hält. Lass das Feld leer, um sie nur auf diesem Rechner zu behalten.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (leer = aus)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Sync-Ordner, den du mit deinen anderen Rechnern teilst</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner auswählen</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Einen Ton spielen, wenn eine Pause fällig ist</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>psoasbreak beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>Start beim Anmelden</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Der kürzeste Abstand ({low} Min.) ist länger als der längste ({high} Min.). Die erste Zahl darf nicht größer sein als die zweite.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden ({end} liegt nicht nach {start}); sie kann nicht über Mitternacht gehen.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wähle mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Wähle mindestens einen Tag für das Krafttraining.</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Vorschau: einatmen</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Vorschau: ausatmen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Bis zu einer Uhrzeit…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Außerhalb der Arbeitszeit; nächste Pause {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pause wartet: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Nächste Pause um {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Wochenverlauf …</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} von %n Pause heute</numerusform>
            <numerusform>{taken} von %n Pausen heute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>keine Pausen erfasst</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>Ziel {goal} nicht erreicht</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: {taken} gemacht ({completed} abgeschlossen, {natural} natürlich), {skipped} übersprungen, {snoozed} verschoben, {missed} verpasst — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pausen pro Tag, Woche {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n Krafttraining</numerusform>
            <numerusform>%n Krafttrainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n Mobilisationsrunde</numerusform>
            <numerusform>%n Mobilisationsrunden</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Genommen auf: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>heute</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>Ziel {goal}</translation>
    </message>
</context>
</TS>
