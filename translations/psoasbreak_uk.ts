<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>Ліва сторона · ліва нога позаду</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>Права сторона · права нога позаду</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>Змініть сторону · права нога позаду</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>Перерва — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>Перерва: {exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>Вдихайте {inhale} с, поки коло збільшується, і видихайте {exhale} с, поки воно зменшується</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>Ілюстрація: {exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишилося часу</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Перебіг перерви</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>Скільки минуло з перерви тривалістю {seconds} с</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Що робити зараз</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>Завершити достроково</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>Одразу зупиняє вправу; її буде записано як пропущену. Клавіша Escape робить те саме.</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>Вдих · цикл дихання {number} з {total}</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>Видих · цикл дихання {number} з {total}</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>Ліва сторона · зміна через {seconds}</translation>
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
        <translation>Ілюстрація: {exercise}, ліва сторона</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>Ілюстрація: {exercise}, права сторона</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>Коли ви сидите, кульшові суглоби годинами зігнуті, і згиначі стегна стають короткими й скутими.</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>Якщо вставати й рухатися кожні 30–45 хвилин, тривале згинання в кульшових суглобах переривається.</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>Великий поперековий м’яз іде від нижньої частини хребта до стегнової кістки, тому, коли він напружений, він може тягнути спину.</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>Напружений великий поперековий м’яз може нахиляти таз уперед і заважати стояти рівно.</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>Стрес тримає глибокі м’язи корпусу в напрузі; повільне дихання животом допомагає їм розслабитися.</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>Відведення ноги назад — протилежність сидінню; воно знімає вкорочення, накопичене за день.</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>М’які вправи на рухливість і дихання можна виконувати щодня; найкорисніші вони, якщо ви багато сидите.</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>Розтяжка — це лише половина справи: сильні сідничні м’язи та м’язи задньої поверхні стегна тримають кульшові суглоби в рівновазі.</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>Якщо після сидіння передня поверхня стегна скута або ниє, згиначам стегна потрібна перерва.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>Розтяжка згиначів стегна</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>Хвилина випаду з опорою, на обидва боки</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>Тримайтеся за стілець або стіл і відставте одну ногу назад у короткий випад.</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>Тримайте грудну клітку над тазом; не прогинайте поперек.</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>Трохи підверніть куприк під себе й м’яко подайте вперед кульшовий суглоб задньої ноги.</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>Повільно дихайте, спрямовуючи дихання в передню поверхню стегна: легкий натяг, але ніколи не біль.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>У разі гострого болю або болю, що віддає, зупиніться: натомість м’яко порухайтеся, а якщо біль не минає, зверніться до лікаря.</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>Дихання животом</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>Хвилина повільного глибокого дихання стоячи рівно</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>Станьте рівно й покладіть одну руку на живіт.</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>Вдихніть через ніс, щоб живіт виштовхнув руку вперед.</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>Повільно видихніть, трохи довше, ніж тривав вдих.</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>Груди й плечі залишаються нерухомими та розслабленими.</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>Паморочиться голова? Дихайте як зазвичай. У разі гострого болю або болю, що віддає: зупиніться, натомість м’яко порухайтеся, зверніться до лікаря.</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>Марш на місці</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>Крокуйте на місці, по черзі піднімаючи коліна</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>Станьте рівно; якщо потрібна опора, покладіть руку на стіл.</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>Підніміть одне коліно приблизно до висоти таза, потім контрольовано опустіть.</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>Тримайте грудну клітку над тазом; не відхиляйтеся назад, коли коліно піднімається.</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>Змінюйте ноги в легкому рівному темпі й не затримуйте дихання.</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>Рівна стійка й напруження сідниць</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>Станьте рівно й напружте сідниці, щоб розкрити передню поверхню стегон</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>Стопи на ширині таза, грудна клітка над тазом.</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>Напружуйте сідниці, доки кульшові суглоби повністю не випростаються, не прогинаючи спину.</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>Затримайтеся на два повільні вдихи й видихи, потім розслабтеся й повторіть.</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>Щоб посилити, відведіть пряму ногу назад, потім змініть ногу.</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>У разі гострого болю або болю, що віддає, зупиніться. Ця вправа повернеться на один рівень назад; поки що натомість виконуйте вправи на рухливість, а якщо біль не минає, зверніться до лікаря.</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>Рухливість на сьогодні</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>Кілька хвилин, щоб розкрити передню поверхню стегон: випад, коліно до грудей і ролик, якщо він у вас є</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>Силове тренування</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>Сідничний міст, станова тяга на одній нозі, перенесення вантажу й підйоми колін, з відпочинком між підходами</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>Розтяжка у випаді з опорою</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>Короткий випад з опорою рукою на стілець, з утриманням на кожен бік</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>Грудна клітка над тазом, куприк трохи підвернутий; спрямовуйте дихання в передню поверхню стегна задньої ноги.</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>Короткі утримання</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>Два утримання по 30 секунд на кожен бік.</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>Довші утримання</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>Три утримання по 45 секунд на кожен бік.</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>Повні утримання</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>Три утримання по цілій хвилині на кожен бік.</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>Коліно до грудей з диханням животом</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>Лежачи на спині, підтягніть одне коліно до грудей і повільно дихайте животом</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>Інша нога спокійно лежить витягнутою; кожен вдих піднімає живіт, кожен видих розслабляє кульшовий суглоб.</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>Вісім вдихів</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>Вісім повільних вдихів на кожне підтягнуте коліно.</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>Десять вдихів</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>Десять повільних вдихів на кожне підтягнуте коліно.</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>Розкочування згиначів стегна на ролику</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>Лежачи обличчям донизу, ролик під передньою поверхнею стегна; повільно й м’яко</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>Прокочуйте трохи нижче тазової кістки, ніколи не по хребту; тисніть повільно, не затримуйте дихання.</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Одна хвилина</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>Хвилина повільного розкочування на кожен бік.</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>Дві хвилини</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>Дві хвилини повільного розкочування на кожен бік.</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>Сідничний міст з підйомом коліна</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>Із сідничного мосту підтягніть одне коліно до грудей, потім друге</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>Тримайте таз рівно й високо; напружуйте сідниці, не прогинайте поперек.</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Власна вага</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>Три підходи по 10 підйомів коліна на кожен бік.</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>Стрічка навколо колін</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>Легка стрічка навколо колін: м’яко тисніть колінами назовні, проти її опору.</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>Повільний темп</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>Опускайте кожне коліно повільно, за три секунди; по 12 на кожен бік.</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>Станова тяга на одній нозі</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>Стоячи на одній нозі, нахиліться вперед від таза, а другу ногу відведіть назад</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>Спина витягнута в лінію від голови до п’яти задньої ноги; таз залишається паралельним підлозі.</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>Рука на столі</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>Одна рука на столі або стільці для рівноваги; по 8 на кожен бік.</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>Без опори</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>Без опори, нахил повільніший; по 10 на кожен бік.</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>З гантеллю</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>Гантель у руці, протилежній опорній нозі; по 8 на кожен бік.</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>Перенесення вантажу з рівною поставою</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>Крокуйте з рівною спиною, тримаючи вантаж у кожній руці</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>Спина рівна, плечі опущені й відведені назад, ребра над тазом; короткі рівні кроки.</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>Підручні тягарі</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>Дві повні сумки з покупками або пляшки з водою; два підходи по 30 секунд.</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Гантелі</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>Гантель у кожній руці; три підходи по 45 секунд.</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>Довші підходи</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>Три підходи по цілій хвилині.</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>Підйоми колін</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>Контрольовано піднімайте коліна до грудей</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>Піднімайте за рахунок глибоких м’язів стегна, а не розгойдуванням; опускайте повільно, поперек витягнутий.</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>Підйоми колін сидячи</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>Сядьте рівно на край стільця й трохи підніміть обидва коліна; 8 разів.</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>Сидячи, повільно</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>Той самий підйом: три секунди вгору й три вниз; 12 разів.</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>Підйоми колін у висі</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>Повисніть на турніку й підніміть обидва коліна до рівня таза; від 8 до 12 разів.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>Історія за тиждень</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>зроблені</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>виконані</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>природні</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущені</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>відкладені</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>упущені</translation>
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
        <translation>Тиждень {number} · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>Цього тижня: зроблено {taken} (виконано {completed}, природних {natural}), пропущено {skipped}, відкладено {snoozed}, упущено {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>Частка виконаних &lt;b&gt;{rate}&lt;/b&gt; · мету досягнуто в {days} з 7 днів</translation>
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
        <translation>Далі ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Попередній тиждень</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>Попередній тиждень (стрілка ліворуч)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>Наступний тиждень (стрілка праворуч)</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ Силові тренування: {done} з {target}; тижнів поспіль із виконаною метою: {streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>Заняття: ◆ силові: {strength}, ◇ на рухливість: {mobility}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Перерв ще немає&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ваша перша перерва з’явиться тут: дайте відповідь на нагадування кнопкою &lt;i&gt;Почати&lt;/i&gt; або виберіть &lt;i&gt;Зробити перерву&lt;/i&gt; в меню значка.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Новий тиждень&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Цього тижня ще нічого не записано. З вашою наступною перервою з’являться стовпчики.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Спокійний тиждень&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Цього тижня перерв не записано. Дні відпочинку ніколи не переривають серію.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>поточна серія</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>найкраща серія</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME теж нагадує вам рухатися</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>Відкрийте вікно psoasbreak, щоб вимкнути перерви для руху в GNOME або залишити обидва нагадування.</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>Не вдалося вимкнути перерви для руху GNOME звідси; вимкніть їх у GNOME: Параметри → Добробут.</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME теж нагадує вам рухатися (Параметри → Добробут → Перерви для руху). Два нагадування — на одне забагато: вимкніть нагадування GNOME або залиште обидва (тоді psoasbreak ніколи не нагадає в межах хвилини від GNOME).</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>Вимкнути перерви для руху в GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Залишити обидва</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>Історія перерв</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Проблема з налаштуваннями</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>Проблем у {path}: {count}; для цих налаштувань використовуються типові значення. Подробиці — в журналі.</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Проблеми з налаштуваннями</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск під час входу</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} — не ціле число (допустимо: 0 (без обмеження) або {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} — не ціле число (допустимо: 0 (без обмеження) або {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: 0 (без обмеження) або {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: 0 (без обмеження) або {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} — не ціле число (допустимо: 0 (вимк.) або {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} — не ціле число (допустимо: 0 (вимк.) або {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} — не ціле число (допустимо: {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} — не ціле число (допустимо: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: 0 (вимк.) або {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: 0 (вимк.) або {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: {range}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} поза допустимим діапазоном (допустимо: {range}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} — недопустимий варіант (допустимо: {choices}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} — недопустимий варіант (допустимо: {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} — не true і не false (допустимо: true, false); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} — не true і не false (допустимо: true, false).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} — не список назв програм (допустимо список на зразок [&quot;zoom&quot;, &quot;obs&quot;], кожна назва без теки); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} — не список назв програм (допустимо список на зразок [&quot;zoom&quot;, &quot;obs&quot;], кожна назва без теки).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} — не шлях до теки (допустимо &quot;&quot; для вимкнення або шлях на зразок &quot;~/Sync&quot;); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} — не шлях до теки (допустимо &quot;&quot; для вимкнення або шлях на зразок &quot;~/Sync&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} — не час доби (допустимо &quot;HH:MM&quot; від &quot;00:00&quot; до &quot;23:59&quot;); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} — не час доби (допустимо &quot;HH:MM&quot; від &quot;00:00&quot; до &quot;23:59&quot;).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} — не список назв днів (допустимо один або кілька з {days}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} — не список назв днів (допустимо один або кілька з {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} містить невідому назву дня {names} (допустимо один або кілька з {days}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} містить невідому назву дня {names} (допустимо один або кілька з {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} містить невідомі назви днів {names} (допустимо один або кілька з {days}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} містить невідомі назви днів {names} (допустимо один або кілька з {days}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} — не список назв інвентарю (допустимі будь-які з {choices}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} — не список назв інвентарю (допустимі будь-які з {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} містить невідому назву інвентарю {names} (допустимі будь-які з {choices}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} містить невідому назву інвентарю {names} (допустимі будь-які з {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} містить невідомі назви інвентарю {names} (допустимі будь-які з {choices}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} містить невідомі назви інвентарю {names} (допустимі будь-які з {choices}).</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} — не таблиця (допустима таблиця [{key}] з ключами {keys}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} — не таблиця (допустима таблиця [{key}] з ключами {keys}).</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} більше, ніж interval_max_minutes = {high} (типове значення); найкоротший інтервал не може бути довшим за найдовший, тому використовуються типові значення interval_min_minutes = {default_low} і interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} більше, ніж interval_max_minutes = {high} (типове значення); найкоротший інтервал не може бути довшим за найдовший.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} (типове значення) більше, ніж interval_max_minutes = {high}; найкоротший інтервал не може бути довшим за найдовший, тому використовуються типові значення interval_min_minutes = {default_low} і interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} (типове значення) більше, ніж interval_max_minutes = {high}; найкоротший інтервал не може бути довшим за найдовший.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} більше, ніж interval_max_minutes = {high}; найкоротший інтервал не може бути довшим за найдовший, тому використовуються типові значення interval_min_minutes = {default_low} і interval_max_minutes = {default_high}.</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} більше, ніж interval_max_minutes = {high}; найкоротший інтервал не може бути довшим за найдовший.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} не пізніше за working_hours.start = {start} (допустимо кінець пізніше того самого дня: робочий час не може переходити через північ); використовуються типові значення: start {default_start} і end {default_end}.</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} не пізніше за working_hours.start = {start} (допустимо кінець пізніше того самого дня: робочий час не може переходити через північ).</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] порожній, тому робочий час ніколи б не почався (допустимо один або кілька з {days}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] порожній, тому робочий час ніколи б не почався (допустимо один або кілька з {days}).</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength_days = [] порожній, хоча programme.strength = true, тому силове тренування ніколи б не відбулося (допустимо один або кілька з {days}); використовується типове значення {default}.</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength_days = [] порожній, хоча programme.strength = true, тому силове тренування ніколи б не відбулося (допустимо один або кілька з {days}).</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>невідомий ключ {key} залишається у файлі, але ігнорується.</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>Запуск під час входу не підтримується в цій системі ({platform}); додайте «{command}» до автозапуску вручну.</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>Не вдалося вилучити {path} ({reason}); видаліть файл вручну, щоб psoasbreak більше не запускався під час входу.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>Не вдалося записати {path} ({reason}); перевірте, чи маєте ви право запису в цю теку.</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>Не вдалося додати {app} до {key} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>Не вдалося вилучити {app} з {key} ({reason}); вилучіть його в диспетчері завдань у розділі «Автозавантаження програм».</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Не вдалося записати {path} ({reason}).</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>Не вдалося вилучити {path} ({reason}); видаліть файл вручну.</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>Файл налаштувань не застосовано</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>Ваші зміни в {file} не застосовано: {reasons} Чинні налаштування залишаються такими, як були, доки файл не виправлено.</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} — некоректний TOML: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} — тека, а не файл, тому прочитати налаштування не вдалося; використовуються типові значення. Перемістіть цю теку деінде, щоб psoasbreak міг зберігати там свої налаштування.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} — тека, а не файл, тому прочитати налаштування не вдалося.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>Не вдалося прочитати {path} ({error}); використовуються типові значення. Перевірте права доступу до файлу (ви повинні мати право на читання) і чи існує його тека.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>Не вдалося прочитати {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} — некоректний TOML: {reason}. Його не вдалося відкласти вбік ({error}), тому його залишено як є; доки ви його не виправите, використовуються типові значення.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} — некоректний TOML: {reason}. Його не вдалося відкласти вбік ({error}), тому його залишено як є.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} — некоректний TOML: {reason}. Його переміщено до {aside}, щоб нічого з нього не втратилося; використовуються типові значення. Виправте цей файл і поверніть його на місце або змініть будь-яке налаштування, щоб створити новий файл.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} — некоректний TOML: {reason}. Його переміщено до {aside}, щоб нічого з нього не втратилося.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Історію перерв {path} пошкоджено (це не база даних SQLite), і її не вдалося відкласти вбік ({error}). Доки це неможливо, нові перерви зберігаються в пам’яті; перемістіть файл самі або звільніть теку, і psoasbreak це підхопить.</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>Історію перерв {path} пошкоджено ({reason}), і її не вдалося відкласти вбік ({error}). Доки це неможливо, нові перерви зберігаються в пам’яті; перемістіть файл самі або звільніть теку, і psoasbreak це підхопить.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Історію перерв {path} було пошкоджено (це не база даних SQLite), тому її переміщено до {aside} (нічого не видалено) і розпочато нову, порожню історію.</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>Історію перерв {path} було пошкоджено ({reason}), тому її переміщено до {aside} (нічого не видалено) і розпочато нову, порожню історію.</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved} {unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>Щоб переглянути стару, відкрийте її будь-якою програмою для SQLite.</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved} {look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>Зараз не вдається зберегти історію перерв: {error} psoasbreak продовжує працювати, зберігає нові результати в пам’яті й запише їх, щойно зможе.</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>Не вдалося прочитати історію перерв ({reason}). Доки це неможливо, лічильники й серії можуть здаватися заниженими; нічого із записаного не втрачено.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>Не вдалося зберегти ваші перерви: файл історії заблокувала інша програма ({reason}). psoasbreak продовжує працювати, зберігає 1 результат перерви в пам’яті й запише його, щойно та програма звільнить файл.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>Не вдалося зберегти ваші перерви: файл історії заблокувала інша програма ({reason}). psoasbreak продовжує працювати, зберігає результати перерв у пам’яті (кількість: {count}) і запише їх, щойно та програма звільнить файл.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Не вдалося зберегти ваші перерви ({reason}). psoasbreak продовжує працювати, зберігає 1 результат перерви в пам’яті й запише його, щойно зможе: звільніть місце на диску або знову дозвольте запис у теку.</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>Не вдалося зберегти ваші перерви ({reason}). psoasbreak продовжує працювати, зберігає результати перерв у пам’яті (кількість: {count}) і запише їх, щойно зможе: звільніть місце на диску або знову дозвольте запис у теку.</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>Історію перерв не збережено</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>Історія перерв знову зберігається</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>До історії перерв {path} знову можна записувати; нічого не втрачено.</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>Перерви не збережено</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>Не вдалося зберегти 1 результат перерви до {path}. Його вказано в журналі.</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>Не вдалося зберегти результати перерв до {path} (кількість: {count}). Їх вказано в журналі.</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Не вдалося зберегти 1 результат перерви до {path}. Його записано до {target}; пізніше додайте його назад командою «psoasbreak import {target}».</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>Не вдалося зберегти результати перерв до {path} (кількість: {count}). Їх записано до {target}; пізніше додайте їх назад командою «psoasbreak import {target}».</translation>
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
        <translation>немає сеансової шини D-Bus</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>сервер сповіщень не показує кнопок</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Відкласти на {minutes} хв</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>сеансова шина D-Bus зникла</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>сервер сповіщень не відповідає</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>сервер сповіщень не запущено</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>сервер сповіщень відхилив нагадування</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>сервер сповіщень дав неочікувану відповідь</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>вдих</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>видих</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>Ритм дихання</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>Вдихайте, поки коло збільшується, і видихайте, поки воно зменшується</translation>
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
        <translation>Не нагадувати про перерви до:</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Пауза до</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>Час, який сьогодні вже минув, означає завтра.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Призупинити</translation>
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
        <translation>Нагадування показано у вікні</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>Тут нагадування про перерву не може бути сповіщенням ({why}), тому воно з’являється в маленькому вікні.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>еластична стрічка</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>гантелі</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>турнік</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>масажний ролик</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>завершено достроково</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>зупинено: було боляче</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>%n підхід по {reps} повільних вдихів на кожен бік</numerusform>
            <numerusform>%n підходи по {reps} повільних вдихів на кожен бік</numerusform>
            <numerusform>%n підходів по {reps} повільних вдихів на кожен бік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>%n підхід по {reps} повільних вдихів</numerusform>
            <numerusform>%n підходи по {reps} повільних вдихів</numerusform>
            <numerusform>%n підходів по {reps} повільних вдихів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>%n підхід по {seconds} с на кожен бік</numerusform>
            <numerusform>%n підходи по {seconds} с на кожен бік</numerusform>
            <numerusform>%n підходів по {seconds} с на кожен бік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>%n підхід по {seconds} с</numerusform>
            <numerusform>%n підходи по {seconds} с</numerusform>
            <numerusform>%n підходів по {seconds} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>%n підхід по {reps} повторень на кожен бік</numerusform>
            <numerusform>%n підходи по {reps} повторень на кожен бік</numerusform>
            <numerusform>%n підходів по {reps} повторень на кожен бік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>%n підхід по {reps} повторень</numerusform>
            <numerusform>%n підходи по {reps} повторень</numerusform>
            <numerusform>%n підходів по {reps} повторень</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Лічильник</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Було боляче</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>Зупиняє вправу й знижує її на один рівень.</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>Завершити вправу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>ліва сторона</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>права сторона</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>Відпочинок, потім підхід {set} з {sets}</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Пропустити відпочинок</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>Підхід {set} з {sets} · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Підхід {set} з {sets}</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>Вправа {number} з {total}</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>Рівень {number}: {name}. {how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>Інвентар: {things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n вдих</numerusform>
            <numerusform>%n вдихи</numerusform>
            <numerusform>%n вдихів</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>Дихайте повільно…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Утримуйте…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Зарахувати повторення</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}: {advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Заняття завершено</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}, рівень {level}: {outcome}, {sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n підхід</numerusform>
            <numerusform>%n підходи</numerusform>
            <numerusform>%n підходів</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>Підвищити: {exercise} до рівня {level} ({name})</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>Підвищено: наступного разу рівень {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>Час для силового тренування</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>Час для вправ на рухливість</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Відкласти на {minutes} хв</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Час підвестися</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>«Пропустити» повернеться завтра: ваш ліміт — %n пропущена перерва на день.</numerusform>
            <numerusform>«Пропустити» повернеться завтра: ваш ліміт — %n пропущені перерви на день.</numerusform>
            <numerusform>«Пропустити» повернеться завтра: ваш ліміт — %n пропущених перерв на день.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>Цю перерву більше не можна відкласти: ваш ліміт — %n раз на перерву.</numerusform>
            <numerusform>Цю перерву більше не можна відкласти: ваш ліміт — %n рази на перерву.</numerusform>
            <numerusform>Цю перерву більше не можна відкласти: ваш ліміт — %n разів на перерву.</numerusform>
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
        <translation>Ілюстрація: {exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>Почати вправу «{title}» зараз, з покроковими підказками. Коли ви клацнете в цьому нагадуванні, її можна почати клавішею Пробіл.</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>Запитати знову через %n хвилину.</numerusform>
            <numerusform>Запитати знову через %n хвилини.</numerusform>
            <numerusform>Запитати знову через %n хвилин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>Пропустити цю перерву; наступна буде через звичайний інтервал. Коли ви клацнете в цьому нагадуванні, її можна пропустити клавішею Escape.</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>активне повноекранне вікно</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>увімкнено режим «Не турбувати»</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>програма попросила не переривати її (дзвінок, презентація або відео)</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>екран заблоковано</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>запущено повноекранну гру</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>увімкнено режим презентації</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>увімкнено тихі години</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>використовується мікрофон</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>використовується камера</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>екран транслюється</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>запущено програму з вашого тихого списку</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>настала власна перерва для руху GNOME</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>Найкоротший інтервал ({low} хв) довший за найдовший ({high} хв). Перше число не повинно бути більшим за друге.</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>Робочий час має закінчуватися після початку ({end} не пізніше за {start}); він не може переходити через північ.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Виберіть принаймні один робочий день.</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>Виберіть принаймні один день для силових тренувань.</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>Усі вправи по черзі</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Випадково</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>Маленьке вікно</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Сповіщення стільниці</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>розклад</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>вправа</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>away</source>
        <translation>відсутність</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>дзвінки й зустрічі</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>два комп’ютери</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>звук</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>запуск під час входу</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>програма тренувань</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Еластична стрічка</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>Гантелі</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>Турнік</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Масажний ролик</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> перерва</numerusform>
            <numerusform> перерви</numerusform>
            <numerusform> перерв</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>Налаштування psoasbreak</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>Зберігається в {path}; цей файл можна також редагувати вручну.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Типові значення</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>Відновити типові значення: {group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (без обмеження) або 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимк.</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: 0 (вимк.) або 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}: {low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>Найкоротший інтервал між перервами</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>Найдовший інтервал між перервами</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>Перерва кожні</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>Випадковий час у цьому діапазоні, від кінця останньої перерви.</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>На скільки хвилин відкласти</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Відкласти на</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>Дозволено пропущених перерв на день</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Пропусків на день</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>Дозволено відкладань однієї перерви</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>Відкладань на перерву</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>Через скільки хвилин нагадування без відповіді вважається упущеним</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>Закрити нагадування без відповіді через</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>Як показується нагадування</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>Автоматично: сповіщення стільниці у Wayland, в інших випадках маленьке вікно.</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>Показувати нагадування як</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>Лише в робочий час</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Початок робочого часу</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Кінець робочого часу</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>Робочий день: {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дні</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>Поза робочим часом нагадувань немає, а пауза «До завтра» триває до початку наступного робочого періоду.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма тренувань</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>Щоденні вправи на рухливість о</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>Час вправ на рухливість</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>Силові тренування о</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>Час силових тренувань</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>День силового тренування: {day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>Інвентар, який у вас є:</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>Виберіть, коли проводити заняття і з чим ви можете тренуватися: вправи, для яких потрібен інвентар, якого у вас немає, пропускаються. Команда «psoasbreak session-now» запускає заняття будь-коли.</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box; starts with a space.</extracomment>
        <translation> хв</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box; starts with a space.</extracomment>
        <translation> с</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Вправа</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>Запропонована вправа</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>Тривалість перерви в секундах</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Вдих, секунди</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Видих, секунди</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>Попередній перегляд ритму дихання</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Пропонувати</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Вдих</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Видих</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Мета на день</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>Мета на день у перервах</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>на день</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>Виявлення відсутності</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>Хвилини без введення, після яких вас вважають відсутнім</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Відсутність через</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>Якщо стільки часу немає введення з клавіатури чи миші, це зараховується як зроблена перерва.</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>Дзвінки й зустрічі</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>Програми, під час роботи яких перерви чекають, через кому</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>Тихі програми</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>Перерва, що настала, чекає, поки використовується мікрофон чи камера, транслюється екран або запущено одну з цих програм. Розділяйте назви комами.</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>Два комп’ютери</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>Ваші перерви, історія та серія стають спільними з іншими вашими комп’ютерами. На кожному виберіть теку, яку ваша програма синхронізації (Syncthing, Nextcloud, Dropbox) тримає однаковою. Залиште поле порожнім, щоб зберігати їх лише на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync (порожньо — вимк.)</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>Тека синхронізації, спільна з іншими вашими комп’ютерами</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Вибрати теку синхронізації</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Тека синхронізації</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>Відтворювати звук, коли час зробити перерву</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запуск під час входу</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>Запускати psoasbreak під час входу в систему</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>Перегляд: вдих</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>Перегляд: видих</translation>
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
        <translation>Зробити перерву</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>Історія за тиждень…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>Сьогодні {taken} з %n перерви</numerusform>
            <numerusform>Сьогодні {taken} з %n перерв</numerusform>
            <numerusform>Сьогодні {taken} з %n перерв</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 хвилин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 години</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>До певного часу…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Пауза до {time}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Час зробити перерву</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Триває перерва</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>Неробочий час; наступна перерва: {time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>Перерва чекає: {reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>Наступна перерва: {time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>зроблені</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущені</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>відкладені</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>упущені</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>перерв не записано</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>мету досягнуто</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>мету {goal} не досягнуто</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}: зроблено {taken} (виконано {completed}, природних {natural}), пропущено {skipped}, відкладено {snoozed}, упущено {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Перерви за днями</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>Перерви за днями, тиждень {week}</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>%n силове тренування</numerusform>
            <numerusform>%n силові тренування</numerusform>
            <numerusform>%n силових тренувань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>%n заняття на рухливість</numerusform>
            <numerusform>%n заняття на рухливість</numerusform>
            <numerusform>%n занять на рухливість</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>цей комп’ютер</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>Зроблені на: {machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>мета {goal}</translation>
    </message>
</context>
</TS>
