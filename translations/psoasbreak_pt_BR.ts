<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Lado esquerdo · pé esquerdo atrás</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Lado direito · pé direito atrás</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Troque de lado · pé direito atrás</translation>
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
        <translation>Inspire por {inhale} segundos enquanto ele cresce e expire por {exhale} segundos enquanto ele diminui</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ilustração: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progresso da pausa</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Quanto da pausa de {seconds} segundos já foi feito</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Encerrar a pausa antes</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Para o exercício agora; ele é registrado como pulado. A tecla Esc faz o mesmo.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Inspire · respiração {number} de {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Expire · respiração {number} de {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Lado esquerdo · troca em {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Ilustração: {exercise}, lado esquerdo</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Ilustração: {exercise}, lado direito</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Ficar sentado mantém seus quadris flexionados por horas, o que deixa os flexores do quadril encurtados e rígidos.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Levantar e se mexer a cada 30 a 45 minutos interrompe esse longo período de quadril flexionado.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>O psoas vai da parte baixa da coluna até o fêmur, então, quando está tenso, pode puxar as costas.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Um psoas tenso pode inclinar a pelve para a frente e dificultar ficar em pé com a postura reta.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>O estresse mantém a musculatura profunda do tronco contraída; a respiração abdominal lenta ajuda a soltá-la.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Levar a perna para trás é o oposto de ficar sentado e alivia o encurtamento do dia.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Exercícios leves de mobilidade e de respiração podem ser feitos todos os dias e são mais úteis se você passa muito tempo sentado.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Alongar é só metade: glúteos e músculos posteriores da coxa fortes mantêm os quadris em equilíbrio.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Se a parte da frente do quadril fica rígida ou dolorida depois de ficar sentado, é sinal de que seus flexores do quadril pedem uma pausa.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Alongamento dos flexores do quadril</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Um minuto de avanço com apoio, dos dois lados</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Segure-se em uma cadeira ou na mesa e leve um pé para trás em um avanço curto.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Alinhe a caixa torácica sobre os quadris; não deixe a lombar arquear.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Encaixe um pouco o cóccix e leve o quadril de trás suavemente para a frente.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Respire devagar em direção à frente do quadril: uma tensão suave, nunca dor.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>Dor aguda ou que se espalha significa parar: em vez disso, mexa-se com suavidade e procure um profissional de saúde se ela persistir.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Respiração abdominal</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Um minuto de respiração lenta e profunda, em pé e com a postura ereta</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Fique em pé com a postura ereta e apoie uma mão na barriga.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Inspire pelo nariz e deixe a barriga empurrar a mão para fora.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Expire devagar, por um pouco mais de tempo que a inspiração.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Mantenha o peito e os ombros parados e relaxados.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Tontura? Respire normalmente. Dor aguda ou que se espalha: pare, mexa-se com suavidade em vez disso e procure um profissional de saúde.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Marcha no lugar</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Marche no lugar, levantando um joelho de cada vez</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Fique em pé com a postura ereta, com uma mão na mesa se quiser apoio.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Levante um joelho até perto da altura do quadril e depois abaixe-o com controle.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Mantenha a caixa torácica sobre os quadris; não incline o corpo para trás quando o joelho subir.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Alterne as pernas em um ritmo tranquilo e constante e continue respirando.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Postura ereta e contração dos glúteos</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Fique em pé com a postura ereta e contraia os glúteos para abrir a frente dos quadris</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Pés afastados na largura do quadril, caixa torácica alinhada sobre os quadris.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Contraia os glúteos até os quadris ficarem totalmente estendidos, sem arquear as costas.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Segure por duas respirações lentas, depois relaxe e repita.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Para ir além, estenda uma perna reta para trás e depois troque de perna.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>Dor aguda ou que se espalha significa parar. Este exercício volta um nível; por enquanto, faça exercícios de mobilidade em vez dele e procure um profissional de saúde se a dor continuar.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Mobilidade do dia</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Alguns minutos para abrir a frente dos quadris: avanço, joelho ao peito e um rolo, se você tiver um</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Sessão de força</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Pontes, levantamento terra unilateral, caminhada com carga e elevação de joelhos, com descanso entre as séries</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Alongamento em avanço com apoio</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Um avanço curto com uma mão na cadeira, mantido de cada lado</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Caixa torácica sobre os quadris, cóccix levemente encaixado; respire em direção à frente do quadril de trás.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Sustentações curtas</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Duas sustentações de 30 segundos de cada lado.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Sustentações mais longas</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Três sustentações de 45 segundos de cada lado.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Sustentações completas</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Três sustentações de um minuto inteiro de cada lado.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Joelho ao peito com respiração abdominal</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>De barriga para cima, abrace um joelho junto ao peito e respire devagar, levando o ar para a barriga</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Deixe a outra perna estendida e relaxada; cada inspiração eleva a barriga, cada expiração solta o quadril.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Oito respirações</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Oito respirações lentas com cada joelho abraçado junto ao peito.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Dez respirações</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Dez respirações lentas com cada joelho abraçado junto ao peito.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Liberação dos flexores do quadril com rolo</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>De bruços, com o rolo sob a frente do quadril, devagar e com suavidade</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Role logo abaixo do osso do quadril, nunca sobre a coluna; pressão lenta, continue respirando.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Um minuto</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Um minuto rolando devagar de cada lado.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Dois minutos</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Dois minutos rolando devagar de cada lado.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Ponte com elevação de joelho</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Na posição de ponte de glúteos, leve um joelho em direção ao peito e depois o outro</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Mantenha os quadris nivelados e altos; contraia os glúteos, não arqueie a lombar.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Peso corporal</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Três séries de 10 elevações de joelho de cada lado.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Faixa elástica nos joelhos</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Uma faixa elástica leve em volta dos joelhos: empurre-a suavemente para fora.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Ritmo lento</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Abaixe cada joelho em três segundos lentos; 12 de cada lado.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Levantamento terra unilateral</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Incline o tronco à frente apoiado em uma perna, enquanto a outra se estende para trás</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Coluna alongada da cabeça ao calcanhar de trás; os quadris ficam paralelos ao chão.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Mão na mesa</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Uma mão na mesa ou na cadeira para se equilibrar; 8 de cada lado.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Sem apoio</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Sem apoio, com uma inclinação mais lenta; 10 de cada lado.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>Com halter</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Um halter na mão oposta à perna de apoio; 8 de cada lado.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Caminhada com carga, postura ereta</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Caminhe com a postura ereta e uma carga em cada mão</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Postura ereta, ombros para baixo e para trás, costelas sobre os quadris; passos curtos e firmes.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Cargas caseiras</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Duas sacolas de compras cheias ou garrafas de água; duas rodadas de 30 segundos.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Halteres</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Um halter em cada mão; três rodadas de 45 segundos.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Rodadas mais longas</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Três rodadas de um minuto inteiro.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Elevação de joelhos</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Eleve os joelhos em direção ao peito com controle</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Eleve a partir da musculatura profunda do quadril, sem balançar; abaixe devagar e mantenha a lombar alongada.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Elevação de joelhos sentado</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Sente-se com a postura ereta na beirada da cadeira e eleve um pouco os dois joelhos; 8 vezes.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Sentado, devagar</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>A mesma elevação, três segundos para subir e três para descer; 12 vezes.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Elevação de joelhos na barra</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Pendure-se na barra e eleve os dois joelhos até a altura do quadril; 8 a 12 vezes.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Histórico semanal</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>feitas</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluídas</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>naturais</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>puladas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiadas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>A date with day, month and year, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A date with day and month only, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d &apos;de&apos; MMM</translation>
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
        <translation>Esta semana: {taken} feitas ({completed} concluídas, {natural} naturais), {skipped} puladas, {snoozed} adiadas, {missed} perdidas</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Taxa de conclusão &lt;b&gt;{rate}&lt;/b&gt; · meta atingida em {days} de 7 dias</translation>
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
        <translation>Próxima ›</translation>
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
        <translation>Semana anterior (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Próxima semana (seta para a direita)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Sessões de força: {done} de {target}; semanas seguidas na meta: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Sessões: ◆ {strength} de força, ◇ {mobility} de mobilidade</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Nenhuma pausa registrada ainda&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sua primeira pausa aparecerá aqui: responda a um lembrete com &lt;i&gt;Iniciar&lt;/i&gt; ou escolha &lt;i&gt;Fazer uma pausa agora&lt;/i&gt; no menu do ícone da bandeja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Uma nova semana&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nada registrado ainda nesta semana. Sua próxima pausa dará início às barras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Uma semana tranquila&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nenhuma pausa foi registrada nesta semana. Dias de descanso nunca interrompem uma sequência.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>sequência atual</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>melhor sequência</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>O GNOME também lembra você de se mexer</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Abra a janela do psoasbreak para desativar as pausas para movimento do GNOME ou manter as duas.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Não foi possível desativar daqui as pausas para movimento do GNOME; desative-as em Configurações → Bem-estar do GNOME.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>O GNOME também lembra você de se mexer (Configurações → Bem-estar → Pausas para movimento). Dois lembretes são um a mais: desative o do GNOME ou mantenha os dois (o psoasbreak nunca avisará a menos de um minuto do GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Desativar as pausas para movimento do GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Histórico de pausas</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema nas configurações</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{count} problemas em {path}; os valores padrão são usados para essas configurações. Os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problemas nas configurações</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao fazer login</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} não é um número inteiro (permitido: 0 (sem limite) ou {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} não é um número inteiro (permitido: 0 (sem limite) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} está fora do intervalo (permitido: 0 (sem limite) ou {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} está fora do intervalo (permitido: 0 (sem limite) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} não é um número inteiro (permitido: 0 (desativado) ou {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} não é um número inteiro (permitido: 0 (desativado) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} não é um número inteiro (permitido: {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} não é um número inteiro (permitido: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} está fora do intervalo (permitido: 0 (desativado) ou {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} está fora do intervalo (permitido: 0 (desativado) ou {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} está fora do intervalo (permitido: {range}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} está fora do intervalo (permitido: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} não é uma das opções (permitido: {choices}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} não é uma das opções (permitido: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} não é true nem false (permitido: true, false); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} não é true nem false (permitido: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} não é uma lista de nomes de programas (permitido: uma lista como [&quot;zoom&quot;, &quot;obs&quot;], cada nome sem a pasta); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} não é uma lista de nomes de programas (permitido: uma lista como [&quot;zoom&quot;, &quot;obs&quot;], cada nome sem a pasta).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} não é um caminho de pasta (permitido: &quot;&quot; para desativado, ou um caminho como &quot;~/Sync&quot;); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} não é um caminho de pasta (permitido: &quot;&quot; para desativado, ou um caminho como &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} não é um horário (permitido: &quot;HH:MM&quot; de &quot;00:00&quot; a &quot;23:59&quot;); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} não é um horário (permitido: &quot;HH:MM&quot; de &quot;00:00&quot; a &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} não é uma lista de nomes de dias (permitido: um ou mais de {days}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} não é uma lista de nomes de dias (permitido: um ou mais de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} tem um nome de dia desconhecido {names} (permitido: um ou mais de {days}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} tem um nome de dia desconhecido {names} (permitido: um ou mais de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} tem nomes de dias desconhecidos {names} (permitido: um ou mais de {days}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} tem nomes de dias desconhecidos {names} (permitido: um ou mais de {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} não é uma lista de nomes de equipamentos (permitido: qualquer combinação de {choices}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} não é uma lista de nomes de equipamentos (permitido: qualquer combinação de {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} tem um nome de equipamento desconhecido {names} (permitido: qualquer combinação de {choices}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} tem um nome de equipamento desconhecido {names} (permitido: qualquer combinação de {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} tem nomes de equipamentos desconhecidos {names} (permitido: qualquer combinação de {choices}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} tem nomes de equipamentos desconhecidos {names} (permitido: qualquer combinação de {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} não é uma tabela (permitido: uma tabela [{key}] com as chaves {keys}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} não é uma tabela (permitido: uma tabela [{key}] com as chaves {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} é maior que interval_max_minutes = {high} (o padrão dele); o intervalo mais curto não pode ser maior que o mais longo, então serão usados os padrões interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} é maior que interval_max_minutes = {high} (o padrão dele); o intervalo mais curto não pode ser maior que o mais longo.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (o padrão dele) é maior que interval_max_minutes = {high}; o intervalo mais curto não pode ser maior que o mais longo, então serão usados os padrões interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (o padrão dele) é maior que interval_max_minutes = {high}; o intervalo mais curto não pode ser maior que o mais longo.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} é maior que interval_max_minutes = {high}; o intervalo mais curto não pode ser maior que o mais longo, então serão usados os padrões interval_min_minutes = {default_low} e interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} é maior que interval_max_minutes = {high}; o intervalo mais curto não pode ser maior que o mais longo.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} não é posterior a working_hours.start = {start} (permitido: um fim mais tarde no mesmo dia, o horário de trabalho não pode passar da meia-noite); usando os padrões start {default_start} e end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} não é posterior a working_hours.start = {start} (permitido: um fim mais tarde no mesmo dia, o horário de trabalho não pode passar da meia-noite).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] está vazio, então o horário de trabalho nunca começaria (permitido: um ou mais de {days}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] está vazio, então o horário de trabalho nunca começaria (permitido: um ou mais de {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] está vazio enquanto programme.strength = true, então nenhuma sessão de força aconteceria (permitido: um ou mais de {days}); usando o padrão {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] está vazio enquanto programme.strength = true, então nenhuma sessão de força aconteceria (permitido: um ou mais de {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>A chave desconhecida {key} é mantida no arquivo, mas ignorada.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>A inicialização ao fazer login não é compatível com este sistema ({platform}); adicione “{command}” manualmente aos seus programas de inicialização.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Não foi possível remover {path} ({reason}); exclua o arquivo manualmente para que o psoasbreak não inicie mais ao fazer login.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Não foi possível gravar {path} ({reason}); verifique se você tem permissão para gravar nessa pasta.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Não foi possível adicionar {app} a {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Não foi possível remover {app} de {key} ({reason}); remova-o no Gerenciador de Tarefas, em “Aplicativos de inicialização”.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Não foi possível gravar {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Não foi possível remover {path} ({reason}); exclua o arquivo manualmente.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Arquivo de configurações não aplicado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Sua alteração em {file} não foi aplicada: {reasons} As configurações em vigor continuam como estavam até que o arquivo seja corrigido.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} não é um TOML válido: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} é uma pasta, não um arquivo, então não foi possível ler as configurações; os valores padrão são usados. Mova essa pasta para outro lugar para que o psoasbreak possa guardar as configurações ali.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} é uma pasta, não um arquivo, então não foi possível ler as configurações.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>Não foi possível ler {path} ({error}); os valores padrão são usados. Verifique as permissões do arquivo (você precisa poder lê-lo) e se a pasta dele existe.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Não foi possível ler {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} não é um TOML válido: {reason}. Não foi possível colocá-lo de lado ({error}), então ele foi deixado como está; os valores padrão são usados até você corrigi-lo.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} não é um TOML válido: {reason}. Não foi possível colocá-lo de lado ({error}), então ele foi deixado como está.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} não é um TOML válido: {reason}. Ele foi movido para {aside} para que nada nele se perca; os valores padrão são usados. Corrija esse arquivo e mova-o de volta, ou altere qualquer configuração para começar um arquivo novo.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} não é um TOML válido: {reason}. Ele foi movido para {aside} para que nada nele se perca.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>O histórico de pausas {path} está danificado (não é um banco de dados SQLite) e não foi possível colocá-lo de lado ({error}). As novas pausas ficam na memória até que isso seja possível; mova você mesmo o arquivo ou libere a pasta, e o psoasbreak retoma a partir daí.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>O histórico de pausas {path} está danificado ({reason}) e não foi possível colocá-lo de lado ({error}). As novas pausas ficam na memória até que isso seja possível; mova você mesmo o arquivo ou libere a pasta, e o psoasbreak retoma a partir daí.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>O histórico de pausas {path} estava danificado (não é um banco de dados SQLite), então foi movido para {aside} (nada foi excluído) e um histórico novo e vazio foi iniciado.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>O histórico de pausas {path} estava danificado ({reason}), então foi movido para {aside} (nada foi excluído) e um histórico novo e vazio foi iniciado.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Para examinar o antigo, abra-o com qualquer ferramenta de SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>O histórico de pausas não pode ser salvo agora: {error} O psoasbreak continua funcionando, mantém os novos resultados na memória e os salva assim que puder.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Não foi possível ler o histórico de pausas ({reason}). As contagens e sequências podem parecer baixas até que seja possível; nada do que foi registrado se perde.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Não foi possível salvar suas pausas: outro programa bloqueou o arquivo do histórico ({reason}). O psoasbreak continua funcionando, mantém 1 resultado de pausa na memória e o salva assim que esse programa liberar o arquivo.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Não foi possível salvar suas pausas: outro programa bloqueou o arquivo do histórico ({reason}). O psoasbreak continua funcionando, mantém {count} resultados de pausa na memória e os salva assim que esse programa liberar o arquivo.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Não foi possível salvar suas pausas ({reason}). O psoasbreak continua funcionando, mantém 1 resultado de pausa na memória e o salva assim que puder: libere espaço em disco ou torne a pasta gravável novamente.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Não foi possível salvar suas pausas ({reason}). O psoasbreak continua funcionando, mantém {count} resultados de pausa na memória e os salva assim que puder: libere espaço em disco ou torne a pasta gravável novamente.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Histórico de pausas não salvo</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Histórico de pausas salvo novamente</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>O histórico de pausas {path} pode ser gravado novamente; nada foi perdido.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Pausas não salvas</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>Não foi possível salvar 1 resultado de pausa em {path}. Ele está listado no registro.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Não foi possível salvar {count} resultados de pausa em {path}. Eles estão listados no registro.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Não foi possível salvar 1 resultado de pausa em {path}. Ele foi gravado em {target}; adicione-o de volta depois com &apos;psoasbreak import {target}&apos;.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Não foi possível salvar {count} resultados de pausa em {path}. Eles foram gravados em {target}; adicione-os de volta depois com &apos;psoasbreak import {target}&apos;.</translation>
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
        <translation>não há um barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>o servidor de notificações não mostra botões</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>o barramento de sessão D-Bus desapareceu</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>o servidor de notificações não responde</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>nenhum servidor de notificações está em execução</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>o servidor de notificações recusou o lembrete</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>o servidor de notificações deu uma resposta inesperada</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>inspire</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>expire</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Guia de respiração</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Inspire enquanto ele cresce e expire enquanto ele diminui</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Pausar até…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Nenhum lembrete de pausa até este horário:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausar até</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Um horário que já passou hoje vale para amanhã.</translation>
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
        <translation>Lembrete mostrado em uma janela</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Aqui o lembrete de pausa não pode ser uma notificação ({why}), então ele aparece em uma janela pequena.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>uma faixa elástica</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>halteres</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>uma barra fixa</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>um rolo de espuma</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>encerrado antes</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>interrompido: doeu</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n série de {reps} respirações lentas de cada lado</numerusform>
            <numerusform>%n séries de {reps} respirações lentas de cada lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n série de {reps} respirações lentas</numerusform>
            <numerusform>%n séries de {reps} respirações lentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n série de {seconds} s de cada lado</numerusform>
            <numerusform>%n séries de {seconds} s de cada lado</numerusform>
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
            <numerusform>%n série de {reps} repetições de cada lado</numerusform>
            <numerusform>%n séries de {reps} repetições de cada lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n série de {reps} repetições</numerusform>
            <numerusform>%n séries de {reps} repetições</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Doeu</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Interrompe este exercício e o faz voltar um nível.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Encerrar exercício</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Descanso, depois série {set} de {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pular descanso</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Série {set} de {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} de {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Exercício {number} de {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Nível {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Você precisa de: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiração</numerusform>
            <numerusform>%n respirações</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Respire devagar…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Segure…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar repetição</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sessão concluída</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, nível {level}: {outcome}, {sets}</translation>
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
        <translation>Subir de nível: {exercise} para o nível {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Nível {level} a partir da próxima vez</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Hora da sua sessão de força</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Hora da sua rotina de mobilidade</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de se levantar</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>“Pular” volta amanhã: seu limite é %n pausa pulada por dia.</numerusform>
            <numerusform>“Pular” volta amanhã: seu limite é %n pausas puladas por dia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Esta pausa não pode mais ser adiada: seu limite é %n adiamento por pausa.</numerusform>
            <numerusform>Esta pausa não pode mais ser adiada: seu limite é %n adiamentos por pausa.</numerusform>
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
        <translation>Ilustração: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Iniciar agora o exercício “{title}”, guiado passo a passo. Depois que você clicar neste lembrete, a barra de espaço o inicia.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Perguntar de novo em %n minuto.</numerusform>
            <numerusform>Perguntar de novo em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Pular esta pausa; a próxima vem no intervalo de sempre. Depois que você clicar neste lembrete, a tecla Esc pula a pausa.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>há uma janela em tela cheia ativa</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>o modo “Não perturbe” está ativado</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>um aplicativo pediu para não ser interrompido (uma chamada, uma apresentação ou um vídeo)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>a tela está bloqueada</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>há um jogo em tela cheia em execução</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>o modo de apresentação está ativado</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>o horário de silêncio está ativado</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>o microfone está em uso</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>a câmera está em uso</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>a tela está sendo compartilhada</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>um programa da sua lista de silêncio está em execução</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>está na hora da pausa para movimento do GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>O intervalo mais curto ({low} min) é maior que o mais longo ({high} min). O primeiro número não pode ser maior que o segundo.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>O horário de trabalho precisa terminar depois de começar ({end} não é depois de {start}); ele não pode passar da meia-noite.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Escolha pelo menos um dia útil.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Escolha pelo menos um dia para as sessões de força.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Um exercício de cada vez</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatório</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Janela pequena</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Notificação do sistema</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horário</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercício</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausência</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>chamadas e reuniões</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>dois computadores</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>som</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>início ao fazer login</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Faixa elástica</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Halteres</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Barra fixa</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rolo de espuma</translation>
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
        <translation>Configurações do psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Salvo em {path}; você também pode editar esse arquivo.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Restaurar os padrões: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (sem limite) ou 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (desativado) ou 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Intervalo mais curto entre pausas</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Intervalo mais longo entre pausas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Pausa a cada</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Um tempo aleatório nesse intervalo, contado a partir do fim da última pausa.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>Tempo de adiamento em minutos</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Pausas puladas permitidas por dia</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Pulos permitidos por dia</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Adiamentos permitidos para uma pausa</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Adiamentos por pausa</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Minutos até que um lembrete sem resposta conte como perdido</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Lembrete sem resposta fecha após</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Como o lembrete é mostrado</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Automático: uma notificação do sistema no Wayland e uma janela pequena nos outros casos.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Mostrar o lembrete como</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Só durante o horário de trabalho</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do horário de trabalho</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do horário de trabalho</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Dia útil: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Fora dele não há lembretes, e “Até amanhã” dura até o início do próximo período.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Rotina diária de mobilidade às</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Horário da mobilidade</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Sessões de força às</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Horário das sessões de força</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>Dia de força: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Equipamentos que você tem:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Escolha quando você quer fazer suas sessões e com o que pode treinar: os exercícios que precisam de equipamentos que você não tem ficam de fora. &apos;psoasbreak session-now&apos; inicia uma sessão a qualquer momento.</translation>
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
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Exercício proposto</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Duração da pausa em segundos</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inspiração, segundos</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Expiração, segundos</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Prévia do ritmo da respiração</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propor</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duração da pausa</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiração</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiração</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Meta diária em pausas</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>por dia</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Detecção de ausência</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Minutos sem atividade que contam como ausência</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente após</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Esse tempo sem usar o teclado nem o mouse conta como uma pausa feita.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Chamadas e reuniões</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Programas que seguram as pausas enquanto estão em execução, separados por vírgulas</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Programas de silêncio</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Uma pausa pendente espera enquanto o microfone ou a câmera estiverem em uso, a tela estiver sendo compartilhada ou um destes programas estiver em execução. Separe os nomes com vírgulas.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Dois computadores</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Compartilha suas pausas, seu histórico e sua sequência com seus outros computadores. Em cada um, escolha a pasta que sua ferramenta de sincronização (Syncthing, Nextcloud, Dropbox) mantém igual. Deixe o campo vazio para mantê-los só neste computador.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (desativado se vazio)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Pasta de sincronização compartilhada com seus outros computadores</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Tocar um som quando for hora de uma pausa</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao fazer login</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Iniciar o psoasbreak quando eu fizer login</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Prévia: inspire</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Prévia: expire</translation>
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
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Histórico semanal…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>{taken} de %n pausa hoje</numerusform>
            <numerusform>{taken} de %n pausas hoje</numerusform>
        </translation>
    </message>
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
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Até um horário…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausado até {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Hora de uma pausa</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Pausa em andamento</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Fora do horário de trabalho; próxima pausa {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Pausa em espera: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Próxima pausa às {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>feitas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>puladas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiadas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdidas</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>nenhuma pausa registrada</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>meta atingida</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>meta de {goal} não atingida</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: {taken} feitas ({completed} concluídas, {natural} naturais), {skipped} puladas, {snoozed} adiadas, {missed} perdidas — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por dia</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Pausas por dia, semana {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n sessão de força</numerusform>
            <numerusform>%n sessões de força</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n rotina de mobilidade</numerusform>
            <numerusform>%n rotinas de mobilidade</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Feitas em: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>hoje</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>meta {goal}</translation>
    </message>
</context>
</TS>
