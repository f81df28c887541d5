<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Левая сторона · левая нога сзади</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Правая сторона · правая нога сзади</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Смените сторону · правая нога сзади</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Перерыв — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Перерыв: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Вдыхайте {inhale} с, пока круг растёт, и выдыхайте {exhale} с, пока он уменьшается</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Иллюстрация: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Ход перерыва</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Сколько прошло от перерыва длиной {seconds} с</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Что делать сейчас</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Завершить досрочно</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Сразу останавливает упражнение; оно записывается как пропущенное. Клавиша Escape делает то же самое.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Вдох · цикл дыхания {number} из {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Выдох · цикл дыхания {number} из {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Левая сторона · смена через {seconds}</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>Л</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>П</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>Иллюстрация: {exercise}, левая сторона</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Иллюстрация: {exercise}, правая сторона</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Сидя, вы часами держите бёдра согнутыми, и сгибатели бедра становятся короткими и скованными.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Если вставать и двигаться каждые 30–45 минут, долгое сгибание в тазобедренных суставах прерывается.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Большая поясничная мышца идёт от нижней части позвоночника к бедренной кости, поэтому, когда она напряжена, она может тянуть спину.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Напряжённая большая поясничная мышца может наклонять таз вперёд и мешать стоять прямо.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Стресс держит глубокие мышцы корпуса в напряжении; медленное дыхание животом помогает им расслабиться.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Отвести ногу назад — противоположность сидению; это снимает укорочение, накопленное за день.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>Мягкие упражнения на подвижность и дыхание можно делать каждый день; больше всего пользы от них, если вы много сидите.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Растяжка — это только половина дела: сильные ягодичные мышцы и мышцы задней поверхности бедра держат тазобедренные суставы в равновесии.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Если после сидения передняя поверхность бедра скованна или ноет, сгибателям бедра нужен перерыв.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Растяжка сгибателей бедра</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Минута выпада с опорой, на обе стороны</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Держитесь за стул или стол и отставьте одну ногу назад в короткий выпад.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Держите грудную клетку над тазом; не прогибайте поясницу.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Слегка подверните копчик под себя и мягко подайте вперёд тазобедренный сустав задней ноги.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Медленно дышите, направляя дыхание в переднюю поверхность бедра: лёгкое натяжение, но никогда не боль.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>При острой или отдающей боли остановитесь: вместо этого мягко подвигайтесь, а если боль не проходит, обратитесь к врачу.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Дыхание животом</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Минута медленного глубокого дыхания стоя прямо</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Встаньте прямо и положите одну руку на живот.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Вдохните через нос, чтобы живот вытолкнул руку вперёд.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Медленно выдохните, чуть дольше, чем длился вдох.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Грудь и плечи остаются неподвижными и расслабленными.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Кружится голова? Дышите как обычно. При острой или отдающей боли остановитесь, вместо этого мягко подвигайтесь, обратитесь к врачу.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Марш на месте</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Шагайте на месте, поочерёдно поднимая колени</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Встаньте прямо; если нужна опора, положите руку на стол.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Поднимите одно колено примерно до высоты таза, затем подконтрольно опустите.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Держите грудную клетку над тазом; не отклоняйтесь назад, когда колено поднимается.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Меняйте ноги в лёгком ровном темпе и не задерживайте дыхание.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Прямая стойка и напряжение ягодиц</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Встаньте прямо и напрягите ягодицы, чтобы раскрыть переднюю поверхность бёдер</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Стопы на ширине таза, грудная клетка над тазом.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Напрягайте ягодицы, пока тазобедренные суставы полностью не выпрямятся, не прогибая спину.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Задержитесь на два медленных вдоха и выдоха, затем расслабьтесь и повторите.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Чтобы усилить, отведите прямую ногу назад, затем смените ногу.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>При острой или отдающей боли остановитесь. Это упражнение вернётся на один уровень назад; пока выполняйте вместо него упражнения на подвижность, а если боль не проходит, обратитесь к врачу.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Подвижность на сегодня</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Несколько минут, чтобы раскрыть переднюю поверхность бёдер: выпад, колено к груди и ролик, если он у вас есть</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Силовая тренировка</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Ягодичный мост, становая тяга на одной ноге, переноска груза и подъёмы коленей, с отдыхом между подходами</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Растяжка в выпаде с опорой</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Короткий выпад с опорой рукой на стул, с удержанием на каждую сторону</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Грудная клетка над тазом, копчик слегка подвёрнут; направляйте дыхание в переднюю поверхность бедра задней ноги.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Короткие удержания</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Два удержания по 30 секунд на каждую сторону.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Более долгие удержания</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Три удержания по 45 секунд на каждую сторону.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Полные удержания</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Три удержания по целой минуте на каждую сторону.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Колено к груди с дыханием животом</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Лёжа на спине, подтяните одно колено к груди и медленно дышите животом</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Другая нога спокойно лежит вытянутой; каждый вдох приподнимает живот, каждый выдох расслабляет тазобедренный сустав.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Восемь вдохов</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Восемь медленных вдохов на каждое подтянутое колено.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Десять вдохов</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Десять медленных вдохов на каждое подтянутое колено.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Раскатка сгибателей бедра на ролике</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Лёжа лицом вниз, ролик под передней поверхностью бедра; медленно и мягко</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Прокатывайте чуть ниже тазовой кости, никогда не по позвоночнику; давите медленно, не задерживайте дыхание.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Одна минута</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Минута медленной раскатки на каждую сторону.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Две минуты</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Две минуты медленной раскатки на каждую сторону.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Ягодичный мост с подъёмом колена</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Из ягодичного моста подтяните одно колено к груди, затем другое</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Держите таз ровно и высоко; напрягайте ягодицы, не прогибайте поясницу.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Собственный вес</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Три подхода по 10 подъёмов колена на каждую сторону.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Лента вокруг коленей</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Лёгкая лента вокруг коленей: мягко давите коленями наружу, против её сопротивления.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Медленный темп</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Опускайте каждое колено медленно, за три секунды; по 12 на каждую сторону.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Становая тяга на одной ноге</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Стоя на одной ноге, наклонитесь вперёд от таза, а другую ногу отведите назад</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Спина вытянута в линию от головы до пятки задней ноги; таз остаётся параллельным полу.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Рука на столе</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Одна рука на столе или стуле для равновесия; по 8 на каждую сторону.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Без опоры</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Без опоры, наклон медленнее; по 10 на каждую сторону.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>С гантелью</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Гантель в руке, противоположной опорной ноге; по 8 на каждую сторону.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Переноска груза с прямой осанкой</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Шагайте с прямой спиной, держа груз в каждой руке</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Спина прямая, плечи опущены и отведены назад, рёбра над тазом; короткие ровные шаги.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Подручные тяжести</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Два полных пакета с покупками или бутылки с водой; два подхода по 30 секунд.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Гантели</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Гантель в каждой руке; три подхода по 45 секунд.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Более долгие подходы</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Три подхода по целой минуте.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Подъёмы коленей</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Подконтрольно поднимайте колени к груди</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Поднимайте за счёт глубоких мышц бедра, а не раскачиванием; опускайте медленно, поясница вытянута.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Подъёмы коленей сидя</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Сядьте прямо на край стула и немного приподнимите оба колена; 8 раз.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Сидя, медленно</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Тот же подъём: три секунды вверх и три вниз; 12 раз.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Подъёмы коленей в висе</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Повисните на турнике и поднимите оба колена до уровня таза; от 8 до 12 раз.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>История за неделю</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>сделанные</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>выполненные</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>естественные</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущенные</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>отложенные</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>упущенные</translation>
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
        <translation>Неделя {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>На этой неделе: сделано {taken} (выполнено {completed}, естественных {natural}), пропущено {skipped}, отложено {snoozed}, упущено {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Доля выполненных &lt;b&gt;{rate}&lt;/b&gt; · цель достигнута в {days} из 7 дней</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Вперёд ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Предыдущая неделя (стрелка влево)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Следующая неделя (стрелка вправо)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Силовые тренировки: {done} из {target}; недель подряд с выполненной целью: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Занятия: ◆ силовые: {strength}, ◇ на подвижность: {mobility}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Перерывов пока нет&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ваш первый перерыв появится здесь: ответьте на напоминание кнопкой &lt;i&gt;Начать&lt;/i&gt; или выберите &lt;i&gt;Сделать перерыв&lt;/i&gt; в меню значка.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Новая неделя&lt;/b&gt;&lt;/p&gt;&lt;p&gt;На этой неделе пока ничего не записано. С вашим следующим перерывом появятся столбцы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Спокойная неделя&lt;/b&gt;&lt;/p&gt;&lt;p&gt;На этой неделе перерывов не записано. Дни отдыха никогда не прерывают серию.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>текущая серия</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>лучшая серия</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME тоже напоминает вам двигаться</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Откройте окно psoasbreak, чтобы выключить перерывы для движения в GNOME или оставить оба напоминания.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Не удалось выключить перерывы для движения GNOME отсюда; выключите их в GNOME: Параметры → Благополучие.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME тоже напоминает вам двигаться (Параметры → Благополучие → Перерывы для движения). Два напоминания — это на одно больше: выключите напоминание GNOME или оставьте оба (тогда psoasbreak никогда не напомнит в пределах минуты от GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Выключить перерывы для движения в GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>История перерывов</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Проблема с параметрами</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>Проблем в {path}: {count}; для этих параметров используются значения по умолчанию. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Проблемы с параметрами</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск при входе</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} — не целое число (допустимо: 0 (без ограничения) или {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} — не целое число (допустимо: 0 (без ограничения) или {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: 0 (без ограничения) или {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: 0 (без ограничения) или {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} — не целое число (допустимо: 0 (выкл.) или {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} — не целое число (допустимо: 0 (выкл.) или {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} — не целое число (допустимо: {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} — не целое число (допустимо: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: 0 (выкл.) или {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: 0 (выкл.) или {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: {range}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} вне допустимого диапазона (допустимо: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} — недопустимый вариант (допустимо: {choices}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} — недопустимый вариант (допустимо: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} — не true и не false (допустимо: true, false); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} — не true и не false (допустимо: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} — не список имён программ (допустим список вроде [&quot;zoom&quot;, &quot;obs&quot;], каждое имя без папки); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} — не список имён программ (допустим список вроде [&quot;zoom&quot;, &quot;obs&quot;], каждое имя без папки).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} — не путь к папке (допустимо &quot;&quot; для отключения или путь вроде &quot;~/Sync&quot;); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} — не путь к папке (допустимо &quot;&quot; для отключения или путь вроде &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} — не время суток (допустимо &quot;HH:MM&quot; от &quot;00:00&quot; до &quot;23:59&quot;); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} — не время суток (допустимо &quot;HH:MM&quot; от &quot;00:00&quot; до &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} — не список названий дней (допустимо одно или несколько из {days}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} — не список названий дней (допустимо одно или несколько из {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} содержит неизвестное название дня {names} (допустимо одно или несколько из {days}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} содержит неизвестное название дня {names} (допустимо одно или несколько из {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} содержит неизвестные названия дней {names} (допустимо одно или несколько из {days}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} содержит неизвестные названия дней {names} (допустимо одно или несколько из {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} — не список названий инвентаря (допустимы любые из {choices}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} — не список названий инвентаря (допустимы любые из {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} содержит неизвестное название инвентаря {names} (допустимы любые из {choices}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} содержит неизвестное название инвентаря {names} (допустимы любые из {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} содержит неизвестные названия инвентаря {names} (допустимы любые из {choices}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} содержит неизвестные названия инвентаря {names} (допустимы любые из {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} — не таблица (допустима таблица [{key}] с ключами {keys}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} — не таблица (допустима таблица [{key}] с ключами {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} больше, чем interval_max_minutes = {high} (значение по умолчанию); кратчайший интервал не может быть длиннее самого длинного, поэтому используются значения по умолчанию interval_min_minutes = {default_low} и interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} больше, чем interval_max_minutes = {high} (значение по умолчанию); кратчайший интервал не может быть длиннее самого длинного.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (значение по умолчанию) больше, чем interval_max_minutes = {high}; кратчайший интервал не может быть длиннее самого длинного, поэтому используются значения по умолчанию interval_min_minutes = {default_low} и interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (значение по умолчанию) больше, чем interval_max_minutes = {high}; кратчайший интервал не может быть длиннее самого длинного.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} больше, чем interval_max_minutes = {high}; кратчайший интервал не может быть длиннее самого длинного, поэтому используются значения по умолчанию interval_min_minutes = {default_low} и interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} больше, чем interval_max_minutes = {high}; кратчайший интервал не может быть длиннее самого длинного.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} не позже, чем working_hours.start = {start} (допустимо окончание позже в тот же день: рабочее время не может переходить через полночь); используются значения по умолчанию: start {default_start} и end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} не позже, чем working_hours.start = {start} (допустимо окончание позже в тот же день: рабочее время не может переходить через полночь).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] пуст, поэтому рабочее время никогда бы не началось (допустимо одно или несколько из {days}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] пуст, поэтому рабочее время никогда бы не началось (допустимо одно или несколько из {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] пуст, хотя programme.strength = true, поэтому силовая тренировка никогда бы не состоялась (допустимо одно или несколько из {days}); используется значение по умолчанию {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] пуст, хотя programme.strength = true, поэтому силовая тренировка никогда бы не состоялась (допустимо одно или несколько из {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>неизвестный ключ {key} остаётся в файле, но не учитывается.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Запуск при входе в систему не поддерживается в этой системе ({platform}); добавьте «{command}» в автозапуск вручную.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Не удалось удалить {path} ({reason}); удалите файл вручную, чтобы psoasbreak перестал запускаться при входе.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Не удалось записать {path} ({reason}); проверьте, есть ли у вас право записи в эту папку.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Не удалось добавить {app} в {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Не удалось удалить {app} из {key} ({reason}); удалите его в диспетчере задач в разделе «Автозагрузка приложений».</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Не удалось записать {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Не удалось удалить {path} ({reason}); удалите файл вручную.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Файл параметров не применён</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Ваши изменения в {file} не применены: {reasons} Действующие параметры остаются прежними, пока файл не исправлен.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} — некорректный TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} — папка, а не файл, поэтому прочитать параметры не удалось; используются значения по умолчанию. Переместите эту папку в другое место, чтобы psoasbreak мог хранить там свои параметры.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} — папка, а не файл, поэтому прочитать параметры не удалось.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>Не удалось прочитать {path} ({error}); используются значения по умолчанию. Проверьте права доступа к файлу (у вас должно быть право на чтение) и что его папка существует.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Не удалось прочитать {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} — некорректный TOML: {reason}. Переместить его в сторону не удалось ({error}), поэтому он оставлен как есть; пока вы его не исправите, используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} — некорректный TOML: {reason}. Переместить его в сторону не удалось ({error}), поэтому он оставлен как есть.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} — некорректный TOML: {reason}. Он перемещён в {aside}, чтобы ничего из него не потерялось; используются значения по умолчанию. Исправьте этот файл и верните его на место или измените любой параметр, чтобы создать новый файл.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} — некорректный TOML: {reason}. Он перемещён в {aside}, чтобы ничего из него не потерялось.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>История перерывов {path} повреждена (это не база данных SQLite), и переместить её в сторону не удалось ({error}). Пока это невозможно, новые перерывы хранятся в памяти; переместите файл сами или освободите папку, и psoasbreak это подхватит.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>История перерывов {path} повреждена ({reason}), и переместить её в сторону не удалось ({error}). Пока это невозможно, новые перерывы хранятся в памяти; переместите файл сами или освободите папку, и psoasbreak это подхватит.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>История перерывов {path} была повреждена (это не база данных SQLite), поэтому она перемещена в {aside} (ничего не удалено) и начата новая, пустая история.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>История перерывов {path} была повреждена ({reason}), поэтому она перемещена в {aside} (ничего не удалено) и начата новая, пустая история.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Чтобы просмотреть старую, откройте её любой программой для SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Сейчас не удаётся сохранить историю перерывов: {error} psoasbreak продолжает работать, хранит новые результаты в памяти и сохранит их, как только сможет.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Не удалось прочитать историю перерывов ({reason}). Пока это невозможно, счётчики и серии могут выглядеть заниженными; ничего из записанного не потеряно.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Не удалось сохранить ваши перерывы: файл истории заблокирован другой программой ({reason}). psoasbreak продолжает работать, хранит 1 результат перерыва в памяти и сохранит его, как только та программа освободит файл.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Не удалось сохранить ваши перерывы: файл истории заблокирован другой программой ({reason}). psoasbreak продолжает работать, хранит результаты перерывов в памяти (количество: {count}) и сохранит их, как только та программа освободит файл.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Не удалось сохранить ваши перерывы ({reason}). psoasbreak продолжает работать, хранит 1 результат перерыва в памяти и сохранит его, как только сможет: освободите место на диске или снова разрешите запись в папку.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Не удалось сохранить ваши перерывы ({reason}). psoasbreak продолжает работать, хранит результаты перерывов в памяти (количество: {count}) и сохранит их, как только сможет: освободите место на диске или снова разрешите запись в папку.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>История перерывов не сохранена</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>История перерывов снова сохраняется</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>В историю перерывов {path} снова можно записывать; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Перерывы не сохранены</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>Не удалось сохранить 1 результат перерыва в {path}. Он указан в журнале.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Не удалось сохранить результаты перерывов в {path} (количество: {count}). Они указаны в журнале.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Не удалось сохранить 1 результат перерыва в {path}. Он записан в {target}; позже добавьте его обратно командой «psoasbreak import {target}».</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Не удалось сохранить результаты перерывов в {path} (количество: {count}). Они записаны в {target}; позже добавьте их обратно командой «psoasbreak import {target}».</translation>
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
        <translation>нет сеансовой шины D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>сервер уведомлений не показывает кнопки</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Отложить на {minutes} мин</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>сеансовая шина D-Bus пропала</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>сервер уведомлений не отвечает</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>сервер уведомлений не запущен</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>сервер уведомлений отклонил напоминание</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>сервер уведомлений дал неожиданный ответ</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>вдох</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>выдох</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Ритм дыхания</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Вдыхайте, пока круг растёт, и выдыхайте, пока он уменьшается</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>Пауза до…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>Не напоминать о перерывах до:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Пауза до</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Время, которое сегодня уже прошло, означает завтра.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
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
        <translation>Напоминание показано в окне</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Здесь напоминание о перерыве не может быть уведомлением ({why}), поэтому оно показывается в маленьком окне.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>эластичная лента</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>гантели</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>турник</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>массажный ролик</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>завершено досрочно</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>остановлено: было больно</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n подход по {reps} медленных вдохов на каждую сторону</numerusform>
            <numerusform>%n подхода по {reps} медленных вдохов на каждую сторону</numerusform>
            <numerusform>%n подходов по {reps} медленных вдохов на каждую сторону</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n подход по {reps} медленных вдохов</numerusform>
            <numerusform>%n подхода по {reps} медленных вдохов</numerusform>
            <numerusform>%n подходов по {reps} медленных вдохов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n подход по {seconds} с на каждую сторону</numerusform>
            <numerusform>%n подхода по {seconds} с на каждую сторону</numerusform>
            <numerusform>%n подходов по {seconds} с на каждую сторону</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n подход по {seconds} с</numerusform>
            <numerusform>%n подхода по {seconds} с</numerusform>
            <numerusform>%n подходов по {seconds} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n подход по {reps} повторений на каждую сторону</numerusform>
            <numerusform>%n подхода по {reps} повторений на каждую сторону</numerusform>
            <numerusform>%n подходов по {reps} повторений на каждую сторону</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n подход по {reps} повторений</numerusform>
            <numerusform>%n подхода по {reps} повторений</numerusform>
            <numerusform>%n подходов по {reps} повторений</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Было больно</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Останавливает упражнение и понижает его на один уровень.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Завершить упражнение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>левая сторона</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>правая сторона</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Отдых, затем подход {set} из {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Пропустить отдых</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Подход {set} из {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Подход {set} из {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Упражнение {number} из {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Уровень {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Инвентарь: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n вдох</numerusform>
            <numerusform>%n вдоха</numerusform>
            <numerusform>%n вдохов</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Дышите медленно…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Удерживайте…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Засчитать повторение</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Занятие завершено</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, уровень {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n подход</numerusform>
            <numerusform>%n подхода</numerusform>
            <numerusform>%n подходов</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Повысить: {exercise} до уровня {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Повышено: в следующий раз уровень {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Время для силовой тренировки</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Время для упражнений на подвижность</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Отложить на {minutes} мин</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Пора встать</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>«Пропустить» вернётся завтра: ваш лимит — %n пропущенный перерыв в день.</numerusform>
            <numerusform>«Пропустить» вернётся завтра: ваш лимит — %n пропущенных перерыва в день.</numerusform>
            <numerusform>«Пропустить» вернётся завтра: ваш лимит — %n пропущенных перерывов в день.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Этот перерыв больше нельзя отложить: ваш лимит — %n раз на перерыв.</numerusform>
            <numerusform>Этот перерыв больше нельзя отложить: ваш лимит — %n раза на перерыв.</numerusform>
            <numerusform>Этот перерыв больше нельзя отложить: ваш лимит — %n раз на перерыв.</numerusform>
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
        <translation>Иллюстрация: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Начать упражнение «{title}» сейчас, с пошаговыми подсказками. Когда вы щёлкнете в этом напоминании, его можно начать клавишей Пробел.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Спросить снова через %n минуту.</numerusform>
            <numerusform>Спросить снова через %n минуты.</numerusform>
            <numerusform>Спросить снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Пропустить этот перерыв; следующий будет через обычный интервал. Когда вы щёлкнете в этом напоминании, его можно пропустить клавишей Escape.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>активно полноэкранное окно</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>включён режим «Не беспокоить»</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>приложение попросило не прерывать его (звонок, презентация или видео)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>экран заблокирован</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>запущена полноэкранная игра</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>включён режим презентации</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>включены тихие часы</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>используется микрофон</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>используется камера</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>идёт демонстрация экрана</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>запущена программа из вашего тихого списка</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>подошёл собственный перерыв для движения GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Кратчайший интервал ({low} мин) длиннее самого длинного ({high} мин). Первое число не должно быть больше второго.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Рабочее время должно заканчиваться после начала ({end} не позже {start}); оно не может переходить через полночь.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Выберите хотя бы один день для силовых тренировок.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Все упражнения по очереди</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Случайно</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Маленькое окно</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Уведомление рабочего стола</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>упражнение</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>away</source>
        <translation>отсутствие</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>звонки и встречи</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>два компьютера</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>звук</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>запуск при входе</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа тренировок</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Эластичная лента</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Гантели</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Турник</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Массажный ролик</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> перерыв</numerusform>
            <numerusform> перерыва</numerusform>
            <numerusform> перерывов</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Параметры psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Сохраняется в {path}; этот файл можно также изменить вручную.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Восстановить значения по умолчанию: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (без ограничения) или 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (выкл.) или 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Кратчайший интервал между перерывами</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Самый длинный интервал между перерывами</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Перерыв каждые</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Случайное время в этом диапазоне, считая от конца последнего перерыва.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>На сколько минут отложить</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Отложить на</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Допустимо пропущенных перерывов в день</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Пропусков в день</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Допустимо откладываний одного перерыва</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Откладываний на перерыв</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Через сколько минут напоминание без ответа считается упущенным</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Закрыть напоминание без ответа через</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Как показывается напоминание</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Автоматически: уведомление рабочего стола в Wayland, в остальных случаях маленькое окно.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Показывать напоминание как</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Только в рабочее время</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Начало рабочего времени</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Конец рабочего времени</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Рабочий день: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Вне рабочего времени напоминаний нет, а пауза «До завтра» длится до начала следующего рабочего периода.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа тренировок</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Ежедневные упражнения на подвижность в</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Время упражнений на подвижность</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Силовые тренировки в</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Время силовых тренировок</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>День силовой тренировки: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Инвентарь, который у вас есть:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Выберите, когда проводить занятия и с чем вы можете тренироваться: упражнения, для которых нужен инвентарь, которого у вас нет, пропускаются. Команда «psoasbreak session-now» запускает занятие в любой момент.</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box; starts with a space.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box; starts with a space.</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Предлагаемое упражнение</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Длительность перерыва в секундах</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Вдох, секунды</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Выдох, секунды</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Предпросмотр ритма дыхания</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предлагать</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Вдох</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Выдох</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Цель на день</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Цель на день в перерывах</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Определение отсутствия</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Минуты без ввода, после которых вы считаетесь отсутствующим</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Отсутствие через</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Если столько времени нет ввода с клавиатуры или мыши, это засчитывается как сделанный перерыв.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Звонки и встречи</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Программы, во время работы которых перерывы ждут, через запятую</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Тихие программы</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Наступивший перерыв ждёт, пока используются микрофон или камера, идёт демонстрация экрана или запущена одна из этих программ. Разделяйте имена запятыми.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Два компьютера</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Ваши перерывы, история и серия становятся общими с другими вашими компьютерами. На каждом выберите папку, которую ваша программа синхронизации (Syncthing, Nextcloud, Dropbox) держит одинаковой. Оставьте поле пустым, чтобы хранить их только на этом компьютере.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (пусто — выкл.)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Папка синхронизации, общая с другими вашими компьютерами</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Выбрать папку синхронизации</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Воспроизводить звук, когда пора сделать перерыв</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск при входе</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Запускать psoasbreak при входе в систему</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Предпросмотр: вдох</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Предпросмотр: выдох</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Сделать перерыв</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>История за неделю…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Параметры…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>Сегодня {taken} из %n перерыва</numerusform>
            <numerusform>Сегодня {taken} из %n перерывов</numerusform>
            <numerusform>Сегодня {taken} из %n перерывов</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 часа</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>До определённого времени…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Пауза до {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Пора сделать перерыв</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Идёт перерыв</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Нерабочее время; следующий перерыв: {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Перерыв ждёт: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Следующий перерыв: {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>сделанные</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущенные</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>отложенные</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>упущенные</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>перерывов не записано</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>цель достигнута</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>цель {goal} не достигнута</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: сделано {taken} (выполнено {completed}, естественных {natural}), пропущено {skipped}, отложено {snoozed}, упущено {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Перерывы по дням</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Перерывы по дням, неделя {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n силовая тренировка</numerusform>
            <numerusform>%n силовые тренировки</numerusform>
            <numerusform>%n силовых тренировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n занятие на подвижность</numerusform>
            <numerusform>%n занятия на подвижность</numerusform>
            <numerusform>%n занятий на подвижность</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Сделаны на: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>цель {goal}</translation>
    </message>
</context>
</TS>
