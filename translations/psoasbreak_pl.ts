<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Lewa strona · lewa stopa z tyłu</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Prawa strona · prawa stopa z tyłu</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Zmiana strony · prawa stopa do tyłu</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Przerwa — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Przerwa: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Wdech przez {inhale} s, gdy koło rośnie, wydech przez {exhale} s, gdy maleje</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ilustracja: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Postęp przerwy</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Jaka część {seconds}-sekundowej przerwy już minęła</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Co teraz zrobić</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Zakończ przerwę wcześniej</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Od razu przerywa ćwiczenie; zostanie ono zapisane jako pominięte. Klawisz Escape działa tak samo.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Wdech · oddech {number} z {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Wydech · oddech {number} z {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Lewa strona · zmiana za {seconds}</translation>
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
        <translation>P</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Ilustracja: {exercise}, lewa strona</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Ilustracja: {exercise}, prawa strona</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Podczas siedzenia biodra są zgięte przez wiele godzin, przez co zginacze bioder stają się krótkie i sztywne.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Wstawanie i ruch co 30 do 45 minut przerywają to długie zgięcie w biodrach.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Mięsień lędźwiowy (psoas) biegnie od dolnego odcinka kręgosłupa do kości udowej, więc gdy jest napięty, może ciągnąć za plecy.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Napięty mięsień lędźwiowy może przechylać miednicę do przodu i utrudniać wyprostowaną postawę.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Stres utrzymuje głębokie mięśnie tułowia w napięciu; powolne oddychanie brzuchem pomaga im się rozluźnić.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Przeniesienie nogi do tyłu to przeciwieństwo siedzenia i łagodzi skrócenie, które narasta w ciągu dnia.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Łagodne ćwiczenia mobilności i oddechowe można wykonywać codziennie; najwięcej dają, gdy dużo siedzisz.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Rozciąganie to tylko połowa sukcesu: silne mięśnie pośladkowe i kulszowo-goleniowe utrzymują biodra w równowadze.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Sztywność lub ból z przodu biodra po siedzeniu to znak, że zginacze bioder potrzebują przerwy.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Rozciąganie zginaczy bioder</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Minuta wykroku z podparciem, na obie strony</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Przytrzymaj się krzesła lub biurka i cofnij jedną stopę do krótkiego wykroku.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Ustaw klatkę piersiową nad biodrami; nie wyginaj dolnego odcinka pleców w łuk.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Lekko podwiń kość ogonową i delikatnie przesuń tylne biodro do przodu.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Oddychaj powoli, kierując oddech w przód biodra: łagodne ciągnięcie, nigdy ból.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Ostry lub promieniujący ból oznacza, że trzeba przerwać: zamiast tego poruszaj się łagodnie, a jeśli ból nie mija, skonsultuj się z lekarzem.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Oddychanie brzuchem</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Minuta powolnego, głębokiego oddychania w wyprostowanej pozycji stojącej</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Stań prosto i połóż jedną dłoń na brzuchu.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Wdychaj powietrze nosem i pozwól, by brzuch wypchnął dłoń do przodu.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Powoli wydychaj powietrze, trochę dłużej niż trwał wdech.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Utrzymuj klatkę piersiową i barki nieruchome i rozluźnione.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Zawroty głowy? Oddychaj normalnie. Ostry lub promieniujący ból: przerwij, zamiast tego poruszaj się łagodnie, skonsultuj się z lekarzem.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marsz w miejscu</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Maszeruj w miejscu, unosząc na zmianę kolana</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Stań prosto; jeśli potrzebujesz podparcia, oprzyj dłoń o biurko.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Unieś jedno kolano mniej więcej na wysokość biodra, a potem opuść je w kontrolowany sposób.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Utrzymuj klatkę piersiową nad biodrami; nie odchylaj się do tyłu, gdy kolano się unosi.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Zmieniaj nogi w spokojnym, równym tempie i cały czas oddychaj.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Wyprostowana postawa i napięcie pośladków</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Stań prosto i napnij pośladki, by otworzyć przód bioder</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Stopy na szerokość bioder, klatka piersiowa nad biodrami.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Napinaj pośladki, aż biodra będą całkowicie wyprostowane, nie wyginając pleców w łuk.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Wytrzymaj przez dwa powolne oddechy, potem rozluźnij się i powtórz.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Jeśli chcesz więcej, wyciągnij jedną wyprostowaną nogę do tyłu, a potem zmień nogę.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Ostry lub promieniujący ból oznacza, że trzeba przerwać. To ćwiczenie wraca o jeden poziom niżej; na razie zamiast niego wykonuj ćwiczenia mobilności, a jeśli ból nie mija, skonsultuj się z lekarzem.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobilność na dziś</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Kilka minut na otwarcie przodu bioder: wykrok, kolano do klatki piersiowej i wałek, jeśli go masz</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Trening siłowy</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Mostki, martwy ciąg na jednej nodze, noszenie ciężaru i unoszenie kolan, z odpoczynkiem między seriami</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Rozciąganie w wykroku z podparciem</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Krótki wykrok z dłonią na krześle, z utrzymaniem pozycji na każdą stronę</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Klatka piersiowa nad biodrami, kość ogonowa lekko podwinięta; kieruj oddech w przód tylnego biodra.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Krótkie utrzymanie</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Dwa razy po 30 sekund na każdą stronę.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Dłuższe utrzymanie</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Trzy razy po 45 sekund na każdą stronę.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Pełne utrzymanie</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Trzy razy po pełnej minucie na każdą stronę.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Kolano do klatki z oddychaniem brzuchem</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Leżąc na plecach, przyciągnij jedno kolano do klatki i oddychaj powoli brzuchem</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Druga noga leży swobodnie wyprostowana; każdy wdech unosi brzuch, każdy wydech rozluźnia biodro.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Osiem oddechów</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Osiem powolnych oddechów z każdym kolanem przyciągniętym do klatki.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Dziesięć oddechów</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Dziesięć powolnych oddechów z każdym kolanem przyciągniętym do klatki.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Rolowanie zginaczy bioder na wałku</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Leżąc na brzuchu, z wałkiem pod przednią częścią biodra, powoli i delikatnie</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Roluj tuż poniżej kości biodrowej, nigdy po kręgosłupie; powolny nacisk, oddychaj dalej.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Jedna minuta</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Minuta powolnego rolowania na każdą stronę.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Dwie minuty</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Dwie minuty powolnego rolowania na każdą stronę.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Mostek z unoszeniem kolana</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>W pozycji mostka biodrowego przyciągnij jedno kolano do klatki piersiowej, potem drugie</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Utrzymuj biodra równo i wysoko; napnij pośladki, nie wyginaj dolnego odcinka pleców w łuk.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Masa ciała</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Trzy serie po 10 uniesień kolana na każdą stronę.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Guma wokół kolan</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Lekka guma wokół kolan: delikatnie rozpychaj ją kolanami na zewnątrz.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Wolne tempo</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Opuszczaj każde kolano przez trzy powolne sekundy; 12 na każdą stronę.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Martwy ciąg na jednej nodze</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Stojąc na jednej nodze, pochyl się z bioder do przodu, a drugą nogę wyciągnij do tyłu</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Kręgosłup wydłużony od głowy po piętę tylnej nogi; biodra ustawione równolegle do podłogi.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Dłoń na biurku</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Jedna dłoń na biurku lub krześle dla równowagi; 8 na każdą stronę.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Bez podparcia</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Bez podparcia, wolniejszy skłon; 10 na każdą stronę.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Z hantlem</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Hantel w ręce po przeciwnej stronie niż noga podporowa; 8 na każdą stronę.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Noszenie ciężaru w wyprostowanej postawie</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Chodź w wyprostowanej postawie z ciężarem w każdej ręce</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Stań prosto, barki w dół i do tyłu, żebra nad biodrami; krótkie, równe kroki.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Domowe ciężary</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Dwie pełne torby z zakupami lub butelki z wodą; dwie rundy po 30 sekund.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Hantle</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Hantel w każdej ręce; trzy rundy po 45 sekund.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Dłuższe rundy</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Trzy rundy po pełnej minucie.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Unoszenie kolan</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Unoś kolana w stronę klatki piersiowej w kontrolowany sposób</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Unoś z głębi biodra, bez zamachu; opuszczaj powoli i utrzymuj wydłużony dolny odcinek pleców.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Unoszenie kolan w siadzie</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Usiądź prosto na przedniej krawędzi krzesła i lekko unieś oba kolana; 8 razy.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>W siadzie, powoli</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>To samo unoszenie, trzy sekundy w górę i trzy w dół; 12 razy.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Unoszenie kolan w zwisie</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Zawiśnij na drążku i unieś oba kolana na wysokość bioder; od 8 do 12 razy.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Historia tygodnia</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturalne</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>przegapione</translation>
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
        <translation>Tydzień {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Ten tydzień: odbyte {taken} (ukończone {completed}, naturalne {natural}), pominięte {skipped}, odłożone {snoozed}, przegapione {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Odsetek ukończonych &lt;b&gt;{rate}&lt;/b&gt; · cel osiągnięty w {days} z 7 dni</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Poprzedni</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Następny ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Poprzedni tydzień (strzałka w lewo)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Następny tydzień</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Następny tydzień (strzałka w prawo)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Treningi siłowe: {done} z {target}; tygodnie z rzędu z celem: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Treningi: ◆ siłowe: {strength}, ◇ mobilności: {mobility}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Nie zapisano jeszcze żadnych przerw&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Twoja pierwsza przerwa pojawi się tutaj: odpowiedz na przypomnienie przyciskiem &lt;i&gt;Rozpocznij&lt;/i&gt; albo wybierz &lt;i&gt;Zrób przerwę teraz&lt;/i&gt; w menu ikony w zasobniku.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Nowy tydzień&lt;/b&gt;&lt;/p&gt;&lt;p&gt;W tym tygodniu nic jeszcze nie zapisano. Twoja następna przerwa zapoczątkuje słupki.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Spokojny tydzień&lt;/b&gt;&lt;/p&gt;&lt;p&gt;W tym tygodniu nie zapisano żadnych przerw. Dni odpoczynku nigdy nie przerywają serii.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>bieżąca seria</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>najlepsza seria</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME też przypomina o ruchu</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Otwórz okno psoasbreak, aby wyłączyć przerwy na ruch w GNOME albo zostawić oba przypomnienia.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Nie udało się stąd wyłączyć przerw na ruch w GNOME; wyłącz je w GNOME: Ustawienia → Dobrostan.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME też przypomina o ruchu (Ustawienia → Dobrostan → Przerwy na ruch). Dwa przypomnienia to o jedno za dużo: wyłącz to z GNOME albo zostaw oba (psoasbreak nie odezwie się wtedy nigdy w ciągu minuty od GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Wyłącz przerwy na ruch w GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zostaw oba</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Historia przerw</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem z ustawieniami</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>Liczba problemów w {path}: {count}; dla tych ustawień używane są wartości domyślne. Szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemy z ustawieniami</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamianie po zalogowaniu</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: 0 (bez limitu) lub {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: 0 (bez limitu) lub {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: 0 (bez limitu) lub {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: 0 (bez limitu) lub {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: 0 (wyłączone) lub {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: 0 (wyłączone) lub {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} nie jest liczbą całkowitą (dozwolone: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: 0 (wyłączone) lub {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: 0 (wyłączone) lub {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: {range}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} jest poza zakresem (dozwolone: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} nie jest jedną z możliwych wartości (dozwolone: {choices}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} nie jest jedną z możliwych wartości (dozwolone: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} nie jest wartością true ani false (dozwolone: true, false); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} nie jest wartością true ani false (dozwolone: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} nie jest listą nazw programów (dozwolona jest lista taka jak [&quot;zoom&quot;, &quot;obs&quot;], każda nazwa programu bez jego folderu); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} nie jest listą nazw programów (dozwolona jest lista taka jak [&quot;zoom&quot;, &quot;obs&quot;], każda nazwa programu bez jego folderu).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} nie jest ścieżką folderu (dozwolone jest &quot;&quot; oznaczające wyłączenie lub ścieżka taka jak &quot;~/Sync&quot;); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} nie jest ścieżką folderu (dozwolone jest &quot;&quot; oznaczające wyłączenie lub ścieżka taka jak &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} nie jest godziną (dozwolone: &quot;HH:MM&quot; od &quot;00:00&quot; do &quot;23:59&quot;); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} nie jest godziną (dozwolone: &quot;HH:MM&quot; od &quot;00:00&quot; do &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} nie jest listą nazw dni (dozwolone: jeden lub więcej spośród {days}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} nie jest listą nazw dni (dozwolone: jeden lub więcej spośród {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} zawiera nieznaną nazwę dnia {names} (dozwolone: jeden lub więcej spośród {days}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} zawiera nieznaną nazwę dnia {names} (dozwolone: jeden lub więcej spośród {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} zawiera nieznane nazwy dni {names} (dozwolone: jeden lub więcej spośród {days}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} zawiera nieznane nazwy dni {names} (dozwolone: jeden lub więcej spośród {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} nie jest listą nazw sprzętu (dozwolone: dowolne spośród {choices}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} nie jest listą nazw sprzętu (dozwolone: dowolne spośród {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} zawiera nieznaną nazwę sprzętu {names} (dozwolone: dowolne spośród {choices}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} zawiera nieznaną nazwę sprzętu {names} (dozwolone: dowolne spośród {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} zawiera nieznane nazwy sprzętu {names} (dozwolone: dowolne spośród {choices}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} zawiera nieznane nazwy sprzętu {names} (dozwolone: dowolne spośród {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} nie jest tabelą (dozwolona jest tabela [{key}] z kluczami {keys}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} nie jest tabelą (dozwolona jest tabela [{key}] z kluczami {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} jest większe niż interval_max_minutes = {high} (wartość domyślna); najkrótszy odstęp nie może być dłuższy niż najdłuższy, więc używane są wartości domyślne interval_min_minutes = {default_low} i interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} jest większe niż interval_max_minutes = {high} (wartość domyślna); najkrótszy odstęp nie może być dłuższy niż najdłuższy.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (wartość domyślna) jest większe niż interval_max_minutes = {high}; najkrótszy odstęp nie może być dłuższy niż najdłuższy, więc używane są wartości domyślne interval_min_minutes = {default_low} i interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (wartość domyślna) jest większe niż interval_max_minutes = {high}; najkrótszy odstęp nie może być dłuższy niż najdłuższy.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} jest większe niż interval_max_minutes = {high}; najkrótszy odstęp nie może być dłuższy niż najdłuższy, więc używane są wartości domyślne interval_min_minutes = {default_low} i interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} jest większe niż interval_max_minutes = {high}; najkrótszy odstęp nie może być dłuższy niż najdłuższy.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} nie jest późniejsze niż working_hours.start = {start} (dozwolony jest koniec później tego samego dnia: godziny pracy nie mogą przechodzić przez północ); używane są wartości domyślne start {default_start} i end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} nie jest późniejsze niż working_hours.start = {start} (dozwolony jest koniec później tego samego dnia: godziny pracy nie mogą przechodzić przez północ).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] jest pustą listą, więc godziny pracy nigdy by się nie zaczęły (dozwolone: jeden lub więcej spośród {days}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] jest pustą listą, więc godziny pracy nigdy by się nie zaczęły (dozwolone: jeden lub więcej spośród {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] jest pustą listą, a programme.strength = true, więc żaden trening siłowy nigdy by się nie odbył (dozwolone: jeden lub więcej spośród {days}); używana jest wartość domyślna {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] jest pustą listą, a programme.strength = true, więc żaden trening siłowy nigdy by się nie odbył (dozwolone: jeden lub więcej spośród {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>nieznany klucz {key} pozostaje w pliku, ale jest ignorowany.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Uruchamianie po zalogowaniu nie jest obsługiwane w tym systemie ({platform}); dodaj ręcznie „{command}” do programów uruchamianych po zalogowaniu.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Nie można usunąć {path} ({reason}); usuń ten plik ręcznie, aby psoasbreak przestał się uruchamiać po zalogowaniu.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Nie można zapisać {path} ({reason}); sprawdź, czy masz uprawnienia do zapisu w tym folderze.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Nie można dodać {app} do {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Nie można usunąć {app} z {key} ({reason}); usuń go z aplikacji uruchamianych przy starcie w Menedżerze zadań.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Nie można zapisać {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Nie można usunąć {path} ({reason}); usuń ten plik ręcznie.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Nie zastosowano pliku ustawień</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Twoja zmiana w {file} nie została zastosowana: {reasons} Obowiązujące ustawienia pozostają bez zmian, dopóki plik nie zostanie poprawiony.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} nie jest prawidłowym plikiem TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} jest folderem, a nie plikiem, więc nie można było odczytać ustawień; używane są wartości domyślne. Przenieś ten folder w inne miejsce, aby psoasbreak mógł przechowywać tam swoje ustawienia.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} jest folderem, a nie plikiem, więc nie można było odczytać ustawień.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>Nie można odczytać {path} ({error}); używane są wartości domyślne. Sprawdź uprawnienia pliku (musisz mieć prawo do jego odczytu) oraz czy istnieje jego folder.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Nie można odczytać {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} nie jest prawidłowym plikiem TOML: {reason}. Nie udało się go przenieść w inne miejsce ({error}), więc pozostaje bez zmian; do czasu jego poprawienia używane są wartości domyślne.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} nie jest prawidłowym plikiem TOML: {reason}. Nie udało się go przenieść w inne miejsce ({error}), więc pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} nie jest prawidłowym plikiem TOML: {reason}. Przeniesiono go do {aside}, aby nic z niego nie zginęło; używane są wartości domyślne. Popraw ten plik i przenieś go z powrotem albo zmień dowolne ustawienie, aby utworzyć nowy plik.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} nie jest prawidłowym plikiem TOML: {reason}. Przeniesiono go do {aside}, aby nic z niego nie zginęło.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Historia przerw {path} jest uszkodzona (nie jest bazą danych SQLite) i nie udało się przenieść jej w inne miejsce ({error}). Nowe przerwy są przechowywane w pamięci, dopóki nie będzie to możliwe; przenieś plik samodzielnie lub zwolnij folder, a psoasbreak to wykryje.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Historia przerw {path} jest uszkodzona ({reason}) i nie udało się przenieść jej w inne miejsce ({error}). Nowe przerwy są przechowywane w pamięci, dopóki nie będzie to możliwe; przenieś plik samodzielnie lub zwolnij folder, a psoasbreak to wykryje.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Historia przerw {path} była uszkodzona (nie jest bazą danych SQLite), więc przeniesiono ją do {aside} (nic nie usunięto) i rozpoczęto nową, pustą historię.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Historia przerw {path} była uszkodzona ({reason}), więc przeniesiono ją do {aside} (nic nie usunięto) i rozpoczęto nową, pustą historię.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Aby przejrzeć starą historię, otwórz ją dowolnym narzędziem do SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Nie można teraz zapisać historii przerw: {error} psoasbreak działa dalej, przechowuje nowe wyniki w pamięci i zapisze je, gdy tylko będzie to możliwe.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Nie można odczytać historii przerw ({reason}). Do tego czasu liczniki i serie mogą wyglądać na zaniżone; nic z tego, co zapisano, nie zginęło.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Nie można zapisać przerw: inny program zablokował plik historii ({reason}). psoasbreak działa dalej, przechowuje w pamięci 1 wynik przerwy i zapisze go, gdy tylko ten program zwolni plik.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Nie można zapisać przerw: inny program zablokował plik historii ({reason}). psoasbreak działa dalej, przechowuje w pamięci wyniki przerw (łącznie {count}) i zapisze je, gdy tylko ten program zwolni plik.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Nie można zapisać przerw ({reason}). psoasbreak działa dalej, przechowuje w pamięci 1 wynik przerwy i zapisze go, gdy tylko będzie to możliwe: zwolnij trochę miejsca na dysku lub przywróć możliwość zapisu w folderze.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Nie można zapisać przerw ({reason}). psoasbreak działa dalej, przechowuje w pamięci wyniki przerw (łącznie {count}) i zapisze je, gdy tylko będzie to możliwe: zwolnij trochę miejsca na dysku lub przywróć możliwość zapisu w folderze.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Nie zapisano historii przerw</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Historia przerw znów jest zapisywana</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>Historię przerw {path} można znów zapisywać; nic nie zginęło.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Nie zapisano przerw</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>Nie można zapisać 1 wyniku przerwy w {path}. Jest on wymieniony w dzienniku.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Nie można zapisać wyników przerw (łącznie {count}) w {path}. Są one wymienione w dzienniku.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Nie można zapisać 1 wyniku przerwy w {path}. Zapisano go w {target}; dodaj go później z powrotem poleceniem &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Nie można zapisać wyników przerw (łącznie {count}) w {path}. Zapisano je w {target}; dodaj je później z powrotem poleceniem &apos;psoasbreak import {target}&apos;.</translation>
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
        <translation>brak magistrali sesji D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>serwer powiadomień nie wyświetla przycisków</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>magistrala sesji D-Bus przestała być dostępna</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>serwer powiadomień nie odpowiada</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>nie działa żaden serwer powiadomień</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>serwer powiadomień odrzucił przypomnienie</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>serwer powiadomień udzielił nieoczekiwanej odpowiedzi</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>wdech</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>wydech</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Wskaźnik rytmu oddechu</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Wdech, gdy rośnie, wydech, gdy maleje</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Wstrzymaj do…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Bez przypomnień o przerwie do godziny:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Wstrzymaj do</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Godzina, która dziś już minęła, oznacza jutro.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
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
        <translation>Przypomnienie w oknie</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Przypomnienie o przerwie nie może tu być powiadomieniem ({why}), więc pojawia się w małym oknie.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>guma oporowa</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>hantle</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>drążek do podciągania</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>wałek do rolowania</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>zakończone wcześniej</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>przerwane: bolało</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n seria po {reps} powolnych oddechów na stronę</numerusform>
            <numerusform>%n serie po {reps} powolnych oddechów na stronę</numerusform>
            <numerusform>%n serii po {reps} powolnych oddechów na stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n seria po {reps} powolnych oddechów</numerusform>
            <numerusform>%n serie po {reps} powolnych oddechów</numerusform>
            <numerusform>%n serii po {reps} powolnych oddechów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n seria po {seconds} s na stronę</numerusform>
            <numerusform>%n serie po {seconds} s na stronę</numerusform>
            <numerusform>%n serii po {seconds} s na stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n seria po {seconds} s</numerusform>
            <numerusform>%n serie po {seconds} s</numerusform>
            <numerusform>%n serii po {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n seria po {reps} powtórzeń na stronę</numerusform>
            <numerusform>%n serie po {reps} powtórzeń na stronę</numerusform>
            <numerusform>%n serii po {reps} powtórzeń na stronę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n seria po {reps} powtórzeń</numerusform>
            <numerusform>%n serie po {reps} powtórzeń</numerusform>
            <numerusform>%n serii po {reps} powtórzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Licznik</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>To bolało</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Przerywa to ćwiczenie i cofa je o jeden poziom.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Zakończ ćwiczenie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Odpoczynek, potem seria {set} z {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pomiń odpoczynek</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Seria {set} z {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Seria {set} z {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Ćwiczenie {number} z {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Poziom {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Potrzebny sprzęt: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n oddech</numerusform>
            <numerusform>%n oddechy</numerusform>
            <numerusform>%n oddechów</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Oddychaj powoli…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Wytrzymaj…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Zalicz powtórzenie</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Trening zakończony</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, poziom {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n seria</numerusform>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serii</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Przejdź wyżej: {exercise} na poziom {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Podniesiono: następnym razem poziom {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Czas na trening siłowy</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Czas na ćwiczenia mobilności</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Czas wstać</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>„Pomiń” wróci jutro: limit to %n pominięta przerwa dziennie.</numerusform>
            <numerusform>„Pomiń” wróci jutro: limit to %n pominięte przerwy dziennie.</numerusform>
            <numerusform>„Pomiń” wróci jutro: limit to %n pominiętych przerw dziennie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Tej przerwy nie można już odłożyć: limit to %n odłożenie na przerwę.</numerusform>
            <numerusform>Tej przerwy nie można już odłożyć: limit to %n odłożenia na przerwę.</numerusform>
            <numerusform>Tej przerwy nie można już odłożyć: limit to %n odłożeń na przerwę.</numerusform>
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
        <translation>Ilustracja: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Rozpocznij teraz ćwiczenie „{title}” z prowadzeniem krok po kroku. Po kliknięciu w to przypomnienie rozpoczyna je też spacja.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Zapytaj ponownie za %n minutę.</numerusform>
            <numerusform>Zapytaj ponownie za %n minuty.</numerusform>
            <numerusform>Zapytaj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Pomiń tę przerwę; następna pojawi się w zwykłym odstępie. Po kliknięciu w to przypomnienie pomija ją też klawisz Escape.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>aktywne jest okno pełnoekranowe</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>włączony jest tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>aplikacja poprosiła, by jej nie przerywać (rozmowa, prezentacja lub film)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>ekran jest zablokowany</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>działa gra pełnoekranowa</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>włączony jest tryb prezentacji</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>włączone są godziny ciszy</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>mikrofon jest w użyciu</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>kamera jest w użyciu</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>ekran jest udostępniany</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>działa program z twojej listy programów wyciszających</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>wypada przerwa na ruch w GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Najkrótszy odstęp ({low} min) jest dłuższy niż najdłuższy ({high} min). Pierwsza liczba nie może być większa od drugiej.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Godziny pracy muszą się kończyć po ich rozpoczęciu ({end} nie jest później niż {start}); nie mogą przechodzić przez północ.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wybierz co najmniej jeden dzień pracy.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Wybierz co najmniej jeden dzień na trening siłowy.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Każde ćwiczenie po kolei</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Losowo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Małe okno</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Powiadomienie na pulpicie</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>harmonogram</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ćwiczenie</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>away</source>
        <translation>nieobecność</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>rozmowy i spotkania</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>dwa komputery</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>dźwięk</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>uruchamianie po zalogowaniu</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Guma oporowa</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Hantle</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Drążek do podciągania</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Wałek do rolowania</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> przerwa</numerusform>
            <numerusform> przerwy</numerusform>
            <numerusform> przerw</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Ustawienia psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Zapisano w {path}; możesz też edytować ten plik.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Przywróć wartości domyślne: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (bez limitu) lub 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (wyłączone) lub 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Najkrótszy odstęp między przerwami</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Najdłuższy odstęp między przerwami</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Przerwa co</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Losowy czas z tego zakresu, liczony od końca ostatniej przerwy.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Czas odłożenia w minutach</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Odłóż o</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Dozwolone pominięte przerwy dziennie</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Pominięcia dziennie</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Dozwolone odłożenia jednej przerwy</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Odłożenia na przerwę</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuty, po których przypomnienie bez odpowiedzi liczy się jako przegapione</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Przypomnienie bez odpowiedzi znika po</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Sposób wyświetlania przypomnienia</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatycznie: w Wayland powiadomienie na pulpicie, gdzie indziej małe okno.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Pokazuj przypomnienie jako</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Tylko w godzinach pracy</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Początek godzin pracy</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Koniec godzin pracy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Dzień pracy: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Poza nimi nie ma przypomnień, a „Do jutra” trwa do początku następnego okresu.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Codzienne ćwiczenia mobilności o</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Godzina ćwiczeń mobilności</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Treningi siłowe o</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Godzina treningu siłowego</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Dzień treningu siłowego: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Twój sprzęt:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Wybierz, kiedy chcesz ćwiczyć i z jakiego sprzętu możesz korzystać: ćwiczenia wymagające sprzętu, którego nie masz, są pomijane. &apos;psoasbreak session-now&apos; rozpoczyna trening w dowolnej chwili.</translation>
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
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Proponowane ćwiczenie</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Długość przerwy w sekundach</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Wdech, sekundy</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Wydech, sekundy</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Podgląd rytmu oddechu</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponuj</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Długość przerwy</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Cel dzienny w przerwach</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>dziennie</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Dąż do</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Wykrywanie nieobecności</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuty bez aktywności, po których liczy się nieobecność</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Nieobecność po</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Brak aktywności klawiatury i myszy przez ten czas liczy się jako odbyta przerwa.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Rozmowy i spotkania</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programy, które wstrzymują przerwy, gdy działają, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Programy wyciszające</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Należna przerwa czeka, gdy mikrofon lub kamera są w użyciu, ekran jest udostępniany lub działa któryś z tych programów. Oddziel nazwy przecinkami.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Dwa komputery</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Udostępnia twoje przerwy, historię i serię na pozostałych twoich komputerach. Na każdym z nich wybierz folder, który twoje narzędzie do synchronizacji (Syncthing, Nextcloud, Dropbox) utrzymuje taki sam. Zostaw pole puste, aby trzymać je tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (puste = wyłączone)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Folder synchronizacji wspólny z pozostałymi twoimi komputerami</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Wybierz folder synchronizacji</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Folder synchronizacji</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Odtwarzaj dźwięk, gdy nadchodzi czas przerwy</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamianie po zalogowaniu</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Uruchamiaj psoasbreak po zalogowaniu</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Podgląd: wdech</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Podgląd: wydech</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Historia tygodnia…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} z %n przerwy dziś</numerusform>
            <numerusform>{taken} z %n przerw dziś</numerusform>
            <numerusform>{taken} z %n przerw dziś</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 godziny</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Do wybranej godziny…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Wstrzymano do {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Czas na przerwę</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Trwa przerwa</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Poza godzinami pracy; następna przerwa: {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Przerwa czeka: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Następna przerwa: {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożone</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>przegapione</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>brak zapisanych przerw</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>cel osiągnięty</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>cel {goal} nieosiągnięty</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: odbyte {taken} (ukończone {completed}, naturalne {natural}), pominięte {skipped}, odłożone {snoozed}, przegapione {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Przerwy dziennie</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Przerwy dziennie, tydzień {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n trening siłowy</numerusform>
            <numerusform>%n treningi siłowe</numerusform>
            <numerusform>%n treningów siłowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n trening mobilności</numerusform>
            <numerusform>%n treningi mobilności</numerusform>
            <numerusform>%n treningów mobilności</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Zrobione na: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>dziś</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>cel {goal}</translation>
    </message>
</context>
</TS>
