<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Levá strana · levá noha vzadu</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Pravá strana · pravá noha vzadu</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Výměna stran · pravá noha dozadu</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Přestávka — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Přestávka: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Nadechujte se {inhale} s, zatímco kruh roste, vydechujte {exhale} s, zatímco se zmenšuje</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ilustrace: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zbývající čas</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Průběh přestávky</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Jaká část {seconds}sekundové přestávky už uběhla</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Co teď dělat</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Ukončit přestávku předčasně</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Cvičení se ihned ukončí a zaznamená se jako přeskočené. Totéž udělá klávesa Escape.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Nádech · dech {number} z {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Výdech · dech {number} z {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Levá strana · výměna za {seconds}</translation>
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
        <translation>Ilustrace: {exercise}, levá strana</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Ilustrace: {exercise}, pravá strana</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Při sezení máte kyčle celé hodiny pokrčené, takže flexory kyčle zůstávají zkrácené a ztuhlé.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Vstávání a pohyb každých 30 až 45 minut přerušují toto dlouhé pokrčení v kyčlích.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Velký bederní sval (psoas) vede od dolní části páteře ke stehenní kosti, takže když je ztuhlý, může táhnout za záda.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Ztuhlý psoas může naklápět pánev dopředu a ztěžovat vzpřímený stoj.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Stres udržuje hluboké svaly trupu v napětí; pomalé dýchání do břicha jim pomáhá povolit.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Přesunutí nohy dozadu za sebe je opakem sezení a uvolňuje zkrácení nahromaděné během dne.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Jemná mobilizační a dechová cvičení můžete dělat každý den; nejvíce pomáhají, pokud hodně sedíte.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Protahování je jen polovina: silné hýžďové svaly a zadní stehenní svaly udržují kyčle v rovnováze.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Ztuhlá nebo bolavá přední strana kyčle po sezení je znamením, že vaše flexory kyčle potřebují přestávku.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Protažení flexorů kyčle</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Minutový výpad s oporou, na obě strany</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Držte se židle nebo stolu a jednou nohou ukročte dozadu do krátkého výpadu.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Hrudník mějte nad kyčlemi; neprohýbejte se v bedrech.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Mírně podsaďte kostrč a zadní kyčel jemně posuňte dopředu.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Dýchejte pomalu do přední strany kyčle: jemný tah, nikdy bolest.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Ostrá nebo vystřelující bolest znamená přestat: místo toho se jemně hýbejte, a pokud potíže přetrvávají, obraťte se na lékaře.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Dýchání do břicha</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Minuta pomalého, hlubokého dýchání ve vzpřímeném stoji</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Stoupněte si zpříma a položte si jednu ruku na břicho.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Nadechněte se nosem a nechte břicho vytlačit ruku ven.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Pomalu vydechněte, o něco déle, než trval nádech.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Hrudník a ramena mějte v klidu a uvolněné.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Točí se vám hlava? Dýchejte normálně. Ostrá nebo vystřelující bolest: přestaňte, místo toho se jemně hýbejte, obraťte se na lékaře.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Pochod na místě</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Pochodujte na místě a střídavě zvedejte kolena</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Stůjte zpříma, a pokud chcete oporu, s rukou na stole.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Zvedněte jedno koleno zhruba do výšky kyčle a pak ho kontrolovaně spusťte.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Hrudník mějte nad kyčlemi; při zvedání kolena se nezaklánějte.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Střídejte nohy v pohodlném, pravidelném tempu a nepřestávejte dýchat.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Vzpřímený stoj a zatnutí hýždí</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Stoupněte si zpříma a zatněte hýždě, abyste otevřeli přední stranu kyčlí</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Chodidla na šířku kyčlí, hrudník nad kyčlemi.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Zatínejte hýždě, dokud nebudou kyčle úplně propnuté, aniž byste se prohnuli v zádech.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Vydržte po dobu dvou pomalých dechů, pak povolte a opakujte.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Chcete-li víc, natáhněte jednu propnutou nohu dozadu za sebe a pak nohy vyměňte.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Ostrá nebo vystřelující bolest znamená přestat. Toto cvičení se vrací o jednu úroveň níž; zatím místo něj dělejte mobilizační cvičení, a pokud bolest přetrvává, obraťte se na lékaře.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Denní mobilita</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Pár minut na otevření přední strany kyčlí: výpad, koleno k hrudi a válec, pokud ho máte</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Silový trénink</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Mosty, mrtvý tah na jedné noze, nošení zátěže a zvedání kolen, s odpočinkem mezi sériemi</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Protažení ve výpadu s oporou</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Krátký výpad s rukou na židli, s výdrží na každou stranu</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Hrudník nad kyčlemi, kostrč mírně podsazená; dýchejte do přední strany zadní kyčle.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Krátké výdrže</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Dvě výdrže po 30 sekundách na každou stranu.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Delší výdrže</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Tři výdrže po 45 sekundách na každou stranu.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Plné výdrže</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Tři výdrže po celé minutě na každou stranu.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Koleno k hrudi s dýcháním do břicha</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Vleže na zádech si přitáhněte jedno koleno k hrudi a pomalu dýchejte do břicha</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Druhou nohu nechte volně nataženou; každý nádech zvedne břicho, každý výdech uvolní kyčel.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Osm dechů</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Osm pomalých dechů s každým kolenem přitaženým k hrudi.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Deset dechů</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Deset pomalých dechů s každým kolenem přitaženým k hrudi.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Uvolnění flexorů kyčle na válci</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Vleže na břiše s válcem pod přední stranou kyčle, pomalu a jemně</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Válejte těsně pod kyčelní kostí, nikdy po páteři; pomalý tlak, dýchejte dál.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Jedna minuta</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Minuta pomalého válení na každou stranu.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Dvě minuty</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Dvě minuty pomalého válení na každou stranu.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Most s přitažením kolena</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Z hýžďového mostu přitáhněte jedno koleno k hrudi, pak druhé</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Pánev držte rovně a vysoko; zatněte hýždě, neprohýbejte se v bedrech.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Vlastní váha</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Tři série po 10 přitaženích kolena na každou stranu.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Guma kolem kolen</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Lehká guma kolem kolen: koleny ji jemně tlačte do stran.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Pomalé tempo</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Každé koleno spouštějte tři pomalé sekundy; 12 na každou stranu.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Mrtvý tah na jedné noze</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Na jedné noze se předkloňte v kyčlích, zatímco druhá noha se natahuje dozadu</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Páteř protažená od hlavy po patu zadní nohy; pánev zůstává rovnoběžně s podlahou.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Ruka na stole</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Jedna ruka na stole nebo židli pro rovnováhu; 8 na každou stranu.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Volně ve stoji</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Bez opory, pomalejší předklon; 10 na každou stranu.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>S jednoručkou</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Jednoručka v ruce na opačné straně než stojná noha; 8 na každou stranu.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Nošení zátěže ve vzpřímeném postoji</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Choďte zpříma se zátěží v každé ruce</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Stůjte zpříma, ramena dolů a dozadu, žebra nad kyčlemi; krátké, pravidelné kroky.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Zátěž z domácnosti</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Dvě plné nákupní tašky nebo lahve s vodou; dvě kola po 30 sekundách.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Jednoručky</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Jednoručka v každé ruce; tři kola po 45 sekundách.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Delší kola</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Tři kola po celé minutě.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Zvedání kolen</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Kontrolovaně zvedejte kolena k hrudi</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Zvedejte z hloubi kyčle, ne švihem; spouštějte pomalu a bedra držte protažená.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Zvedání kolen vsedě</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Posaďte se zpříma na přední okraj židle a mírně zvedněte obě kolena; 8krát.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Vsedě, pomalu</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Stejné zvedání, tři sekundy nahoru a tři dolů; 12krát.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Zvedání kolen ve visu</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Zavěste se na hrazdu a zvedněte obě kolena do výšky kyčlí; 8 až 12krát.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Týdenní přehled</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>absolvované</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>dokončené</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>přirozené</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>přeskočené</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odložené</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>zmeškané</translation>
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
        <translation>Týden {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Tento týden: absolvované {taken} (dokončené {completed}, přirozené {natural}), přeskočené {skipped}, odložené {snoozed}, zmeškané {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Míra dokončení &lt;b&gt;{rate}&lt;/b&gt; · cíl splněn: {days} ze 7 dnů</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Předchozí</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Další ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tento týden</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Předchozí týden</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Předchozí týden (šipka vlevo)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Další týden</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Další týden (šipka vpravo)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Silové tréninky: {done} z {target}; týdnů v řadě se splněným cílem: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Tréninky: ◆ silové: {strength}, ◇ mobilita: {mobility}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Zatím nejsou zaznamenány žádné přestávky&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vaše první přestávka se objeví tady: odpovězte na výzvu tlačítkem &lt;i&gt;Začít&lt;/i&gt; nebo v nabídce ikony v oznamovací oblasti zvolte &lt;i&gt;Dát si přestávku teď&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Nový týden&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tento týden zatím není nic zaznamenáno. Vaše příští přestávka zahájí sloupce.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Klidný týden&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tento týden nebyly zaznamenány žádné přestávky. Dny odpočinku sérii nikdy nepřeruší.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuální série</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>nejlepší série</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME také připomíná pohyb</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Otevřete okno psoasbreak a vypněte přestávky na pohyb v GNOME, nebo ponechte obojí.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Přestávky na pohyb v GNOME se odsud vypnout nepodařilo; vypněte je v GNOME: Nastavení → Pohoda.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME také připomíná pohyb (Nastavení → Pohoda → Přestávky na pohyb). Dvě připomínky jsou o jednu víc: vypněte tu v GNOME, nebo ponechte obojí (psoasbreak se pak nikdy neozve do minuty od GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Vypnout přestávky na pohyb v GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Ponechat obojí</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Historie přestávek</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problém s nastavením</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>Počet problémů v {path}: {count}; pro tato nastavení se použijí výchozí hodnoty. Podrobnosti jsou v protokolu.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problémy s nastavením</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Spouštění po přihlášení</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} není celé číslo (povoleno 0 (bez omezení) nebo {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} není celé číslo (povoleno 0 (bez omezení) nebo {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} je mimo rozsah (povoleno 0 (bez omezení) nebo {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} je mimo rozsah (povoleno 0 (bez omezení) nebo {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} není celé číslo (povoleno 0 (vypnuto) nebo {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} není celé číslo (povoleno 0 (vypnuto) nebo {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} není celé číslo (povoleno {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} není celé číslo (povoleno {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} je mimo rozsah (povoleno 0 (vypnuto) nebo {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} je mimo rozsah (povoleno 0 (vypnuto) nebo {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} je mimo rozsah (povoleno {range}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} je mimo rozsah (povoleno {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} není jednou z možností (povoleno {choices}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} není jednou z možností (povoleno {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} není true ani false (povoleno true, false); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} není true ani false (povoleno true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} není seznam názvů programů (povolen je seznam jako [&quot;zoom&quot;, &quot;obs&quot;], každý název programu bez jeho složky); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} není seznam názvů programů (povolen je seznam jako [&quot;zoom&quot;, &quot;obs&quot;], každý název programu bez jeho složky).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} není cesta ke složce (povoleno je &quot;&quot; pro vypnuto nebo cesta jako &quot;~/Sync&quot;); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} není cesta ke složce (povoleno je &quot;&quot; pro vypnuto nebo cesta jako &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} není denní čas (povoleno &quot;HH:MM&quot; od &quot;00:00&quot; do &quot;23:59&quot;); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} není denní čas (povoleno &quot;HH:MM&quot; od &quot;00:00&quot; do &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} není seznam názvů dnů (povolen jeden nebo více z {days}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} není seznam názvů dnů (povolen jeden nebo více z {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} obsahuje neznámý název dne {names} (povolen jeden nebo více z {days}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} obsahuje neznámý název dne {names} (povolen jeden nebo více z {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} obsahuje neznámé názvy dnů {names} (povolen jeden nebo více z {days}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} obsahuje neznámé názvy dnů {names} (povolen jeden nebo více z {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} není seznam názvů vybavení (povoleno cokoli z {choices}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} není seznam názvů vybavení (povoleno cokoli z {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} obsahuje neznámý název vybavení {names} (povoleno cokoli z {choices}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} obsahuje neznámý název vybavení {names} (povoleno cokoli z {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} obsahuje neznámé názvy vybavení {names} (povoleno cokoli z {choices}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} obsahuje neznámé názvy vybavení {names} (povoleno cokoli z {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} není tabulka (povolena je tabulka [{key}] s klíči {keys}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} není tabulka (povolena je tabulka [{key}] s klíči {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} je větší než interval_max_minutes = {high} (výchozí hodnota); nejkratší interval nemůže být delší než nejdelší, proto se použijí výchozí hodnoty interval_min_minutes = {default_low} a interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} je větší než interval_max_minutes = {high} (výchozí hodnota); nejkratší interval nemůže být delší než nejdelší.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (výchozí hodnota) je větší než interval_max_minutes = {high}; nejkratší interval nemůže být delší než nejdelší, proto se použijí výchozí hodnoty interval_min_minutes = {default_low} a interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (výchozí hodnota) je větší než interval_max_minutes = {high}; nejkratší interval nemůže být delší než nejdelší.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} je větší než interval_max_minutes = {high}; nejkratší interval nemůže být delší než nejdelší, proto se použijí výchozí hodnoty interval_min_minutes = {default_low} a interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} je větší než interval_max_minutes = {high}; nejkratší interval nemůže být delší než nejdelší.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} není později než working_hours.start = {start} (povolen je konec později téhož dne: pracovní doba nemůže přesahovat přes půlnoc); použijí se výchozí hodnoty start {default_start} a end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} není později než working_hours.start = {start} (povolen je konec později téhož dne: pracovní doba nemůže přesahovat přes půlnoc).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] je prázdný seznam, takže by pracovní doba nikdy nezačala (povolen jeden nebo více z {days}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] je prázdný seznam, takže by pracovní doba nikdy nezačala (povolen jeden nebo více z {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] je prázdný seznam, zatímco programme.strength = true, takže by nikdy nepřišel žádný silový trénink (povolen jeden nebo více z {days}); použije se výchozí hodnota {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] je prázdný seznam, zatímco programme.strength = true, takže by nikdy nepřišel žádný silový trénink (povolen jeden nebo více z {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>neznámý klíč {key} zůstává v souboru, ale ignoruje se.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Spouštění po přihlášení není v tomto systému ({platform}) podporováno; přidejte „{command}“ ručně mezi programy spouštěné po přihlášení.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>{path} nelze odstranit ({reason}); smažte jej ručně, aby se psoasbreak přestal spouštět po přihlášení.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Nelze zapsat {path} ({reason}); zkontrolujte, zda máte do této složky právo zápisu.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>{app} nelze přidat do {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>{app} nelze odebrat z {key} ({reason}); odeberte jej ve Správci úloh z aplikací spouštěných po startu.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Nelze zapsat {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>{path} nelze odstranit ({reason}); smažte jej ručně.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Soubor nastavení nebyl použit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Vaše úprava souboru {file} nebyla použita: {reasons} Platná nastavení zůstávají beze změny, dokud nebude soubor opraven.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} není platný TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} je složka, ne soubor, takže nastavení nešlo načíst; použijí se výchozí hodnoty. Přesuňte tuto složku jinam, aby si tam psoasbreak mohl ukládat nastavení.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} je složka, ne soubor, takže nastavení nešlo načíst.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} nelze přečíst ({error}); použijí se výchozí hodnoty. Zkontrolujte oprávnění souboru (musíte ho mít právo číst) a to, zda existuje jeho složka.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} nelze přečíst ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} není platný TOML: {reason}. Nepodařilo se ho přesunout stranou ({error}), takže zůstává, jak je; dokud ho neopravíte, použijí se výchozí hodnoty.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} není platný TOML: {reason}. Nepodařilo se ho přesunout stranou ({error}), takže zůstává, jak je.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} není platný TOML: {reason}. Byl přesunut do {aside}, aby se z něj nic neztratilo; použijí se výchozí hodnoty. Opravte tento soubor a přesuňte ho zpět, nebo změňte libovolné nastavení a vytvoří se nový soubor.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} není platný TOML: {reason}. Byl přesunut do {aside}, aby se z něj nic neztratilo.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Historie přestávek {path} je poškozená (není to databáze SQLite) a nepodařilo se ji přesunout stranou ({error}). Nové přestávky se uchovávají v paměti, dokud to nepůjde; přesuňte soubor sami nebo uvolněte složku a psoasbreak na to naváže.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Historie přestávek {path} je poškozená ({reason}) a nepodařilo se ji přesunout stranou ({error}). Nové přestávky se uchovávají v paměti, dokud to nepůjde; přesuňte soubor sami nebo uvolněte složku a psoasbreak na to naváže.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Historie přestávek {path} byla poškozená (není to databáze SQLite), proto byla přesunuta do {aside} (nic nebylo smazáno) a byla založena nová, prázdná historie.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Historie přestávek {path} byla poškozená ({reason}), proto byla přesunuta do {aside} (nic nebylo smazáno) a byla založena nová, prázdná historie.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Chcete-li si prohlédnout tu starou, otevřete ji libovolným nástrojem pro SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Historii přestávek teď nelze uložit: {error} psoasbreak běží dál, uchovává nové výsledky v paměti a uloží je, jakmile to půjde.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Historii přestávek nelze přečíst ({reason}). Počty a série se mohou do té doby zdát nízké; nic zaznamenaného se neztratí.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Přestávky nelze uložit: jiný program zamkl soubor historie ({reason}). psoasbreak běží dál, uchovává v paměti 1 výsledek přestávky a uloží ho, jakmile ten program soubor uvolní.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Přestávky nelze uložit: jiný program zamkl soubor historie ({reason}). psoasbreak běží dál, uchovává v paměti výsledky přestávek (celkem {count}) a uloží je, jakmile ten program soubor uvolní.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Přestávky nelze uložit ({reason}). psoasbreak běží dál, uchovává v paměti 1 výsledek přestávky a uloží ho, jakmile to půjde: uvolněte místo na disku nebo složku znovu zpřístupněte pro zápis.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Přestávky nelze uložit ({reason}). psoasbreak běží dál, uchovává v paměti výsledky přestávek (celkem {count}) a uloží je, jakmile to půjde: uvolněte místo na disku nebo složku znovu zpřístupněte pro zápis.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Historie přestávek není uložena</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Historie přestávek se opět ukládá</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>Do historie přestávek {path} lze opět zapisovat; nic se neztratilo.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Přestávky nejsou uloženy</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>1 výsledek přestávky nelze uložit do {path}. Je uveden v protokolu.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Výsledky přestávek (celkem {count}) nelze uložit do {path}. Jsou uvedeny v protokolu.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>1 výsledek přestávky nelze uložit do {path}. Byl zapsán do {target}; později ho přidejte zpět příkazem &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Výsledky přestávek (celkem {count}) nelze uložit do {path}. Byly zapsány do {target}; později je přidejte zpět příkazem &apos;psoasbreak import {target}&apos;.</translation>
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
        <translation>neexistuje sběrnice sezení D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>server oznámení nezobrazuje tlačítka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začít</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odložit o {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Přeskočit</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>sběrnice sezení D-Bus přestala být dostupná</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>server oznámení neodpovídá</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>neběží žádný server oznámení</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>server oznámení odmítl výzvu</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>server oznámení odpověděl neočekávaně</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>nádech</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>výdech</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Ukazatel dechového tempa</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Nadechujte se, když roste, vydechujte, když se zmenšuje</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pozastavit do…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Žádné výzvy k přestávce až do:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pozastavit do</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Čas, který dnes už uplynul, znamená zítra.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pozastavit</translation>
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
        <translation>Výzva zobrazena jako okno</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Výzva k přestávce zde nemůže být oznámením ({why}), proto se místo toho zobrazí jako malé okno.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>odporová guma</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>jednoručky</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>hrazda</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>masážní válec</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>ukončeno předčasně</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>zastaveno: bolelo to</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n série po {reps} pomalých dechech na stranu</numerusform>
            <numerusform>%n série po {reps} pomalých dechech na stranu</numerusform>
            <numerusform>%n sérií po {reps} pomalých dechech na stranu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n série po {reps} pomalých dechech</numerusform>
            <numerusform>%n série po {reps} pomalých dechech</numerusform>
            <numerusform>%n sérií po {reps} pomalých dechech</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n série po {seconds} s na stranu</numerusform>
            <numerusform>%n série po {seconds} s na stranu</numerusform>
            <numerusform>%n sérií po {seconds} s na stranu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n série po {seconds} s</numerusform>
            <numerusform>%n série po {seconds} s</numerusform>
            <numerusform>%n sérií po {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n série po {reps} opakováních na stranu</numerusform>
            <numerusform>%n série po {reps} opakováních na stranu</numerusform>
            <numerusform>%n sérií po {reps} opakováních na stranu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n série po {reps} opakováních</numerusform>
            <numerusform>%n série po {reps} opakováních</numerusform>
            <numerusform>%n sérií po {reps} opakováních</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Počet</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Bolelo to</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Zastaví toto cvičení a vrátí ho o jednu úroveň níž.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Ukončit cvičení</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>levá strana</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>pravá strana</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Odpočinek, pak série {set} z {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Přeskočit odpočinek</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Série {set} z {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} z {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Cvičení {number} z {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Úroveň {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Potřebné vybavení: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n dech</numerusform>
            <numerusform>%n dechy</numerusform>
            <numerusform>%n dechů</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začít</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Dýchejte pomalu…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Vydržte…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Započítat opakování</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Trénink dokončen</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, úroveň {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n série</numerusform>
            <numerusform>%n sérií</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Postoupit: {exercise} na úroveň {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Postoupeno: příště úroveň {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Čas na silový trénink</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Čas na cvičení mobility</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Začít</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Přeskočit</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odložit o {minutes} min</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Čas vstát</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>„Přeskočit“ bude zase zítra: limit je %n přeskočená přestávka denně.</numerusform>
            <numerusform>„Přeskočit“ bude zase zítra: limit je %n přeskočené přestávky denně.</numerusform>
            <numerusform>„Přeskočit“ bude zase zítra: limit je %n přeskočených přestávek denně.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Tuto přestávku už nelze odložit: limit je %n odložení na přestávku.</numerusform>
            <numerusform>Tuto přestávku už nelze odložit: limit je %n odložení na přestávku.</numerusform>
            <numerusform>Tuto přestávku už nelze odložit: limit je %n odložení na přestávku.</numerusform>
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
        <translation>Ilustrace: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Začít cvičení „{title}“ hned, s vedením krok za krokem. Jakmile do této výzvy kliknete, spustí ho i mezerník.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Zeptat se znovu za %n minutu.</numerusform>
            <numerusform>Zeptat se znovu za %n minuty.</numerusform>
            <numerusform>Zeptat se znovu za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Přeskočit tuto přestávku; další přijde v obvyklém intervalu. Jakmile do této výzvy kliknete, přeskočí ji i klávesa Escape.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>je aktivní okno na celou obrazovku</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>je zapnuto „Nerušit“</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>aplikace požádala, aby nebyla vyrušována (hovor, prezentace nebo video)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>obrazovka je zamčená</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>běží hra na celou obrazovku</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>je zapnutý režim prezentace</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>jsou zapnuté tiché hodiny</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>mikrofon se používá</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>kamera se používá</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>obrazovka se sdílí</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>běží program z vašeho seznamu tichých programů</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>je čas na přestávku na pohyb v GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Nejkratší interval ({low} min) je delší než nejdelší ({high} min). První číslo nesmí být větší než druhé.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Pracovní doba musí skončit až po svém začátku ({end} není později než {start}); nemůže přesahovat přes půlnoc.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Vyberte alespoň jeden pracovní den.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Vyberte alespoň jeden den pro silový trénink.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Všechna cvičení popořadě</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Náhodně</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaticky</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Malé okno</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Oznámení na ploše</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>plán</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>cvičení</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cíl</translation>
    </message>
    <message>
        <source>away</source>
        <translation>nepřítomnost</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>hovory a schůzky</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>dva počítače</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>zvuk</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>spouštění po přihlášení</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Odporová guma</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Jednoručky</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Hrazda</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Masážní válec</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> přestávka</numerusform>
            <numerusform> přestávky</numerusform>
            <numerusform> přestávek</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Nastavení psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Uloženo v {path}; tento soubor můžete upravit i ručně.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Obnovit výchozí hodnoty: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez omezení</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (bez omezení) nebo 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (vypnuto) nebo 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plán</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Nejkratší interval mezi přestávkami</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Nejdelší interval mezi přestávkami</translation>
    </message>
    <message>
        <source>to</source>
        <translation>až</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Přestávka každých</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Náhodný čas v tomto rozmezí, počítaný od konce poslední přestávky.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Délka odložení v minutách</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Odložit o</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Povolené přeskočené přestávky za den</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Přeskočení za den</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Povolená odložení jedné přestávky</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Odložení na přestávku</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuty, po kterých se nezodpovězená výzva počítá jako zmeškaná</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Nezodpovězená výzva se zavře po</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Způsob zobrazení výzvy</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automaticky: ve Waylandu oznámení na ploše, jinde malé okno.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Zobrazit výzvu jako</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Jen v pracovní době</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Začátek pracovní doby</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Konec pracovní doby</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Pracovní den: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dny</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Mimo ni se výzvy nezobrazují a „Do zítřka“ trvá až do začátku dalšího období.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Denní cvičení mobility v</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Čas cvičení mobility</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Silový trénink v</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Čas silového tréninku</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Den silového tréninku: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Vybavení, které máte:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Zvolte, kdy chcete cvičit a s čím můžete trénovat: cvičení, která potřebují vybavení, jež nemáte, se vynechají. &apos;psoasbreak session-now&apos; spustí trénink kdykoli.</translation>
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
        <translation>Cvičení</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Navrhované cvičení</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Délka přestávky v sekundách</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Nádech, sekundy</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Výdech, sekundy</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Náhled dechového tempa</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Navrhovat</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Délka přestávky</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Nádech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Výdech</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Denní cíl</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Denní cíl – počet přestávek</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>denně</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Cíl</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Rozpoznání nepřítomnosti</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuty bez aktivity, po kterých se počítá nepřítomnost</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Nepřítomnost po</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Takto dlouhá doba bez vstupu z klávesnice či myši se počítá jako absolvovaná přestávka.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Hovory a schůzky</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programy, které za běhu pozdrží přestávky, oddělené čárkami</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Tiché programy</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Přestávka, která je na řadě, počká, dokud se používá mikrofon nebo kamera, sdílí se obrazovka nebo běží některý z těchto programů. Názvy oddělte čárkami.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Dva počítače</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Sdílí vaše přestávky, historii a sérii s vašimi dalšími počítači. Na každém zvolte složku, kterou váš synchronizační nástroj (Syncthing, Nextcloud, Dropbox) udržuje stejnou. Když pole necháte prázdné, zůstanou jen na tomto počítači.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (prázdné = vypnuto)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Synchronizační složka sdílená s vašimi dalšími počítači</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zvolit…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Zvolit synchronizační složku</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronizační složka</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Zvuk</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Přehrát zvuk, když je čas na přestávku</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Spouštění po přihlášení</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Spouštět psoasbreak po přihlášení</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Náhled: nádech</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Náhled: výdech</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Spouštění…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Dát si přestávku teď</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pozastavit</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Týdenní přehled…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} z %n přestávky dnes</numerusform>
            <numerusform>{taken} z %n přestávek dnes</numerusform>
            <numerusform>{taken} z %n přestávek dnes</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hodina</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 hodiny</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do zítřka</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Do zvoleného času…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pozastaveno do {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Čas na přestávku</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Probíhá přestávka</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Mimo pracovní dobu; další přestávka: {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Přestávka čeká: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Další přestávka: {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>absolvované</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>přeskočené</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odložené</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>zmeškané</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>žádné zaznamenané přestávky</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>cíl splněn</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>cíl {goal} nesplněn</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd d. MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: absolvované {taken} (dokončené {completed}, přirozené {natural}), přeskočené {skipped}, odložené {snoozed}, zmeškané {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Přestávky za den</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Přestávky za den, týden {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n silový trénink</numerusform>
            <numerusform>%n silové tréninky</numerusform>
            <numerusform>%n silových tréninků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n cvičení mobility</numerusform>
            <numerusform>%n cvičení mobility</numerusform>
            <numerusform>%n cvičení mobility</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>tento počítač</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Udělané na: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>dnes</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>cíl {goal}</translation>
    </message>
</context>
</TS>
