<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Lado izquierdo · pie izquierdo atrás</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Lado derecho · pie derecho atrás</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Cambia de lado · pie derecho atrás</translation>
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
        <translation>Inhala durante {inhale} segundos mientras crece y exhala durante {exhale} segundos mientras se encoge</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ilustración: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progreso de la pausa</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Cuánto se ha hecho de la pausa de {seconds} segundos</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Terminar la pausa antes</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Detiene el ejercicio ahora; se registra como saltado. La tecla Escape hace lo mismo.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Inhala · respiración {number} de {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Exhala · respiración {number} de {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Lado izquierdo · cambio en {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Ilustración: {exercise}, lado izquierdo</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Ilustración: {exercise}, lado derecho</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Estar sentado mantiene las caderas flexionadas durante horas, y eso deja los flexores de cadera cortos y rígidos.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Levantarte y moverte cada 30 a 45 minutos interrumpe ese largo rato de cadera flexionada.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>El psoas va de la parte baja de la columna al fémur, así que si está tenso puede tirar de la espalda.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Un psoas tenso puede inclinar la pelvis hacia delante y dificultar mantenerse erguido.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>El estrés mantiene tensa la musculatura profunda del tronco; la respiración abdominal lenta la ayuda a soltarse.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Llevar la pierna hacia atrás es lo contrario de estar sentado y alivia el acortamiento del día.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Los ejercicios suaves de movilidad y de respiración se pueden hacer a diario, y son más útiles si pasas mucho tiempo sentado.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Estirar es solo la mitad: unos glúteos e isquiotibiales fuertes mantienen las caderas en equilibrio.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Si la parte delantera de la cadera está rígida o dolorida después de estar sentado, tus flexores de cadera piden una pausa.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Estiramiento de flexores de cadera</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Un minuto de zancada con apoyo, a ambos lados</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Sujétate a una silla o a la mesa y lleva un pie hacia atrás en una zancada corta.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Coloca la caja torácica sobre las caderas; evita arquear la zona lumbar.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Mete un poco el coxis y lleva suavemente la cadera de atrás hacia delante.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Respira despacio hacia la parte delantera de la cadera: un tirón suave, nunca dolor.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Un dolor agudo o que se irradia significa que debes parar: muévete con suavidad y consulta a un profesional sanitario si persiste.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Respiración abdominal</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Un minuto de respiración lenta y profunda, de pie y erguido</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Ponte de pie, erguido, y apoya una mano en el vientre.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Inhala por la nariz y deja que el vientre empuje la mano hacia fuera.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Exhala despacio, un poco más de lo que dura la inhalación.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Mantén el pecho y los hombros quietos y relajados.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>¿Te mareas? Respira con normalidad. Dolor agudo o que se irradia: para, muévete con suavidad y consulta a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marcha en el sitio</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marcha en el sitio levantando cada rodilla por turnos</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Ponte erguido, con una mano en la mesa si quieres apoyo.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Sube una rodilla hacia la altura de la cadera y bájala con control.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Mantén la caja torácica sobre las caderas; no te inclines hacia atrás al subir la rodilla.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Alterna las piernas a un ritmo cómodo y constante, y sigue respirando.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>De pie erguido y contracción de glúteos</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Ponte erguido y aprieta los glúteos para abrir la parte delantera de las caderas</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Pies separados al ancho de las caderas, caja torácica sobre las caderas.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Aprieta los glúteos hasta que las caderas queden del todo extendidas, sin arquear la espalda.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Mantén dos respiraciones lentas, luego relaja y repite.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Para más, lleva una pierna estirada hacia atrás y luego cambia de pierna.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Un dolor agudo o que se irradia significa que debes parar. Este ejercicio baja un nivel; de momento haz ejercicios de movilidad en su lugar y consulta a un profesional sanitario si el dolor persiste.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Movilidad del día</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Unos minutos para abrir la parte delantera de las caderas: zancada, rodilla al pecho y un rodillo si tienes uno</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Sesión de fuerza</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Puentes, pesos muertos a una pierna, paseo con carga y elevaciones de rodillas, con descansos entre series</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Estiramiento en zancada con apoyo</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Una zancada corta con una mano en una silla, mantenida en cada lado</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Caja torácica sobre las caderas, coxis un poco metido; respira hacia la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Poco tiempo</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Mantén dos veces 30 segundos en cada lado.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Mantén tres veces 45 segundos en cada lado.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Minuto completo</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Mantén tres veces un minuto completo en cada lado.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Rodilla al pecho con respiración abdominal</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Boca arriba, abraza una rodilla contra el pecho y respira despacio hacia el vientre</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Deja la otra pierna estirada y relajada; cada inhalación eleva el vientre, cada exhalación suelta la cadera.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Ocho respiraciones</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Ocho respiraciones lentas con cada rodilla abrazada contra el pecho.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Diez respiraciones</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Diez respiraciones lentas con cada rodilla abrazada contra el pecho.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Liberación de flexores de cadera con rodillo</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Boca abajo, con un rodillo bajo la parte delantera de la cadera, despacio y con suavidad</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Rueda justo por debajo del hueso de la cadera, nunca sobre la columna; presión lenta y sigue respirando.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Un minuto</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Un minuto rodando despacio en cada lado.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Dos minutos</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Dos minutos rodando despacio en cada lado.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Puente con elevación de rodilla</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Desde un puente de glúteos, lleva una rodilla hacia el pecho y luego la otra</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Mantén las caderas niveladas y altas; aprieta los glúteos, no arquees la zona lumbar.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Peso corporal</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Tres series de 10 elevaciones de rodilla en cada lado.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Banda en las rodillas</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Una banda ligera alrededor de las rodillas: empuja suavemente hacia fuera contra ella.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Ritmo lento</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Baja cada rodilla en tres segundos lentos; 12 en cada lado.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Peso muerto a una pierna</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Inclínate hacia delante desde la cadera sobre una pierna mientras la otra se estira hacia atrás</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Espalda larga de la cabeza al talón de atrás; las caderas quedan paralelas al suelo.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Mano en la mesa</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Una mano en una mesa o silla para mantener el equilibrio; 8 en cada lado.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Sin apoyo</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Sin apoyo y con una inclinación más lenta; 10 en cada lado.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Con una mancuerna</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Una mancuerna en la mano contraria a la pierna de apoyo; 8 en cada lado.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Paseo con carga, postura erguida</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Camina erguido con un peso en cada mano</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Mantente erguido, hombros abajo y atrás, costillas sobre las caderas; pasos cortos y constantes.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Cargas caseras</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Dos bolsas de la compra llenas o botellas de agua; dos rondas de 30 segundos.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Mancuernas</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Una mancuerna en cada mano; tres rondas de 45 segundos.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Rondas más largas</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Tres rondas de un minuto completo.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Elevaciones de rodillas</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Sube las rodillas hacia el pecho con control</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Sube desde la cadera profunda, sin balancearte; baja despacio y mantén la zona lumbar alargada.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Elevaciones de rodillas sentado</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Siéntate erguido en el borde de una silla y sube un poco ambas rodillas; 8 veces.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Sentado, lento</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>La misma elevación, tres segundos arriba y tres abajo; 12 veces.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Elevaciones de rodillas colgado</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Cuélgate de una barra y sube ambas rodillas a la altura de la cadera; de 8 a 12 veces.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Historial semanal</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>hechas</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturales</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltadas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuestas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Semana {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Esta semana: {taken} hechas ({completed} completadas, {natural} naturales), {skipped} saltadas, {snoozed} pospuestas, {missed} perdidas</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Tasa de finalización &lt;b&gt;{rate}&lt;/b&gt; · objetivo cumplido {days} de 7 días</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Semana anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Semana siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Sesiones de fuerza: {done} de {target}; semanas seguidas en el objetivo: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Sesiones: ◆ {strength} de fuerza, ◇ {mobility} de movilidad</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Aún no hay pausas registradas&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tu primera pausa aparecerá aquí: responde a un aviso con &lt;i&gt;Empezar&lt;/i&gt; o elige &lt;i&gt;Hacer una pausa ahora&lt;/i&gt; en el menú del icono.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Una semana nueva&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aún no hay nada registrado esta semana. Tu próxima pausa empezará las barras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Una semana tranquila&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No se registró ninguna pausa esta semana. Los días de descanso nunca rompen una racha.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME también te recuerda moverte</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Abre la ventana de psoasbreak para desactivar los descansos de movimiento de GNOME o mantener ambos.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>No se pudieron desactivar desde aquí los descansos de movimiento de GNOME; desactívalos en Configuración → Bienestar de GNOME.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME también te recuerda moverte (Configuración → Bienestar → Descansos de movimiento). Dos recordatorios son uno de más: desactiva el de GNOME o mantén ambos (psoasbreak nunca avisará entonces a menos de un minuto de GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Desactivar los descansos de movimiento de GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantener ambos</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Historial de pausas</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Historial de pausas no guardado</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Historial de pausas guardado de nuevo</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pausas no guardadas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Archivo de ajustes no aplicado</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema en los ajustes</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemas en los ajustes</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problemas en {path}; para esos ajustes se usan los valores predeterminados. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} no es un número entero (se permite 0 (desactivado) o {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} es mayor que interval_max_minutes = {high} (su valor predeterminado); el intervalo más corto no puede ser más largo que el más largo, así que se usan los valores predeterminados interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} no es un número entero (se permite {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (su valor predeterminado) es mayor que interval_max_minutes = {high}; el intervalo más corto no puede ser más largo que el más largo, así que se usan los valores predeterminados interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} es mayor que interval_max_minutes = {high}; el intervalo más corto no puede ser más largo que el más largo, así que se usan los valores predeterminados interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} está fuera de rango (se permite 0 (desactivado) o {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} no es un número entero (se permite 0 (sin límite) o {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} no es un número entero (se permite 0 (sin límite) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} está fuera de rango (se permite 0 (sin límite) o {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} está fuera de rango (se permite 0 (sin límite) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} está fuera de rango (se permite {range}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} no es una de las opciones (se permite {choices}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} no es true ni false (se permite true, false); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} no es una lista de nombres de programas (se admite una lista como [&quot;zoom&quot;, &quot;obs&quot;], cada nombre sin su carpeta); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} no es una lista de nombres de programas (se admite una lista como [&quot;zoom&quot;, &quot;obs&quot;], cada nombre sin su carpeta).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} no es una ruta de carpeta (se admite &quot;&quot; para desactivado, o una ruta como &quot;~/Sync&quot;); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} no es una ruta de carpeta (se admite &quot;&quot; para desactivado, o una ruta como &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} no es una hora del día (se permite &quot;HH:MM&quot; de &quot;00:00&quot; a &quot;23:59&quot;); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} no es una lista de nombres de días (se permite uno o más de {days}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} no es una lista de nombres de días (se permite uno o más de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} tiene un nombre de día desconocido {names} (se permite uno o más de {days}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} tiene un nombre de día desconocido {names} (se permite uno o más de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} tiene nombres de día desconocidos {names} (se permite uno o más de {days}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} tiene nombres de día desconocidos {names} (se permite uno o más de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} no es una lista de nombres de material (se permite cualquier combinación de {choices}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} no es una lista de nombres de material (se permite cualquier combinación de {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} tiene un nombre de material desconocido {names} (se permite cualquier combinación de {choices}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} tiene un nombre de material desconocido {names} (se permite cualquier combinación de {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} tiene nombres de material desconocidos {names} (se permite cualquier combinación de {choices}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} tiene nombres de material desconocidos {names} (se permite cualquier combinación de {choices}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] está vacío aunque programme.strength = true, así que nunca llegaría una sesión de fuerza (se permite uno o más de {days}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] está vacío aunque programme.strength = true, así que nunca llegaría una sesión de fuerza (se permite uno o más de {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>La clave desconocida {key} se conserva en el archivo, pero se ignora.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} no es una tabla (se permite una tabla [{key}] con las claves {keys}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} no es una tabla (se permite una tabla [{key}] con las claves {keys}).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} no es posterior a working_hours.start = {start} (se permite un final más tarde el mismo día: el horario laboral no puede pasar de medianoche); se usan los valores predeterminados start {default_start} y end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] está vacío, así que el horario laboral nunca empezaría (se permite uno o más de {days}); se usa el valor predeterminado {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} no es un número entero (se permite 0 (desactivado) o {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} es mayor que interval_max_minutes = {high} (su valor predeterminado); el intervalo más corto no puede ser más largo que el más largo.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} no es un número entero (se permite {range}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (su valor predeterminado) es mayor que interval_max_minutes = {high}; el intervalo más corto no puede ser más largo que el más largo.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} es mayor que interval_max_minutes = {high}; el intervalo más corto no puede ser más largo que el más largo.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} está fuera de rango (se permite 0 (desactivado) o {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} está fuera de rango (se permite {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} no es una de las opciones (se permite {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} no es true ni false (se permite true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} no es una hora del día (se permite &quot;HH:MM&quot; de &quot;00:00&quot; a &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} no es posterior a working_hours.start = {start} (se permite un final más tarde el mismo día: el horario laboral no puede pasar de medianoche).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] está vacío, así que el horario laboral nunca empezaría (se permite uno o más de {days}).</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Tu cambio en {file} no se aplicó: {reasons} Los ajustes vigentes se quedan como estaban hasta que corrijas el archivo.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} no es TOML válido: {reason}. Se movió a {aside} para que no se pierda nada; se usan los valores predeterminados. Corrige ese archivo y vuelve a ponerlo en su sitio, o cambia cualquier ajuste para empezar un archivo nuevo.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} no es TOML válido: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} es una carpeta, no un archivo, así que no se pudieron leer los ajustes; se usan los valores predeterminados. Mueve esa carpeta a otro sitio para que psoasbreak pueda guardar ahí sus ajustes.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>No se pudo leer {path} ({error}); se usan los valores predeterminados. Comprueba los permisos del archivo (debes poder leerlo) y que su carpeta exista.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} no es TOML válido: {reason}. No se pudo apartar ({error}), así que se queda como está; se usan los valores predeterminados hasta que lo corrijas.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} no es TOML válido: {reason}. Se movió a {aside} para que no se pierda nada.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} es una carpeta, no un archivo, así que no se pudieron leer los ajustes.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>No se pudo leer {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} no es TOML válido: {reason}. No se pudo apartar ({error}), así que se queda como está.</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Para revisar el antiguo, ábrelo con cualquier herramienta de SQLite.</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>El historial de pausas no se puede guardar ahora mismo: {error} psoasbreak sigue funcionando, guarda los nuevos resultados en memoria y los guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>El historial de pausas {path} estaba dañado (no es una base de datos SQLite), así que se movió a {aside} (no se borró nada) y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>El historial de pausas {path} estaba dañado ({reason}), así que se movió a {aside} (no se borró nada) y se empezó un historial nuevo y vacío.</translation>
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
        <translation>El historial de pausas {path} está dañado (no es una base de datos SQLite) y no se pudo apartar ({error}). Las nuevas pausas se guardan en memoria hasta que se pueda; mueve tú el archivo o libera la carpeta, y psoasbreak se encargará.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>El historial de pausas {path} está dañado ({reason}) y no se pudo apartar ({error}). Las nuevas pausas se guardan en memoria hasta que se pueda; mueve tú el archivo o libera la carpeta, y psoasbreak se encargará.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>No se pudo guardar 1 resultado de pausa en {path}. Está en el registro.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>No se pudo leer el historial de pausas ({reason}). Los recuentos y las rachas pueden parecer bajos hasta que se pueda; no se pierde nada de lo registrado.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>No se pudieron guardar {count} resultados de pausa en {path}. Están en el registro.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>No se pudieron guardar tus pausas: otro programa tiene bloqueado el archivo del historial ({reason}). psoasbreak sigue funcionando, guarda 1 resultado de pausa en memoria y lo guarda en cuanto ese programa suelte el archivo.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>No se pudieron guardar tus pausas: otro programa tiene bloqueado el archivo del historial ({reason}). psoasbreak sigue funcionando, guarda {count} resultados de pausa en memoria y los guarda en cuanto ese programa suelte el archivo.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>No se pudieron guardar tus pausas ({reason}). psoasbreak sigue funcionando, guarda 1 resultado de pausa en memoria y lo guardará en cuanto pueda: libera espacio en disco o vuelve a dar permiso de escritura a la carpeta.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>No se pudieron guardar tus pausas ({reason}). psoasbreak sigue funcionando, guarda {count} resultados de pausa en memoria y los guardará en cuanto pueda: libera espacio en disco o vuelve a dar permiso de escritura a la carpeta.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>No se pudo guardar 1 resultado de pausa en {path}. Se escribió en {target}; vuelve a añadirlo más tarde con &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>No se pudieron guardar {count} resultados de pausa en {path}. Se escribieron en {target}; vuelve a añadirlos más tarde con &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>El historial de pausas {path} se puede volver a escribir; no se perdió nada.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Iniciar al entrar en la sesión no es compatible con este sistema ({platform}); añade «{command}» a tus programas de inicio a mano.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>No se pudo eliminar {path} ({reason}); bórralo a mano para que psoasbreak deje de iniciarse al entrar en la sesión.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>No se pudo escribir {path} ({reason}); comprueba que puedes escribir en esa carpeta.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>No se pudo añadir {app} a {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>No se pudo quitar {app} de {key} ({reason}); quítalo en las aplicaciones de arranque del Administrador de tareas.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>No se pudo escribir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>No se pudo eliminar {path} ({reason}); bórralo a mano.</translation>
    </message>
</context>
<context>
    <name>NotificationPrompt</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>el servidor de notificaciones no muestra botones</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>el bus de sesión D-Bus ha desaparecido</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>el servidor de notificaciones no responde</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>no hay ningún servidor de notificaciones en marcha</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>el servidor de notificaciones ha rechazado el aviso</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>el servidor de notificaciones ha dado una respuesta inesperada</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>inhala</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>exhala</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Inhala mientras crece y exhala mientras se encoge</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pausar hasta…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Sin avisos de pausa hasta:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausar hasta</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Una hora que ya pasó hoy significa mañana.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
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
        <translation>Aviso mostrado en una ventana</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>El aviso de pausa no puede ser una notificación aquí ({why}), así que aparece en una ventana pequeña.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>una banda elástica</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>mancuernas</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>una barra de dominadas</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>un rodillo de espuma</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminado antes</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>detenido: dolía</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n serie de {reps} respiraciones lentas por lado</numerusform>
            <numerusform>%n series de {reps} respiraciones lentas por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n serie de {reps} respiraciones lentas</numerusform>
            <numerusform>%n series de {reps} respiraciones lentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n serie de {seconds} s por lado</numerusform>
            <numerusform>%n series de {seconds} s por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n serie de {seconds} s</numerusform>
            <numerusform>%n series de {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n serie de {reps} repeticiones por lado</numerusform>
            <numerusform>%n series de {reps} repeticiones por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n serie de {reps} repeticiones</numerusform>
            <numerusform>%n series de {reps} repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Me duele</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Detiene este ejercicio y lo baja un nivel.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Terminar ejercicio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Descanso, luego serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Saltar descanso</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Serie {set} de {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Ejercicio {number} de {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Nivel {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Necesitas: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Respira despacio…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Mantén…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar repetición</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, nivel {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Subir de nivel: {exercise} al nivel {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Nivel subido: la próxima vez, nivel {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Es la hora de tu sesión de fuerza</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Es la hora de tu rutina de movilidad</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantarse</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>«Saltar» vuelve mañana: tu límite es %n pausa saltada al día.</numerusform>
            <numerusform>«Saltar» vuelve mañana: tu límite es %n pausas saltadas al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>No se puede posponer más esta pausa: tu límite es %n vez por pausa.</numerusform>
            <numerusform>No se puede posponer más esta pausa: tu límite es %n veces por pausa.</numerusform>
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
        <translation>Ilustración: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Empezar ahora el ejercicio «{title}», guiado paso a paso. Cuando hayas hecho clic en este aviso, la barra espaciadora lo inicia.</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Volver a preguntar en %n minuto.</numerusform>
            <numerusform>Volver a preguntar en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Saltar esta pausa; la siguiente llegará en el intervalo habitual. Cuando hayas hecho clic en este aviso, la tecla Escape la salta.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>hay una ventana a pantalla completa activa</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>«No molestar» está activado</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>una aplicación pidió no ser interrumpida (una llamada, una presentación o un vídeo)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>la pantalla está bloqueada</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>hay un juego a pantalla completa en marcha</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>el modo presentación está activado</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>las horas de silencio están activadas</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>el micrófono está en uso</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>la cámara está en uso</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>se está compartiendo la pantalla</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>se está ejecutando un programa de tu lista de silencio</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>toca el descanso de movimiento de GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Each exercise in turn</source>
        <translation>Cada ejercicio por turnos</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Ventana pequeña</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notificación del escritorio</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausencia</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>llamadas y reuniones</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>dos ordenadores</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa de entrenamiento</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Mancuernas</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Barra de dominadas</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> pausa</numerusform>
            <numerusform> pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Ajustes de psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Se guarda en {path}; también puedes editar ese archivo.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Restablecer los valores predeterminados: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (sin límite) o 1–{high}</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (desactivado) o 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Intervalo más corto entre pausas</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Intervalo más largo entre pausas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pausa cada</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Un tiempo al azar dentro de este rango, contado desde el final de la última pausa.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Minutos que se pospone</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Pausas saltadas permitidas al día</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Saltos permitidos al día</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Aplazamientos permitidos por pausa</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Aplazamientos por pausa</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minutos antes de que un aviso sin respuesta cuente como perdido</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Un aviso sin respuesta se cierra tras</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Cómo se muestra el aviso</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automático: una notificación del escritorio en Wayland y una ventana pequeña en los demás casos.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Mostrar el aviso como</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Solo en horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario de trabajo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Día laborable: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Fuera de él no hay avisos, y «Hasta mañana» dura hasta que empieza el siguiente periodo.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa de entrenamiento</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Rutina diaria de movilidad a las</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Hora de la movilidad</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Sesiones de fuerza a las</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Hora de las sesiones de fuerza</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Día de fuerza: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Material que tienes:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Elige cuándo quieres tus sesiones y con qué material cuentas para entrenar: los ejercicios que necesitan material que no tienes se omiten. &apos;psoasbreak session-now&apos; inicia una sesión en cualquier momento.</translation>
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
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Ejercicio propuesto</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Duración de la pausa en segundos</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inhalación, segundos</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Exhalación, segundos</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Vista previa del ritmo de respiración</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhalación</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhalación</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Objetivo diario en pausas</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Detección de ausencia</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minutos sin actividad que cuentan como ausencia</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente tras</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Tanto tiempo sin usar el teclado ni el ratón cuenta como una pausa hecha.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Llamadas y reuniones</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programas que retienen las pausas mientras se ejecutan, separados por comas</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Programas de silencio</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Una pausa pendiente espera mientras el micrófono o la cámara están en uso, se comparte la pantalla o se ejecuta uno de estos programas. Separa los nombres con comas.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Dos ordenadores</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Comparte tus pausas, tu historial y tu racha con tus otros ordenadores. En cada uno, elige la carpeta que tu herramienta de sincronización (Syncthing, Nextcloud, Dropbox) mantiene igual. Deja el campo vacío para guardarlos solo en este ordenador.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (vacío = desactivado)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Carpeta de sincronización compartida con tus otros ordenadores</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Reproducir un sonido cuando toca una pausa</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Iniciar psoasbreak al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>El intervalo más corto ({low} min) es más largo que el más largo ({high} min). El primer número no debe ser mayor que el segundo.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>El horario de trabajo debe terminar después de empezar ({end} no es posterior a {start}); no puede pasar de medianoche.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Elige al menos un día laborable.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Elige al menos un día para las sesiones de fuerza.</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Vista previa: inhala</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Vista previa: exhala</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Hasta una hora…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Hora de una pausa</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En una pausa</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Fuera del horario de trabajo; próxima pausa {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pausa en espera: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Próxima pausa a las {time}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Historial semanal…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} de %n pausa hoy</numerusform>
            <numerusform>{taken} de %n pausas hoy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>hechas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltadas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuestas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>ninguna pausa registrada</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>objetivo de {goal} no cumplido</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: {taken} hechas ({completed} completadas, {natural} naturales), {skipped} saltadas, {snoozed} pospuestas, {missed} perdidas — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pausas por día, semana {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n sesión de fuerza</numerusform>
            <numerusform>%n sesiones de fuerza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n rutina de movilidad</numerusform>
            <numerusform>%n rutinas de movilidad</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Tomadas en: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>objetivo {goal}</translation>
    </message>
</context>
</TS>
