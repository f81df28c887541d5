<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Vänster sida · vänster fot bak</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Höger sida · höger fot bak</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Byt sida · höger fot bakåt</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Paus — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Paus: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Andas in i {inhale} sekunder medan den växer, ut i {exhale} sekunder medan den krymper</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Illustration: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Pausens förlopp</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Hur stor del av pausen på {seconds} sekunder som är klar</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Vad du ska göra nu</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Avsluta pausen i förtid</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Avbryter övningen nu; den registreras som överhoppad. Esc-tangenten gör samma sak.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Andas in · andetag {number} av {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Andas ut · andetag {number} av {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Vänster sida · byt om {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>V</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>H</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Illustration: {exercise}, vänster sida</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Illustration: {exercise}, höger sida</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>När du sitter är höfterna böjda i timmar, vilket gör höftböjarna korta och stela.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Att resa sig och röra på sig med 30 till 45 minuters mellanrum bryter den långa höftböjningen.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Psoas går från nedre delen av ryggraden till lårbenet, så en stram psoas kan dra i ryggen.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>En stram psoas kan tippa bäckenet framåt och göra det svårare att stå rak.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Stress håller den djupa bålmuskulaturen spänd; långsam magandning hjälper den att släppa.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Att föra benet bakåt bakom dig är motsatsen till att sitta och lättar på dagens förkortning.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Mjuka rörlighets- och andningsövningar går bra att göra varje dag och är mest användbara om du sitter mycket.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Stretchning är bara halva saken: starka sätesmuskler och baksida lår håller höfterna i balans.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>En stel eller öm framsida av höften efter att du har suttit är ett tecken på att höftböjarna behöver en paus.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Stretch av höftböjare</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>En minuts utfallssteg med stöd, båda sidor</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Håll i en stol eller ett skrivbord och ta ett steg bakåt med ena foten till ett kort utfallssteg.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Håll bröstkorgen rakt ovanför höfterna; låt inte ländryggen svanka.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Tippa in svanskotan lite och för den bakre höften mjukt framåt.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Andas långsamt in mot höftens framsida: en mild dragkänsla, aldrig smärta.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Skarp eller utstrålande smärta betyder att du ska sluta: rör dig mjukt i stället, och sök vård om den inte går över.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Magandning</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>En minut med långsam, djup andning, stående rak</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Stå rak och vila ena handen på magen.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Andas in genom näsan och låt magen trycka ut handen.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Andas ut långsamt, lite längre än inandningen.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Håll bröstet och axlarna stilla och avslappnade.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Yr? Andas normalt. Skarp eller utstrålande smärta: sluta, rör dig mjukt i stället, sök vård.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marsch på stället</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marschera på stället och lyft knäna växelvis</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Stå rak, med en hand på skrivbordet om du vill ha stöd.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Lyft ena knät mot höfthöjd och sänk det sedan kontrollerat.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Håll bröstkorgen ovanför höfterna; luta dig inte bakåt när knät lyfts.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Byt ben i ett lugnt, jämnt tempo och fortsätt andas.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Rak hållning och sätesspänning</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Stå rak och spänn sätet för att öppna höfternas framsida</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Fötterna höftbrett isär, bröstkorgen ovanför höfterna.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Spänn sätet tills höfterna är helt sträckta, utan att svanka.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Håll i två långsamma andetag, slappna sedan av och upprepa.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Vill du göra mer, sträck ena benet rakt bakåt bakom dig och byt sedan ben.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Skarp eller utstrålande smärta betyder att du ska sluta. Den här övningen går tillbaka en nivå; gör rörlighetsövningar i stället så länge, och sök vård om smärtan inte går över.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Dagens rörlighet</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Några minuter för att öppna höfternas framsida: utfallssteg, knä mot bröstet och en foamroller om du har en</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Styrkepass</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Bäckenlyft, marklyft på ett ben, bärövning med vikt och knälyft, med vila mellan seten</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Utfallsstretch med stöd</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Ett kort utfallssteg med ena handen på en stol, som du håller kvar på varje sida</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Bröstkorgen ovanför höfterna, svanskotan lätt intippad; andas in mot framsidan av den bakre höften.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Kort hålltid</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Håll två gånger i 30 sekunder på varje sida.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Längre hålltid</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Håll tre gånger i 45 sekunder på varje sida.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Full hålltid</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Håll tre gånger i en hel minut på varje sida.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Knä mot bröstet med magandning</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Ligg på rygg, dra in ena knät mot bröstet och andas långsamt ner i magen</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Låt det andra benet vila utsträckt; varje inandning lyfter magen, varje utandning mjukar upp höften.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Åtta andetag</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Åtta långsamma andetag med vardera knät indraget.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Tio andetag</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Tio långsamma andetag med vardera knät indraget.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Foamrolling av höftböjarna</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>På mage med en foamroller under höftens framsida, långsamt och varsamt</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Rulla strax nedanför höftbenet, aldrig på ryggraden; långsamt tryck, fortsätt andas.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>En minut</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>En minuts långsam rullning på varje sida.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Två minuter</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Två minuters långsam rullning på varje sida.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Bäckenlyft med knä mot bröstet</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Från ett bäckenlyft, för ena knät mot bröstet och sedan det andra</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Håll höfterna i våg och högt; spänn sätet och svanka inte med ländryggen.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Kroppsvikt</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Tre set med 10 knälyft på varje sida.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Band runt knäna</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Ett lätt band runt knäna: pressa försiktigt utåt mot det.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Långsamt tempo</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Sänk varje knä under tre långsamma sekunder; 12 på varje sida.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Marklyft på ett ben</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Fäll framåt från höften på ett ben medan det andra sträcks bakåt</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Lång ryggrad från huvudet till den bakre hälen; höfterna hålls parallella med golvet.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Hand på skrivbordet</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Ena handen på ett skrivbord eller en stol för balansen; 8 på varje sida.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Utan stöd</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Inget stöd och en långsammare fällning; 10 på varje sida.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Med hantel</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>En hantel i handen på motsatt sida mot ståbenet; 8 på varje sida.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Bära vikt med rak hållning</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Gå med rak hållning och en vikt i varje hand</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Stå rak, axlarna ner och bak, revbenen ovanför höfterna; korta, stadiga steg.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Vikter hemifrån</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Två fulla matkassar eller vattenflaskor; två omgångar på 30 sekunder.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Hantlar</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>En hantel i varje hand; tre omgångar på 45 sekunder.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Längre omgångar</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Tre omgångar på en hel minut.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Knälyft</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Lyft knäna mot bröstet med kontroll</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Lyft från djupt i höften, inte med sving; sänk långsamt och håll ländryggen lång.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Knälyft sittande</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Sitt rak på framkanten av en stol och lyft båda knäna lite; 8 gånger.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Sittande, långsamt</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Samma lyft, tre sekunder upp och tre ner; 12 gånger.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Hängande knälyft</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Häng i en stång och lyft båda knäna till höfthöjd; 8 till 12 gånger.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Veckohistorik</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tagna</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>genomförda</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturliga</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppade</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uppskjutna</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missade</translation>
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
        <translation>Vecka {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Den här veckan: tagna {taken} (genomförda {completed}, naturliga {natural}), överhoppade {skipped}, uppskjutna {snoozed}, missade {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Andel genomförda &lt;b&gt;{rate}&lt;/b&gt; · målet nått {days} av 7 dagar</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Föregående</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nästa ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Föregående vecka (vänsterpil)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Nästa vecka (högerpil)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Styrkepass: {done} av {target}; veckor i rad som nått målet: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Pass: ◆ {strength} styrka, ◇ {mobility} rörlighet</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Inga pauser registrerade än&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Din första paus visas här: svara på en påminnelse med &lt;i&gt;Starta&lt;/i&gt; eller välj &lt;i&gt;Ta en paus nu&lt;/i&gt; i ikonens meny i systemfältet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;En ny vecka&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inget registrerat än den här veckan. Din nästa paus startar staplarna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;En lugn vecka&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inga pauser registrerades den här veckan. Vilodagar bryter aldrig en svit.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuell svit</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>bästa svit</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME påminner dig också om att röra på dig</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Öppna psoasbreaks fönster för att stänga av GNOME:s rörelsepauser eller behålla båda.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>GNOME:s rörelsepauser kunde inte stängas av härifrån; stäng av dem i GNOME:s Inställningar → Välmående.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME påminner dig också om att röra på dig (Inställningar → Välmående → Rörelsepauser). Två påminnelser är en för mycket: stäng av GNOME:s eller behåll båda (psoasbreak hör då aldrig av sig inom en minut från GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Stäng av GNOME:s rörelsepauser</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Paushistorik</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem med inställningarna</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problem i {path}; standardvärdena används för de inställningarna. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problem med inställningarna</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start vid inloggning</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet 0 (ingen gräns) eller {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet 0 (ingen gräns) eller {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet 0 (ingen gräns) eller {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet 0 (ingen gräns) eller {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet 0 (av) eller {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet 0 (av) eller {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} är inte ett heltal (tillåtet {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet 0 (av) eller {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet 0 (av) eller {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet {range}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} ligger utanför intervallet (tillåtet {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} är inte ett av alternativen (tillåtet {choices}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} är inte ett av alternativen (tillåtet {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} är varken true eller false (tillåtet true, false); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} är varken true eller false (tillåtet true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} är inte en lista med programnamn (tillåtet är en lista som [&quot;zoom&quot;, &quot;obs&quot;], varje programnamn utan sin mapp); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} är inte en lista med programnamn (tillåtet är en lista som [&quot;zoom&quot;, &quot;obs&quot;], varje programnamn utan sin mapp).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} är inte en mappsökväg (tillåtet är &quot;&quot; för av, eller en sökväg som &quot;~/Sync&quot;); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} är inte en mappsökväg (tillåtet är &quot;&quot; för av, eller en sökväg som &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} är inte en tid på dygnet (tillåtet &quot;HH:MM&quot; från &quot;00:00&quot; till &quot;23:59&quot;); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} är inte en tid på dygnet (tillåtet &quot;HH:MM&quot; från &quot;00:00&quot; till &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} är inte en lista med dagnamn (tillåtet en eller flera av {days}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} är inte en lista med dagnamn (tillåtet en eller flera av {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} innehåller ett okänt dagnamn {names} (tillåtet en eller flera av {days}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} innehåller ett okänt dagnamn {names} (tillåtet en eller flera av {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} innehåller okända dagnamn {names} (tillåtet en eller flera av {days}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} innehåller okända dagnamn {names} (tillåtet en eller flera av {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} är inte en lista med utrustningsnamn (tillåtet noll eller flera av {choices}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} är inte en lista med utrustningsnamn (tillåtet noll eller flera av {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} innehåller ett okänt utrustningsnamn {names} (tillåtet noll eller flera av {choices}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} innehåller ett okänt utrustningsnamn {names} (tillåtet noll eller flera av {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} innehåller okända utrustningsnamn {names} (tillåtet noll eller flera av {choices}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} innehåller okända utrustningsnamn {names} (tillåtet noll eller flera av {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} är inte en tabell (tillåtet är en [{key}]-tabell med nycklarna {keys}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} är inte en tabell (tillåtet är en [{key}]-tabell med nycklarna {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} är större än interval_max_minutes = {high} (dess standardvärde); det kortaste intervallet kan inte vara längre än det längsta, så standardvärdena interval_min_minutes = {default_low} och interval_max_minutes = {default_high} används.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} är större än interval_max_minutes = {high} (dess standardvärde); det kortaste intervallet kan inte vara längre än det längsta.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (dess standardvärde) är större än interval_max_minutes = {high}; det kortaste intervallet kan inte vara längre än det längsta, så standardvärdena interval_min_minutes = {default_low} och interval_max_minutes = {default_high} används.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (dess standardvärde) är större än interval_max_minutes = {high}; det kortaste intervallet kan inte vara längre än det längsta.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} är större än interval_max_minutes = {high}; det kortaste intervallet kan inte vara längre än det längsta, så standardvärdena interval_min_minutes = {default_low} och interval_max_minutes = {default_high} används.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} är större än interval_max_minutes = {high}; det kortaste intervallet kan inte vara längre än det längsta.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} ligger inte efter working_hours.start = {start} (tillåtet är ett slut senare samma dag: arbetstiden kan inte gå över midnatt); standardvärdena start {default_start} och end {default_end} används.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} ligger inte efter working_hours.start = {start} (tillåtet är ett slut senare samma dag: arbetstiden kan inte gå över midnatt).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] är tom, så arbetstiden skulle aldrig börja (tillåtet en eller flera av {days}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] är tom, så arbetstiden skulle aldrig börja (tillåtet en eller flera av {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] är tom medan programme.strength = true, så inget styrkepass skulle någonsin komma (tillåtet en eller flera av {days}); standardvärdet {default} används.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] är tom medan programme.strength = true, så inget styrkepass skulle någonsin komma (tillåtet en eller flera av {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>den okända nyckeln {key} behålls i filen men ignoreras.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Start vid inloggning stöds inte på det här systemet ({platform}); lägg till ”{command}” bland dina inloggningsprogram för hand.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Det gick inte att ta bort {path} ({reason}); radera den för hand så att psoasbreak slutar starta vid inloggning.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Det gick inte att skriva {path} ({reason}); kontrollera att du får skriva i den mappen.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Det gick inte att lägga till {app} i {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Det gick inte att ta bort {app} från {key} ({reason}); ta bort den bland startapparna i Aktivitetshanteraren.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Det gick inte att skriva {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Det gick inte att ta bort {path} ({reason}); radera den för hand.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Inställningsfilen tillämpades inte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Din ändring av {file} tillämpades inte: {reasons} De gällande inställningarna förblir som de var tills filen har rättats.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} är inte giltig TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} är en mapp, inte en fil, så inställningarna kunde inte läsas; standardvärdena används. Flytta mappen någon annanstans så att psoasbreak kan spara sina inställningar där.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} är en mapp, inte en fil, så inställningarna kunde inte läsas.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} kunde inte läsas ({error}); standardvärdena används. Kontrollera filens behörigheter (du måste kunna läsa den) och att dess mapp finns.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} kunde inte läsas ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} är inte giltig TOML: {reason}. Den kunde inte flyttas undan ({error}), så den lämnas som den är; standardvärdena används tills du rättar den.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} är inte giltig TOML: {reason}. Den kunde inte flyttas undan ({error}), så den lämnas som den är.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} är inte giltig TOML: {reason}. Den flyttades till {aside} så att inget i den går förlorat; standardvärdena används. Rätta filen och flytta tillbaka den, eller ändra någon inställning för att skapa en ny fil.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} är inte giltig TOML: {reason}. Den flyttades till {aside} så att inget i den går förlorat.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Paushistoriken {path} är skadad (den är ingen SQLite-databas) och kunde inte flyttas undan ({error}). Nya pauser hålls i minnet tills det går; flytta filen själv eller frigör mappen, så tar psoasbreak över därifrån.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Paushistoriken {path} är skadad ({reason}) och kunde inte flyttas undan ({error}). Nya pauser hålls i minnet tills det går; flytta filen själv eller frigör mappen, så tar psoasbreak över därifrån.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Paushistoriken {path} var skadad (den är ingen SQLite-databas), så den flyttades till {aside} (inget raderades) och en ny, tom historik påbörjades.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Paushistoriken {path} var skadad ({reason}), så den flyttades till {aside} (inget raderades) och en ny, tom historik påbörjades.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Öppna den gamla med valfritt SQLite-verktyg om du vill titta i den.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Paushistoriken kan inte sparas just nu: {error} psoasbreak fortsätter att köras, håller nya utfall i minnet och sparar dem så snart det går.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Paushistoriken kunde inte läsas ({reason}). Antal och sviter kan se låga ut tills det går; inget registrerat går förlorat.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Dina pauser kunde inte sparas: ett annat program har låst historikfilen ({reason}). psoasbreak fortsätter att köras, håller 1 pausutfall i minnet och sparar det så snart programmet släpper filen.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Dina pauser kunde inte sparas: ett annat program har låst historikfilen ({reason}). psoasbreak fortsätter att köras, håller {count} pausutfall i minnet och sparar dem så snart programmet släpper filen.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Dina pauser kunde inte sparas ({reason}). psoasbreak fortsätter att köras, håller 1 pausutfall i minnet och sparar det så snart det går: frigör lite diskutrymme eller gör mappen skrivbar igen.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Dina pauser kunde inte sparas ({reason}). psoasbreak fortsätter att köras, håller {count} pausutfall i minnet och sparar dem så snart det går: frigör lite diskutrymme eller gör mappen skrivbar igen.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Paushistoriken sparades inte</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Paushistoriken sparas igen</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>Det går att skriva till paushistoriken {path} igen; inget gick förlorat.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pauserna sparades inte</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>1 pausutfall kunde inte sparas i {path}. Det finns i loggen.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>{count} pausutfall kunde inte sparas i {path}. De finns i loggen.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>1 pausutfall kunde inte sparas i {path}. Det skrevs till {target}; lägg till det igen senare med &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>{count} pausutfall kunde inte sparas i {path}. De skrevs till {target}; lägg till dem igen senare med &apos;psoasbreak import {target}&apos;.</translation>
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
        <translation>det finns ingen D-Bus-sessionsbuss</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>aviseringsservern visar inga knappar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Skjut upp {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>D-Bus-sessionsbussen försvann</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>aviseringsservern svarar inte</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>ingen aviseringsserver körs</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>aviseringsservern avvisade påminnelsen</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>aviseringsservern gav ett oväntat svar</translation>
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
        <translation>ut</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Andningsguide</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Andas in medan den växer, ut medan den krymper</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pausa till…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Inga påminnelser om paus förrän:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausa till</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>En tid som redan har passerat i dag betyder i morgon.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
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
        <translation>Påminnelsen visas som ett fönster</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Pauspåminnelsen kan inte vara en avisering här ({why}), så den visas i ett litet fönster i stället.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>ett motståndsband</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>hantlar</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>en chinsstång</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>en foamroller</translation>
    </message>
    <message>
        <source>done</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>avslutad i förtid</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>avbruten: det gjorde ont</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n set med {reps} långsamma andetag per sida</numerusform>
            <numerusform>%n set med {reps} långsamma andetag per sida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n set med {reps} långsamma andetag</numerusform>
            <numerusform>%n set med {reps} långsamma andetag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n set på {seconds} s per sida</numerusform>
            <numerusform>%n set på {seconds} s per sida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n set på {seconds} s</numerusform>
            <numerusform>%n set på {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n set med {reps} repetitioner per sida</numerusform>
            <numerusform>%n set med {reps} repetitioner per sida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n set med {reps} repetitioner</numerusform>
            <numerusform>%n set med {reps} repetitioner</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Räknare</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Det gjorde ont</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Avbryter övningen och sänker den en nivå.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>vänster sida</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>höger sida</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Vila, sedan set {set} av {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Hoppa över vilan</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Set {set} av {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Set {set} av {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Övning {number} av {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Nivå {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Du behöver: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n andetag</numerusform>
            <numerusform>%n andetag</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Andas långsamt…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Håll kvar…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Räkna en repetition</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Passet är klart</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, nivå {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n set</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Flytta upp: {exercise} till nivå {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Uppflyttad: nivå {level} nästa gång</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Dags för ditt styrkepass</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Dags för din rörlighetsrutin</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Skjut upp {minutes} min</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Dags att stå upp</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>”Hoppa över” kommer tillbaka i morgon: din gräns är %n överhoppad paus per dag.</numerusform>
            <numerusform>”Hoppa över” kommer tillbaka i morgon: din gräns är %n överhoppade pauser per dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Den här pausen kan inte skjutas upp mer: din gräns är %n gång per paus.</numerusform>
            <numerusform>Den här pausen kan inte skjutas upp mer: din gräns är %n gånger per paus.</numerusform>
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
        <translation>Illustration: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Starta övningen ”{title}” nu, med vägledning steg för steg. Mellanslag startar när du har klickat i den här påminnelsen.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Fråga igen om %n minut.</numerusform>
            <numerusform>Fråga igen om %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Hoppa över den här pausen; nästa kommer efter det vanliga intervallet. Esc hoppar över när du har klickat i den här påminnelsen.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>ett helskärmsfönster är aktivt</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>”Stör ej” är på</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>en app bad om att inte bli avbruten (ett samtal, en presentation eller en video)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>skärmen är låst</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>ett spel körs i helskärm</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>presentationsläget är på</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>tysta timmar är på</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>mikrofonen används</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>kameran används</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>skärmen delas</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>ett program från din lista med tysta program körs</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>GNOME:s egen rörelsepaus är dags</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Det kortaste intervallet ({low} min) är längre än det längsta ({high} min). Det första talet får inte vara större än det andra.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Arbetstiden måste sluta efter att den börjar ({end} är inte efter {start}); den kan inte gå över midnatt.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Välj minst en arbetsdag.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Välj minst en dag för styrkepass.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Varje övning i tur och ordning</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Slumpmässigt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Litet fönster</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Skrivbordsavisering</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>övning</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>away</source>
        <translation>frånvaro</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>samtal och möten</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>två datorer</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>ljud</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>start vid inloggning</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>träningsprogram</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Motståndsband</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Hantlar</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Chinsstång</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Foamroller</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> paus</numerusform>
            <numerusform> pauser</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Inställningar för psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Sparas i {path}; du kan också redigera den filen.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Återställ standard</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Återställ standardvärden: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (ingen gräns) eller 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (av) eller 1–{high}</translation>
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
        <translation>Kortaste intervall mellan pauser</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Längsta intervall mellan pauser</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Paus efter</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>En slumpmässig tid i det här intervallet, räknat från slutet av den senaste pausen.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Uppskjutningens längd i minuter</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Skjut upp i</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Tillåtna överhoppade pauser per dag</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Överhoppningar per dag</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Tillåtna uppskjutningar för en paus</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Uppskjutningar per paus</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minuter innan en obesvarad påminnelse räknas som missad</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Obesvarad påminnelse stängs efter</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Hur påminnelsen visas</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automatiskt: en skrivbordsavisering under Wayland, annars ett litet fönster.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Visa påminnelsen som</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Bara under arbetstid</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Arbetstidens början</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Arbetstidens slut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Arbetsdag: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Utanför arbetstiden kommer inga påminnelser, och ”Till i morgon” varar tills nästa period börjar.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Träningsprogram</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Daglig rörlighetsrutin kl.</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Tid för rörlighetsrutinen</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Styrkepass kl.</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Tid för styrkepass</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Styrkedag: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Utrustning du har:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Välj när du vill ha dina pass och vad du har att träna med: övningar som kräver utrustning du inte har hoppas över. &apos;psoasbreak session-now&apos; startar ett pass när som helst.</translation>
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
        <translation>Övning</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Föreslagen övning</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Pausens längd i sekunder</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Andas in, sekunder</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Andas ut, sekunder</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Förhandsvisning av andningstakten</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pausens längd</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Andas in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Andas ut</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagligt mål</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Dagligt mål i pauser</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Sikta på</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Frånvaroavkänning</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minuter utan aktivitet som räknas som frånvaro</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Frånvarande efter</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Så här lång tid utan aktivitet från tangentbord eller mus räknas som en tagen paus.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Samtal och möten</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Program som håller inne pauser medan de körs, avgränsade med kommatecken</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Tysta program</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>En paus som är på tur väntar medan mikrofonen eller kameran används, skärmen delas eller något av de här programmen körs. Skilj namnen åt med kommatecken.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Två datorer</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Delar dina pauser, din historik och din svit med dina andra datorer. Välj på varje dator den mapp som ditt synkverktyg (Syncthing, Nextcloud, Dropbox) håller likadan. Lämna fältet tomt för att bara ha dem på den här datorn.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (av om tomt)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Synkmapp som delas med dina andra datorer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Välj synkmapp</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synkmapp</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Spela ett ljud när det är dags för paus</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start vid inloggning</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Starta psoasbreak när jag loggar in</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Förhandsvisning: andas in</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Förhandsvisning: andas ut</translation>
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
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Ta en paus nu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Veckohistorik…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} av %n paus i dag</numerusform>
            <numerusform>{taken} av %n pauser i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuter</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 timmar</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Till i morgon</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Till en viss tid…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausad till {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Dags för en paus</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Paus pågår</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Utanför arbetstid; nästa paus {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pausen väntar: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Nästa paus: {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>tagna</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppade</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uppskjutna</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missade</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>inga pauser registrerade</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>målet nått</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>målet {goal} inte nått</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: tagna {taken} (genomförda {completed}, naturliga {natural}), överhoppade {skipped}, uppskjutna {snoozed}, missade {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauser per dag</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pauser per dag, vecka {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n styrkepass</numerusform>
            <numerusform>%n styrkepass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n rörlighetsrutin</numerusform>
            <numerusform>%n rörlighetsrutiner</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Tagna på: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>i dag</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>mål {goal}</translation>
    </message>
</context>
</TS>
