<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Left side · left foot back</source>
        <translation>左側 · 左足を後ろに</translation>
    </message>
    <message>
        <source>Right side · right foot back</source>
        <translation>右側 · 右足を後ろに</translation>
    </message>
    <message>
        <source>Switch sides · right foot back</source>
        <translation>左右交代 · 右足を後ろに</translation>
    </message>
    <message>
        <source>Break — {exercise}</source>
        <translation>休憩 — {exercise}</translation>
    </message>
    <message>
        <source>Break: {exercise}</source>
        <translation>休憩：{exercise}</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} seconds while it grows, out for {exhale} seconds while it shrinks</source>
        <translation>円が大きくなる間に {inhale} 秒かけて息を吸い、小さくなる間に {exhale} 秒かけて吐きます</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>イラスト：{exercise}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>休憩の進み具合</translation>
    </message>
    <message>
        <source>How much of the {seconds}-second break is done</source>
        <translation>{seconds} 秒の休憩のうち済んだ割合</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>今やること</translation>
    </message>
    <message>
        <source>End break early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>Stops the exercise now; it is recorded as skipped. Escape does the same.</source>
        <translation>エクササイズをすぐに終了します。スキップとして記録されます。Esc キーでも同じです。</translation>
    </message>
    <message>
        <source>Breathe in · breath {number} of {total}</source>
        <translation>吸う · {total} 回中 {number} 回目</translation>
    </message>
    <message>
        <source>Breathe out · breath {number} of {total}</source>
        <translation>吐く · {total} 回中 {number} 回目</translation>
    </message>
    <message>
        <source>Left side · switch in {seconds}</source>
        <translation>左側 · あと {seconds} 秒で交代</translation>
    </message>
    <message>
        <source>L</source>
        <comment>badge: left side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the left side.</extracomment>
        <translation>左</translation>
    </message>
    <message>
        <source>R</source>
        <comment>badge: right side</comment>
        <extracomment>The letter on the illustration&apos;s badge for the right side.</extracomment>
        <translation>右</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, left side</source>
        <translation>イラスト：{exercise}、左側</translation>
    </message>
    <message>
        <source>Illustration: {exercise}, right side</source>
        <translation>イラスト：{exercise}、右側</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.</source>
        <translation>座っていると股関節が何時間も曲がったままになり、股関節屈筋が縮んで硬くなります。</translation>
    </message>
    <message>
        <source>Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.</source>
        <translation>30～45 分ごとに立ち上がって体を動かすと、長く続く股関節の屈曲が途切れます。</translation>
    </message>
    <message>
        <source>The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.</source>
        <translation>大腰筋は背骨の下部から大腿骨までつながっているため、硬くなると腰を引っ張ることがあります。</translation>
    </message>
    <message>
        <source>A tight psoas can tip the pelvis forward and make it harder to stand up straight.</source>
        <translation>大腰筋が硬いと骨盤が前に傾き、まっすぐ立ちにくくなることがあります。</translation>
    </message>
    <message>
        <source>Stress keeps the deep core braced; slow belly breathing helps it let go.</source>
        <translation>ストレスは体幹深部の筋肉をこわばらせたままにします。ゆっくりとした腹式呼吸は、それを緩めるのに役立ちます。</translation>
    </message>
    <message>
        <source>Moving the leg back behind you is the opposite of sitting and eases the day&apos;s shortening.</source>
        <translation>脚を後ろへ引く動きは座った姿勢の反対で、1 日の間に縮んだ状態を和らげます。</translation>
    </message>
    <message>
        <source>Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.</source>
        <translation>やさしい可動域のエクササイズや呼吸のエクササイズは毎日行ってかまいません。長く座っている人ほど役立ちます。</translation>
    </message>
    <message>
        <source>Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.</source>
        <translation>ストレッチだけでは半分です。お尻の筋肉とハムストリングスが強いと、股関節のバランスが保たれます。</translation>
    </message>
    <message>
        <source>A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.</source>
        <translation>座った後に股関節の前側がこわばったり痛んだりするのは、股関節屈筋が休憩を求めているサインです。</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <translation>股関節屈筋のストレッチ</translation>
    </message>
    <message>
        <source>A one-minute supported lunge, both sides</source>
        <translation>支えを使った 1 分間のランジ（左右両方）</translation>
    </message>
    <message>
        <source>Hold a chair or desk and step one foot back into a short lunge.</source>
        <translation>椅子か机につかまり、片足を後ろに引いて小さなランジの姿勢をとります。</translation>
    </message>
    <message>
        <source>Stack your ribcage over your hips; keep the lower back from arching.</source>
        <translation>胸郭を骨盤の真上に重ね、腰を反らせないようにします。</translation>
    </message>
    <message>
        <source>Tuck your tailbone a little and ease the back hip forward.</source>
        <translation>尾骨を少し巻き込み、後ろ側の股関節をゆっくり前へ押し出します。</translation>
    </message>
    <message>
        <source>Breathe slowly into the front of the hip: a gentle pull, never pain.</source>
        <translation>股関節の前側に息を送るように、ゆっくり呼吸します。軽く引っ張られる程度で、痛みは決して出さないでください。</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.</source>
        <translation>鋭い痛みや放散する痛みがあれば中止してください。代わりにやさしく体を動かし、痛みが続く場合は医療機関を受診してください。</translation>
    </message>
    <message>
        <source>Belly breathing</source>
        <translation>腹式呼吸</translation>
    </message>
    <message>
        <source>A minute of slow, deep breathing, standing tall</source>
        <translation>まっすぐ立って、ゆっくり深く呼吸する 1 分間</translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on your belly.</source>
        <translation>まっすぐ立ち、片手をお腹に当てます。</translation>
    </message>
    <message>
        <source>Breathe in through your nose and let your belly push your hand out.</source>
        <translation>鼻から息を吸い、お腹で手を押し出すようにします。</translation>
    </message>
    <message>
        <source>Breathe out slowly, a little longer than the in-breath.</source>
        <translation>吸う息より少し長く、ゆっくり息を吐きます。</translation>
    </message>
    <message>
        <source>Keep your chest and shoulders still and soft.</source>
        <translation>胸と肩は動かさず、力を抜いたままにします。</translation>
    </message>
    <message>
        <source>Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.</source>
        <translation>めまいがしたら、普段どおりに呼吸してください。鋭い痛みや放散する痛みがあれば中止し、代わりにやさしく体を動かして、医療機関を受診してください。</translation>
    </message>
    <message>
        <source>Standing march</source>
        <translation>その場で足踏み</translation>
    </message>
    <message>
        <source>March on the spot, lifting each knee in turn</source>
        <translation>ひざを交互に上げて、その場で足踏みします</translation>
    </message>
    <message>
        <source>Stand tall, with a hand on the desk if you want the support.</source>
        <translation>まっすぐ立ちます。支えが欲しい場合は、片手を机に置きます。</translation>
    </message>
    <message>
        <source>Lift one knee towards hip height, then lower it with control.</source>
        <translation>片方のひざを腰の高さに向けて上げ、ゆっくりコントロールしながら下ろします。</translation>
    </message>
    <message>
        <source>Keep your ribcage over your hips; do not lean back as the knee rises.</source>
        <translation>胸郭を骨盤の真上に保ち、ひざが上がるときに上体を後ろに倒さないようにします。</translation>
    </message>
    <message>
        <source>Swap legs at an easy, steady pace and keep breathing.</source>
        <translation>無理のない一定のペースで脚を入れ替え、呼吸を続けます。</translation>
    </message>
    <message>
        <source>Tall stand and glute squeeze</source>
        <translation>まっすぐ立ってお尻を締める</translation>
    </message>
    <message>
        <source>Stand tall and squeeze your glutes to open the front of the hips</source>
        <translation>まっすぐ立ってお尻を締め、股関節の前側を開きます</translation>
    </message>
    <message>
        <source>Feet hip-width apart, ribcage stacked over your hips.</source>
        <translation>足を腰幅に開き、胸郭を骨盤の真上に重ねます。</translation>
    </message>
    <message>
        <source>Squeeze your glutes until your hips are fully straight, without arching your back.</source>
        <translation>背中を反らさずに、股関節がまっすぐ伸びきるまでお尻を締めます。</translation>
    </message>
    <message>
        <source>Hold for two slow breaths, then relax and repeat.</source>
        <translation>ゆっくり 2 呼吸分キープしたら、力を抜いて繰り返します。</translation>
    </message>
    <message>
        <source>For more, reach one straight leg back behind you, then swap legs.</source>
        <translation>さらに行うには、伸ばした片脚を後ろへ引き、次に脚を入れ替えます。</translation>
    </message>
    <message>
        <source>Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.</source>
        <translation>鋭い痛みや放散する痛みがあれば中止してください。このエクササイズはレベルを 1 段階下げます。当面は代わりに可動域のエクササイズを行い、痛みが続く場合は医療機関を受診してください。</translation>
    </message>
    <message>
        <source>Mobility of the day</source>
        <translation>今日の可動域エクササイズ</translation>
    </message>
    <message>
        <source>A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one</source>
        <translation>数分で股関節の前側を開きます：ランジ、ひざを胸へ、ローラーがあればローラーも</translation>
    </message>
    <message>
        <source>Strength session</source>
        <translation>筋力トレーニング</translation>
    </message>
    <message>
        <source>Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets</source>
        <translation>ブリッジ、片脚デッドリフト、重りを持って歩く運動、ひざ上げ。セットの間に休憩をはさみます</translation>
    </message>
    <message>
        <source>Supported lunge stretch</source>
        <translation>支えを使ったランジストレッチ</translation>
    </message>
    <message>
        <source>A short lunge with a hand on a chair, held on each side</source>
        <translation>片手を椅子に置いた小さなランジを、左右それぞれキープします</translation>
    </message>
    <message>
        <source>Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.</source>
        <translation>胸郭を骨盤の真上に重ね、尾骨を少し巻き込みます。後ろ側の股関節の前側に息を送ります。</translation>
    </message>
    <message>
        <source>Short holds</source>
        <translation>短めのキープ</translation>
    </message>
    <message>
        <source>Two holds of 30 seconds on each side.</source>
        <translation>左右それぞれ 30 秒ずつ 2 回キープします。</translation>
    </message>
    <message>
        <source>Longer holds</source>
        <translation>長めのキープ</translation>
    </message>
    <message>
        <source>Three holds of 45 seconds on each side.</source>
        <translation>左右それぞれ 45 秒ずつ 3 回キープします。</translation>
    </message>
    <message>
        <source>Full holds</source>
        <translation>しっかりキープ</translation>
    </message>
    <message>
        <source>Three holds of a full minute on each side.</source>
        <translation>左右それぞれ丸 1 分ずつ 3 回キープします。</translation>
    </message>
    <message>
        <source>Knee to chest with belly breaths</source>
        <translation>ひざを胸に抱えて腹式呼吸</translation>
    </message>
    <message>
        <source>On your back, hug one knee in and breathe slowly into your belly</source>
        <translation>あお向けで片方のひざを胸に抱え、お腹にゆっくり息を入れます</translation>
    </message>
    <message>
        <source>Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.</source>
        <translation>もう一方の脚は伸ばして休ませます。息を吸うたびにお腹がふくらみ、吐くたびに股関節がゆるみます。</translation>
    </message>
    <message>
        <source>Eight breaths</source>
        <translation>8 呼吸</translation>
    </message>
    <message>
        <source>Eight slow breaths with each knee hugged in.</source>
        <translation>左右のひざをそれぞれ抱えて、ゆっくり 8 呼吸します。</translation>
    </message>
    <message>
        <source>Ten breaths</source>
        <translation>10 呼吸</translation>
    </message>
    <message>
        <source>Ten slow breaths with each knee hugged in.</source>
        <translation>左右のひざをそれぞれ抱えて、ゆっくり 10 呼吸します。</translation>
    </message>
    <message>
        <source>Foam-roller hip-flexor release</source>
        <translation>フォームローラーで股関節屈筋をほぐす</translation>
    </message>
    <message>
        <source>Face down on a roller under the front of the hip, slow and gentle</source>
        <translation>うつ伏せで股関節の前側の下にローラーを置き、ゆっくりやさしく転がします</translation>
    </message>
    <message>
        <source>Roll just below the hip bone, never on the spine; slow pressure, keep breathing.</source>
        <translation>腰骨のすぐ下を転がし、背骨の上には決して当てないでください。ゆっくり圧をかけ、呼吸を続けます。</translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>A minute of slow rolling on each side.</source>
        <translation>左右それぞれ 1 分間、ゆっくり転がします。</translation>
    </message>
    <message>
        <source>Two minutes</source>
        <translation>2 分</translation>
    </message>
    <message>
        <source>Two minutes of slow rolling on each side.</source>
        <translation>左右それぞれ 2 分間、ゆっくり転がします。</translation>
    </message>
    <message>
        <source>Bridge with knee drive</source>
        <translation>ひざを引き寄せるブリッジ</translation>
    </message>
    <message>
        <source>From a glute bridge, drive one knee towards your chest, then the other</source>
        <translation>ブリッジの姿勢から、片方のひざを胸へ引き寄せ、次にもう一方を引き寄せます</translation>
    </message>
    <message>
        <source>Keep the hips level and high; squeeze the glutes, do not arch the lower back.</source>
        <translation>骨盤は水平に高く保ちます。お尻を締め、腰を反らせないようにします。</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>自重</translation>
    </message>
    <message>
        <source>Three sets of 10 knee drives on each side.</source>
        <translation>左右それぞれ 10 回の引き寄せを 3 セット。</translation>
    </message>
    <message>
        <source>Band around the knees</source>
        <translation>ひざにバンド</translation>
    </message>
    <message>
        <source>A light band around the knees: push gently out against it.</source>
        <translation>ひざに軽いバンドを巻き、外側へやさしく押し広げます。</translation>
    </message>
    <message>
        <source>Slow tempo</source>
        <translation>ゆっくりのテンポ</translation>
    </message>
    <message>
        <source>Lower each knee over three slow seconds; 12 on each side.</source>
        <translation>ひざを 3 秒かけてゆっくり下ろします。左右それぞれ 12 回。</translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation>片脚デッドリフト</translation>
    </message>
    <message>
        <source>Hinge forward on one leg while the other reaches back</source>
        <translation>片脚で立ち、もう一方の脚を後ろへ伸ばしながら股関節から前に倒れます</translation>
    </message>
    <message>
        <source>Long spine from head to back heel; hips stay square to the floor.</source>
        <translation>頭から後ろ足のかかとまで背骨を長く保ち、骨盤は床と平行に保ちます。</translation>
    </message>
    <message>
        <source>Hand on the desk</source>
        <translation>机に手をつく</translation>
    </message>
    <message>
        <source>One hand on a desk or chair for balance; 8 on each side.</source>
        <translation>バランスを取るため片手を机か椅子に置きます。左右それぞれ 8 回。</translation>
    </message>
    <message>
        <source>Free standing</source>
        <translation>支えなし</translation>
    </message>
    <message>
        <source>No support, a slower hinge; 10 on each side.</source>
        <translation>支えなしで、よりゆっくり倒れます。左右それぞれ 10 回。</translation>
    </message>
    <message>
        <source>With a dumbbell</source>
        <translation>ダンベルを持って</translation>
    </message>
    <message>
        <source>A dumbbell in the hand opposite the standing leg; 8 on each side.</source>
        <translation>軸脚と反対側の手にダンベルを持ちます。左右それぞれ 8 回。</translation>
    </message>
    <message>
        <source>Loaded carry, tall posture</source>
        <translation>姿勢よく重りを運ぶ</translation>
    </message>
    <message>
        <source>Walk tall with a load in each hand</source>
        <translation>両手に重りを持ち、背すじを伸ばして歩きます</translation>
    </message>
    <message>
        <source>Stand tall, shoulders down and back, ribs over hips; short, steady steps.</source>
        <translation>背すじを伸ばし、肩を下げて後ろへ引き、肋骨を骨盤の真上に保ちます。小さな歩幅で一定に歩きます。</translation>
    </message>
    <message>
        <source>Household loads</source>
        <translation>家にある重り</translation>
    </message>
    <message>
        <source>Two full shopping bags or water bottles; two rounds of 30 seconds.</source>
        <translation>中身の入った買い物袋 2 つか水のボトルを持ちます。30 秒を 2 回。</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>ダンベル</translation>
    </message>
    <message>
        <source>A dumbbell in each hand; three rounds of 45 seconds.</source>
        <translation>両手にダンベルを 1 つずつ持ちます。45 秒を 3 回。</translation>
    </message>
    <message>
        <source>Longer rounds</source>
        <translation>長めのラウンド</translation>
    </message>
    <message>
        <source>Three rounds of a full minute.</source>
        <translation>丸 1 分を 3 回。</translation>
    </message>
    <message>
        <source>Knee raises</source>
        <translation>ひざ上げ</translation>
    </message>
    <message>
        <source>Lift the knees towards the chest with control</source>
        <translation>コントロールしながら、ひざを胸へ引き上げます</translation>
    </message>
    <message>
        <source>Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.</source>
        <translation>反動を使わず、股関節の奥から持ち上げます。ゆっくり下ろし、腰を長く保ちます。</translation>
    </message>
    <message>
        <source>Seated knee lifts</source>
        <translation>座ってひざ上げ</translation>
    </message>
    <message>
        <source>Sit tall on the front of a chair and lift both knees a little; 8 times.</source>
        <translation>椅子に浅く座って背すじを伸ばし、両ひざを少し持ち上げます。8 回。</translation>
    </message>
    <message>
        <source>Seated, slow</source>
        <translation>座って、ゆっくり</translation>
    </message>
    <message>
        <source>The same lift, three seconds up and three down; 12 times.</source>
        <translation>同じ動きを 3 秒で上げ、3 秒で下ろします。12 回。</translation>
    </message>
    <message>
        <source>Hanging knee raises</source>
        <translation>ぶら下がってひざ上げ</translation>
    </message>
    <message>
        <source>Hang from a bar and raise both knees to hip height; 8 to 12 times.</source>
        <translation>バーにぶら下がり、両ひざを腰の高さまで上げます。8～12 回。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Weekly history</source>
        <translation>週間履歴</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>A date with day, month and year, as a Qt date format (QLocale::toString).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>A date with day and month only, as a Qt date format (QLocale::toString).</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>dd</source>
        <extracomment>The first day of a week within one month, before &quot;–&quot;, as a Qt date format.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Week {number} · {span}</source>
        <translation>第 {number} 週 · {span}</translation>
    </message>
    <message>
        <source>This week: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed</source>
        <translation>今週：実施 {taken}（完了 {completed}、離席 {natural}）、スキップ {skipped}、スヌーズ {snoozed}、見逃し {missed}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage; {percent} is a whole number.</extracomment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Completion rate &lt;b&gt;{rate}&lt;/b&gt; · goal met on {days} of 7 days</source>
        <translation>完了率 &lt;b&gt;{rate}&lt;/b&gt; · 7 日中 {days} 日で目標達成</translation>
    </message>
    <message>
        <source>{title} — psoasbreak</source>
        <translation>{title} — psoasbreak</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 前へ</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>次へ ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>Previous week (Left key)</source>
        <translation>前の週（← キー）</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Next week (Right key)</source>
        <translation>次の週（→ キー）</translation>
    </message>
    <message>
        <source>◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}</source>
        <translation>◆ 筋力トレーニング：{target} 回中 {done} 回、目標達成の連続週数：{streak}</translation>
    </message>
    <message>
        <source>Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility</source>
        <translation>セッション：◆ 筋力 {strength} 回、◇ モビリティ {mobility} 回</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No breaks recorded yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your first break shows up here: answer a prompt with &lt;i&gt;Start&lt;/i&gt;, or choose &lt;i&gt;Take a break now&lt;/i&gt; in the tray menu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;まだ休憩の記録はありません&lt;/b&gt;&lt;/p&gt;&lt;p&gt;最初の休憩はここに表示されます。リマインダーに &lt;i&gt;開始&lt;/i&gt; で応答するか、トレイメニューで &lt;i&gt;今すぐ休憩&lt;/i&gt; を選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A fresh week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing recorded yet this week. Your next break starts the bars.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;新しい週&lt;/b&gt;&lt;/p&gt;&lt;p&gt;今週はまだ何も記録されていません。次の休憩からグラフが始まります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;A quiet week&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No breaks were recorded this week. Rest days never break a streak.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;静かな週&lt;/b&gt;&lt;/p&gt;&lt;p&gt;今週は休憩が記録されていません。休みの日で連続記録が途切れることはありません。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>現在の連続記録</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>最長連続記録</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>GNOME reminds you to move too</source>
        <translation>GNOME も体を動かすよう知らせています</translation>
    </message>
    <message>
        <source>Open psoasbreak&apos;s window to turn GNOME&apos;s movement breaks off or keep both.</source>
        <translation>psoasbreak のウィンドウを開き、GNOME の運動の休憩をオフにするか、両方を使い続けるかを選んでください。</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks could not be turned off from here; turn them off in GNOME&apos;s Settings → Wellbeing.</source>
        <translation>ここからは GNOME の運動の休憩をオフにできませんでした。GNOME の設定 → ウェルビーイングでオフにしてください。</translation>
    </message>
    <message>
        <source>GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two reminders are one too many: turn GNOME&apos;s off, or keep both (psoasbreak then never prompts within a minute of GNOME).</source>
        <translation>GNOME も体を動かすよう知らせています（設定 → ウェルビーイング → 運動の休憩）。知らせが 2 つでは多すぎます。GNOME の方をオフにするか、両方を使ってください（その場合 psoasbreak は GNOME の前後 1 分以内には知らせません）。</translation>
    </message>
    <message>
        <source>Turn GNOME&apos;s movement breaks off</source>
        <translation>GNOME の運動の休憩をオフにする</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方を使う</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Break history</source>
        <translation>休憩の履歴</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>{count} problems in {path}; the defaults are used for those settings. The details are in the log.</source>
        <translation>{path} に {count} 件の問題があります。これらの設定には既定値を使用します。詳細はログにあります。</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時の起動</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：0（制限なし）または {range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：0（制限なし）または {range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}); using the default {default}.</source>
        <translation>{key} = {value} は範囲外です（使用できる値：0（制限なし）または {range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (no limit) or {range}).</source>
        <translation>{key} = {value} は範囲外です（使用できる値：0（制限なし）または {range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：0（オフ）または {range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：0（オフ）または {range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：{range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a whole number (allowed {range}).</source>
        <translation>{key} = {value} は整数ではありません（使用できる値：{range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.</source>
        <translation>{key} = {value} は範囲外です（使用できる値：0（オフ）または {range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed 0 (off) or {range}).</source>
        <translation>{key} = {value} は範囲外です（使用できる値：0（オフ）または {range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}); using the default {default}.</source>
        <translation>{key} = {value} は範囲外です（使用できる値：{range}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is out of range (allowed {range}).</source>
        <translation>{key} = {value} は範囲外です（使用できる値：{range}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.</source>
        <translation>{key} = {value} は選択肢にありません（使用できる値：{choices}）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of the choices (allowed {choices}).</source>
        <translation>{key} = {value} は選択肢にありません（使用できる値：{choices}）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false); using the default {default}.</source>
        <translation>{key} = {value} は true でも false でもありません（使用できる値：true、false）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not true or false (allowed true, false).</source>
        <translation>{key} = {value} は true でも false でもありません（使用できる値：true、false）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder); using the default {default}.</source>
        <translation>{key} = {value} はプログラム名のリストではありません（使用できる値：[&quot;zoom&quot;, &quot;obs&quot;] のようなリストで、各項目はフォルダーを含まないプログラム名）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of program names (allowed a list such as [&quot;zoom&quot;, &quot;obs&quot;], each a program&apos;s name without its folder).</source>
        <translation>{key} = {value} はプログラム名のリストではありません（使用できる値：[&quot;zoom&quot;, &quot;obs&quot;] のようなリストで、各項目はフォルダーを含まないプログラム名）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;); using the default {default}.</source>
        <translation>{key} = {value} はフォルダーのパスではありません（使用できる値：オフにする &quot;&quot; または &quot;~/Sync&quot; のようなパス）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a folder path (allowed &quot;&quot; for off, or a path such as &quot;~/Sync&quot;).</source>
        <translation>{key} = {value} はフォルダーのパスではありません（使用できる値：オフにする &quot;&quot; または &quot;~/Sync&quot; のようなパス）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;); using the default {default}.</source>
        <translation>{key} = {value} は時刻ではありません（使用できる値：&quot;00:00&quot; から &quot;23:59&quot; までの &quot;HH:MM&quot;）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a time of day (allowed &quot;HH:MM&quot; from &quot;00:00&quot; to &quot;23:59&quot;).</source>
        <translation>{key} = {value} は時刻ではありません（使用できる値：&quot;00:00&quot; から &quot;23:59&quot; までの &quot;HH:MM&quot;）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} は曜日名のリストではありません（使用できる値：{days} のうち 1 つ以上）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of day names (allowed one or more of {days}).</source>
        <translation>{key} = {value} は曜日名のリストではありません（使用できる値：{days} のうち 1 つ以上）。</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} に不明な曜日名 {names} が含まれています（使用できる値：{days} のうち 1 つ以上）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown day name {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} に不明な曜日名 {names} が含まれています（使用できる値：{days} のうち 1 つ以上）。</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.</source>
        <translation>{key} = {value} に不明な曜日名 {names} が含まれています（使用できる値：{days} のうち 1 つ以上）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown day names {names} (allowed one or more of {days}).</source>
        <translation>{key} = {value} に不明な曜日名 {names} が含まれています（使用できる値：{days} のうち 1 つ以上）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} は器具名のリストではありません（使用できる値：{choices} のうち任意のもの）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a list of equipment names (allowed any of {choices}).</source>
        <translation>{key} = {value} は器具名のリストではありません（使用できる値：{choices} のうち任意のもの）。</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} に不明な器具名 {names} が含まれています（使用できる値：{choices} のうち任意のもの）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} に不明な器具名 {names} が含まれています（使用できる値：{choices} のうち任意のもの）。</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}); using the default {default}.</source>
        <translation>{key} = {value} に不明な器具名 {names} が含まれています（使用できる値：{choices} のうち任意のもの）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} has unknown equipment names {names} (allowed any of {choices}).</source>
        <translation>{key} = {value} に不明な器具名 {names} が含まれています（使用できる値：{choices} のうち任意のもの）。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); using the default {default}.</source>
        <translation>{key} = {value} はテーブルではありません（使用できる値：キー {keys} を含む [{key}] テーブル）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).</source>
        <translation>{key} = {value} はテーブルではありません（使用できる値：キー {keys} を含む [{key}] テーブル）。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} が interval_max_minutes = {high}（既定値）より大きくなっています。最短間隔を最長間隔より長くすることはできないため、既定値 interval_min_minutes = {default_low} と interval_max_minutes = {default_high} を使用します。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} が interval_max_minutes = {high}（既定値）より大きくなっています。最短間隔を最長間隔より長くすることはできません。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low}（既定値）が interval_max_minutes = {high} より大きくなっています。最短間隔を最長間隔より長くすることはできないため、既定値 interval_min_minutes = {default_low} と interval_max_minutes = {default_high} を使用します。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low}（既定値）が interval_max_minutes = {high} より大きくなっています。最短間隔を最長間隔より長くすることはできません。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.</source>
        <translation>interval_min_minutes = {low} が interval_max_minutes = {high} より大きくなっています。最短間隔を最長間隔より長くすることはできないため、既定値 interval_min_minutes = {default_low} と interval_max_minutes = {default_high} を使用します。</translation>
    </message>
    <message>
        <source>interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.</source>
        <translation>interval_min_minutes = {low} が interval_max_minutes = {high} より大きくなっています。最短間隔を最長間隔より長くすることはできません。</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.</source>
        <translation>working_hours.end = {end} が working_hours.start = {start} より後ではありません（使用できる値：同じ日のより遅い終了時刻。勤務時間は午前 0 時をまたげません）。既定値 start {default_start} と end {default_end} を使用します。</translation>
    </message>
    <message>
        <source>working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).</source>
        <translation>working_hours.end = {end} が working_hours.start = {start} より後ではありません（使用できる値：同じ日のより遅い終了時刻。勤務時間は午前 0 時をまたげません）。</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.</source>
        <translation>working_hours.days = [] が空のため、勤務時間が始まりません（使用できる値：{days} のうち 1 つ以上）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).</source>
        <translation>working_hours.days = [] が空のため、勤務時間が始まりません（使用できる値：{days} のうち 1 つ以上）。</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}); using the default {default}.</source>
        <translation>programme.strength = true なのに programme.strength_days = [] が空のため、筋力トレーニングが一度も行われません（使用できる値：{days} のうち 1 つ以上）。既定値 {default} を使用します。</translation>
    </message>
    <message>
        <source>programme.strength_days = [] is empty while programme.strength = true, so no strength session would ever come (allowed one or more of {days}).</source>
        <translation>programme.strength = true なのに programme.strength_days = [] が空のため、筋力トレーニングが一度も行われません（使用できる値：{days} のうち 1 つ以上）。</translation>
    </message>
    <message>
        <source>unknown key {key} is kept in the file but ignored.</source>
        <translation>不明なキー {key} はファイルに残しますが、無視します。</translation>
    </message>
    <message>
        <source>Starting at login is not supported on this system ({platform}); add &apos;{command}&apos; to your login programs by hand.</source>
        <translation>このシステム（{platform}）ではログイン時の起動に対応していません。「{command}」を手動でログイン時に起動するプログラムに追加してください。</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.</source>
        <translation>{path} を削除できませんでした（{reason}）。psoasbreak がログイン時に起動しないようにするには、手動で削除してください。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); check that you may write to that folder.</source>
        <translation>{path} に書き込めませんでした（{reason}）。そのフォルダーへの書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Could not add {app} to {key} ({reason}).</source>
        <translation>{app} を {key} に追加できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Could not remove {app} from {key} ({reason}); remove it in Task Manager&apos;s Startup apps.</source>
        <translation>{app} を {key} から削除できませんでした（{reason}）。タスク マネージャーの「スタートアップ アプリ」で削除してください。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>{path} に書き込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Could not remove {path} ({reason}); delete it by hand.</source>
        <translation>{path} を削除できませんでした（{reason}）。手動で削除してください。</translation>
    </message>
    <message>
        <source>Settings file not applied</source>
        <translation>設定ファイルを適用できませんでした</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.</source>
        <translation>{file} の変更は適用されませんでした：{reasons} ファイルが修正されるまで、現在の設定はそのまま維持されます。</translation>
    </message>
    <message>
        <source>{file} is not valid TOML: {reason}.</source>
        <translation>{file} は有効な TOML ではありません：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.</source>
        <translation>{path} はファイルではなくフォルダーのため、設定を読み込めませんでした。既定値を使用します。psoasbreak がそこに設定を保存できるよう、そのフォルダーを別の場所へ移動してください。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file, so the settings could not be read.</source>
        <translation>{path} はファイルではなくフォルダーのため、設定を読み込めませんでした。</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}); the defaults are used. Check the file&apos;s permissions (it must be readable by you) and that its folder exists.</source>
        <translation>{path} を読み込めませんでした（{error}）。既定値を使用します。ファイルのアクセス権（あなたが読み取れる必要があります）と、フォルダーが存在するかを確認してください。</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}).</source>
        <translation>{path} を読み込めませんでした（{error}）。</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.</source>
        <translation>{path} は有効な TOML ではありません：{reason}。退避できなかったため（{error}）、そのままにしてあります。修正されるまで既定値を使用します。</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.</source>
        <translation>{path} は有効な TOML ではありません：{reason}。退避できなかったため（{error}）、そのままにしてあります。</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.</source>
        <translation>{path} は有効な TOML ではありません：{reason}。内容が失われないよう {aside} に移動しました。既定値を使用します。そのファイルを修正して元に戻すか、いずれかの設定を変更して新しいファイルを作成してください。</translation>
    </message>
    <message>
        <source>{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.</source>
        <translation>{path} は有効な TOML ではありません：{reason}。内容が失われないよう {aside} に移動しました。</translation>
    </message>
    <message>
        <source>The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>休憩の履歴 {path} が破損しており（SQLite データベースではありません）、退避もできませんでした（{error}）。退避できるまで、新しい休憩はメモリーに保持します。ファイルを自分で移動するかフォルダーを空けてください。psoasbreak が自動的に引き継ぎます。</translation>
    </message>
    <message>
        <source>The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.</source>
        <translation>休憩の履歴 {path} が破損しており（{reason}）、退避もできませんでした（{error}）。退避できるまで、新しい休憩はメモリーに保持します。ファイルを自分で移動するかフォルダーを空けてください。psoasbreak が自動的に引き継ぎます。</translation>
    </message>
    <message>
        <source>The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>休憩の履歴 {path} が破損していたため（SQLite データベースではありません）、{aside} に移動し（何も削除していません）、新しい空の履歴を開始しました。</translation>
    </message>
    <message>
        <source>The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.</source>
        <translation>休憩の履歴 {path} が破損していたため（{reason}）、{aside} に移動し（何も削除していません）、新しい空の履歴を開始しました。</translation>
    </message>
    <message>
        <source>{moved} {unavailable}</source>
        <translation>{moved}{unavailable}</translation>
    </message>
    <message>
        <source>To look into the old one, open it with any SQLite tool.</source>
        <translation>古い履歴を確認するには、任意の SQLite ツールで開いてください。</translation>
    </message>
    <message>
        <source>{moved} {look}</source>
        <translation>{moved}{look}</translation>
    </message>
    <message>
        <source>The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.</source>
        <translation>現在、休憩の履歴を保存できません：{error} psoasbreak は動作を続け、新しい結果をメモリーに保持して、保存できるようになりしだい保存します。</translation>
    </message>
    <message>
        <source>The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.</source>
        <translation>休憩の履歴を読み込めませんでした（{reason}）。読み込めるようになるまで、回数や連続記録が少なく表示されることがあります。記録済みのものは失われていません。</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as that program lets go of the file.</source>
        <translation>休憩を保存できませんでした：別のプログラムが履歴ファイルをロックしています（{reason}）。psoasbreak は動作を続け、休憩の結果 1 件をメモリーに保持して、そのプログラムがファイルを解放しだい保存します。</translation>
    </message>
    <message>
        <source>Your breaks could not be saved: another program has the history file locked ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as that program lets go of the file.</source>
        <translation>休憩を保存できませんでした：別のプログラムが履歴ファイルをロックしています（{reason}）。psoasbreak は動作を続け、休憩の結果 {count} 件をメモリーに保持して、そのプログラムがファイルを解放しだい保存します。</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>休憩を保存できませんでした（{reason}）。psoasbreak は動作を続け、休憩の結果 1 件をメモリーに保持して、保存できるようになりしだい保存します。ディスクの空き容量を増やすか、フォルダーを再び書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.</source>
        <translation>休憩を保存できませんでした（{reason}）。psoasbreak は動作を続け、休憩の結果 {count} 件をメモリーに保持して、保存できるようになりしだい保存します。ディスクの空き容量を増やすか、フォルダーを再び書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Break history not saved</source>
        <translation>休憩の履歴を保存できません</translation>
    </message>
    <message>
        <source>Break history saved again</source>
        <translation>休憩の履歴を再び保存しています</translation>
    </message>
    <message>
        <source>The break history {path} can be written again; nothing was lost.</source>
        <translation>休憩の履歴 {path} に再び書き込めるようになりました。失われたものはありません。</translation>
    </message>
    <message>
        <source>Breaks not saved</source>
        <translation>休憩を保存できませんでした</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It is listed in the log.</source>
        <translation>休憩の結果 1 件を {path} に保存できませんでした。ログに記載されています。</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They are listed in the log.</source>
        <translation>休憩の結果 {count} 件を {path} に保存できませんでした。ログに記載されています。</translation>
    </message>
    <message>
        <source>1 break outcome could not be saved to {path}. It was written to {target}; add it back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>休憩の結果 1 件を {path} に保存できませんでした。{target} に書き出しました。後で「psoasbreak import {target}」で取り込んでください。</translation>
    </message>
    <message>
        <source>{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with &apos;psoasbreak import {target}&apos;.</source>
        <translation>休憩の結果 {count} 件を {path} に保存できませんでした。{target} に書き出しました。後で「psoasbreak import {target}」で取り込んでください。</translation>
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
        <translation>D-Bus セッションバスがない</translation>
    </message>
    <message>
        <source>the notification server shows no buttons</source>
        <translation>通知サーバーがボタンを表示しない</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} 分スヌーズ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>the D-Bus session bus went away</source>
        <translation>D-Bus セッションバスが切断された</translation>
    </message>
    <message>
        <source>the notification server does not answer</source>
        <translation>通知サーバーが応答しない</translation>
    </message>
    <message>
        <source>no notification server is running</source>
        <translation>通知サーバーが動作していない</translation>
    </message>
    <message>
        <source>the notification server refused the prompt</source>
        <translation>通知サーバーがリマインダーを拒否した</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer</source>
        <translation>通知サーバーから予期しない応答があった</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>in</source>
        <extracomment>On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).</extracomment>
        <translation>吸う</translation>
    </message>
    <message>
        <source>out</source>
        <extracomment>On the breathing pacer while breathing out; keep it short.</extracomment>
        <translation>吐く</translation>
    </message>
    <message>
        <source>Breathing pacer</source>
        <translation>呼吸ガイド</translation>
    </message>
    <message>
        <source>Breathe in while it grows, out while it shrinks</source>
        <translation>大きくなる間に息を吸い、小さくなる間に吐きます</translation>
    </message>
</context>
<context>
    <name>PauseUntil</name>
    <message>
        <source>Pause until…</source>
        <translation>指定時刻まで一時停止…</translation>
    </message>
    <message>
        <source>No break prompts until this time:</source>
        <translation>この時刻まで休憩のリマインダーを出しません：</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>一時停止の終了時刻</translation>
    </message>
    <message>
        <source>A time that has passed today means tomorrow.</source>
        <translation>今日すでに過ぎた時刻は、明日の時刻になります。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
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
        <translation>リマインダーをウィンドウで表示</translation>
    </message>
    <message>
        <source>The break prompt cannot be a notification here ({why}), so it appears as a small window instead.</source>
        <translation>ここでは休憩のリマインダーを通知として表示できないため（{why}）、代わりに小さなウィンドウで表示します。</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>a resistance band</source>
        <translation>レジスタンスバンド</translation>
    </message>
    <message>
        <source>dumbbells</source>
        <translation>ダンベル</translation>
    </message>
    <message>
        <source>a pull-up bar</source>
        <translation>懸垂バー</translation>
    </message>
    <message>
        <source>a foam roller</source>
        <translation>フォームローラー</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>中止：痛みあり</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths a side</source>
        <translation>
            <numerusform>ゆっくり {reps} 呼吸 × %n セット（左右それぞれ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} slow breaths</source>
        <translation>
            <numerusform>ゆっくり {reps} 呼吸 × %n セット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s a side</source>
        <translation>
            <numerusform>{seconds} 秒 × %n セット（左右それぞれ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {seconds} s</source>
        <translation>
            <numerusform>{seconds} 秒 × %n セット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps a side</source>
        <translation>
            <numerusform>{reps} 回 × %n セット（左右それぞれ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of {reps} reps</source>
        <translation>
            <numerusform>{reps} 回 × %n セット</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>カウント</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>痛みが出た</translation>
    </message>
    <message>
        <source>Stops this exercise and steps it back one level.</source>
        <translation>このエクササイズを中止し、レベルを 1 段階下げます。</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>エクササイズを終了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Rest, then set {set} of {sets}</source>
        <translation>休憩後、{sets} セット中 {set} セット目</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>休憩をスキップ</translation>
    </message>
    <message>
        <source>Set {set} of {sets} · {side}</source>
        <translation>{sets} セット中 {set} セット目 · {side}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>{sets} セット中 {set} セット目</translation>
    </message>
    <message>
        <source>Exercise {number} of {total}</source>
        <translation>{total} 種目中 {number} 種目目</translation>
    </message>
    <message>
        <source>Level {number}: {name}. {how}</source>
        <translation>レベル {number}：{name}。{how}</translation>
    </message>
    <message>
        <source>You need: {things}</source>
        <translation>必要な器具：{things}</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n 呼吸</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Breathe slowly…</source>
        <translation>ゆっくり呼吸…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>キープ…</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>1 回カウント</translation>
    </message>
    <message>
        <source>{exercise}: {advice}</source>
        <translation>{exercise}：{advice}</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>セッション完了</translation>
    </message>
    <message>
        <source>{exercise}, level {level}: {outcome}, {sets}</source>
        <translation>{exercise}（レベル {level}）：{outcome}、{sets}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n セット</numerusform>
        </translation>
    </message>
    <message>
        <source>Step up: {exercise} to level {level} ({name})</source>
        <translation>レベルアップ：{exercise} をレベル {level}（{name}）へ</translation>
    </message>
    <message>
        <source>Stepped up: level {level} next time</source>
        <translation>レベルアップ済み：次回はレベル {level}</translation>
    </message>
    <message>
        <source>Time for your strength session</source>
        <translation>筋力トレーニングの時間です</translation>
    </message>
    <message>
        <source>Time for your mobility routine</source>
        <translation>モビリティの時間です</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} 分スヌーズ</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>立ち上がる時間です</translation>
    </message>
    <message numerus="yes">
        <source>Skip is back tomorrow: your limit is %n skipped break(s) a day.</source>
        <translation>
            <numerusform>「スキップ」は明日また使えます：1 日にスキップできるのは %n 回までです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more snoozes for this break: your limit is %n snooze(s) per break.</source>
        <translation>
            <numerusform>この休憩はもう延期できません：1 回の休憩で延期できるのは %n 回までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {exercise}</source>
        <translation>{title} — {exercise}</translation>
    </message>
    <message>
        <source>{exercise}: {summary}. {why}</source>
        <translation>{exercise}：{summary}。{why}</translation>
    </message>
    <message>
        <source>Illustration: {exercise}</source>
        <translation>イラスト：{exercise}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</source>
        <translation>&lt;b&gt;{exercise}&lt;/b&gt; — {summary}</translation>
    </message>
    <message>
        <source>Start the {exercise} now, guided step by step. Space starts once you have clicked into this prompt.</source>
        <extracomment>{exercise}: the exercise&apos;s name in lower case; {title}: as written in its heading.</extracomment>
        <translation>「{title}」を今すぐ開始し、手順を 1 つずつ案内します。このリマインダー内をクリックした後は、Space キーでも開始できます。</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s).</source>
        <translation>
            <numerusform>%n 分後にもう一度お知らせします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip this break; the next one comes at the usual interval. Escape skips once you have clicked into this prompt.</source>
        <translation>この休憩をスキップします。次の休憩はいつもの間隔で来ます。このリマインダー内をクリックした後は、Esc キーでもスキップできます。</translation>
    </message>
</context>
<context>
    <name>Quiet</name>
    <message>
        <source>a fullscreen window is active</source>
        <translation>全画面ウィンドウがアクティブ</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>「応答不可」がオン</translation>
    </message>
    <message>
        <source>an app asked not to be interrupted (a call, a presentation or a video)</source>
        <translation>アプリが中断しないよう求めている（通話、プレゼンテーション、動画など）</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>画面がロック中</translation>
    </message>
    <message>
        <source>a fullscreen game is running</source>
        <translation>全画面のゲームを実行中</translation>
    </message>
    <message>
        <source>presentation mode is on</source>
        <translation>プレゼンテーション モードがオン</translation>
    </message>
    <message>
        <source>quiet hours are on</source>
        <translation>サイレント時間がオン</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>マイクを使用中</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>カメラを使用中</translation>
    </message>
    <message>
        <source>the screen is being shared</source>
        <translation>画面を共有中</translation>
    </message>
    <message>
        <source>a program from your quiet list is running</source>
        <translation>サイレント リストのプログラムを実行中</translation>
    </message>
    <message>
        <source>GNOME&apos;s own movement break is due</source>
        <translation>GNOME 自身の運動の休憩の時間です</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shortest interval ({low} min) is longer than the longest ({high} min). Make the first number no larger than the second.</source>
        <translation>最短間隔（{low} 分）が最長間隔（{high} 分）より長くなっています。最初の数値が 2 番目の数値を超えないようにしてください。</translation>
    </message>
    <message>
        <source>Working hours must end after they start ({end} is not after {start}); they cannot run past midnight.</source>
        <translation>勤務時間は開始より後に終了する必要があります（{end} が {start} より後ではありません）。午前 0 時をまたぐことはできません。</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>勤務日を 1 日以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one day for strength sessions.</source>
        <translation>筋力トレーニングの曜日を 1 日以上選んでください。</translation>
    </message>
    <message>
        <source>Each exercise in turn</source>
        <translation>各エクササイズを順番に</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Small window</source>
        <translation>小さなウィンドウ</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>away</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>calls and meetings</source>
        <translation>通話と会議</translation>
    </message>
    <message>
        <source>two machines</source>
        <translation>2 台のコンピューター</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>ログイン時の起動</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>トレーニング プログラム</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>レジスタンスバンド</translation>
    </message>
    <message>
        <source>Dumbbells</source>
        <translation>ダンベル</translation>
    </message>
    <message>
        <source>Pull-up bar</source>
        <translation>懸垂バー</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>フォームローラー</translation>
    </message>
    <message numerus="yes">
        <source> break(s)</source>
        <extracomment>After the goal&apos;s number in its spin box (not in the text); starts with a space.</extracomment>
        <translation>
            <numerusform> 回</numerusform>
        </translation>
    </message>
    <message>
        <source>psoasbreak settings</source>
        <translation>psoasbreak の設定</translation>
    </message>
    <message>
        <source>Saved in {path}; you can also edit that file.</source>
        <translation>{path} に保存されます。このファイルを直接編集することもできます。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Restore the defaults of {group}</source>
        <translation>既定値に戻す：{group}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>{key}: 0 (no limit) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}：0（制限なし）または 1–{high}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>{key}: 0 (off) or 1–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}：0（オフ）または 1–{high}</translation>
    </message>
    <message>
        <source>{key}: {low}–{high}</source>
        <extracomment>{key} is a config.toml key and stays as it is.</extracomment>
        <translation>{key}：{low}–{high}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Shortest interval between breaks</source>
        <translation>休憩の最短間隔</translation>
    </message>
    <message>
        <source>Longest interval between breaks</source>
        <translation>休憩の最長間隔</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Break every</source>
        <translation>休憩の間隔</translation>
    </message>
    <message>
        <source>A random time in this range, counted from the end of the last break.</source>
        <translation>この範囲内のランダムな時間で、前回の休憩の終わりから数えます。</translation>
    </message>
    <message>
        <source>Snooze length in minutes</source>
        <translation>スヌーズの長さ（分）</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>スヌーズ時間</translation>
    </message>
    <message>
        <source>Skipped breaks allowed a day</source>
        <translation>1 日にスキップできる休憩の数</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>1 日のスキップ上限</translation>
    </message>
    <message>
        <source>Snoozes allowed for one break</source>
        <translation>1 回の休憩で延期できる回数</translation>
    </message>
    <message>
        <source>Snoozes allowed per break</source>
        <translation>休憩ごとの延期上限</translation>
    </message>
    <message>
        <source>Minutes before an unanswered prompt counts as missed</source>
        <translation>未応答のリマインダーを見逃しとみなすまでの時間（分）</translation>
    </message>
    <message>
        <source>Unanswered prompt closes after</source>
        <translation>未応答で閉じるまで</translation>
    </message>
    <message>
        <source>How the prompt is shown</source>
        <translation>リマインダーの表示方法</translation>
    </message>
    <message>
        <source>Automatic: a desktop notification on Wayland, a small window elsewhere.</source>
        <translation>自動：Wayland ではデスクトップ通知、それ以外では小さなウィンドウ。</translation>
    </message>
    <message>
        <source>Show the prompt as</source>
        <translation>リマインダーの表示</translation>
    </message>
    <message>
        <source>Only during working hours</source>
        <translation>勤務時間中のみ</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>勤務時間の開始</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>勤務時間の終了</translation>
    </message>
    <message>
        <source>From</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation>勤務日：{day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Outside them there are no prompts, and “Pause until tomorrow” lasts until the next period starts.</source>
        <translation>勤務時間外にはリマインダーを出しません。また「明日まで」の一時停止は、次の勤務時間が始まるまで続きます。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>トレーニング プログラム</translation>
    </message>
    <message>
        <source>Daily mobility routine at</source>
        <translation>毎日の可動域エクササイズの時刻</translation>
    </message>
    <message>
        <source>Mobility time</source>
        <translation>可動域エクササイズの時刻</translation>
    </message>
    <message>
        <source>Strength sessions at</source>
        <translation>筋力トレーニングの時刻</translation>
    </message>
    <message>
        <source>Strength time</source>
        <translation>筋力トレーニングの時刻</translation>
    </message>
    <message>
        <source>Strength day: {day}</source>
        <translation>筋力トレーニング日：{day}</translation>
    </message>
    <message>
        <source>Equipment you have:</source>
        <translation>手持ちの器具：</translation>
    </message>
    <message>
        <source>Choose when you want your sessions and what you have to train with: exercises that need equipment you do not have are left out. &apos;psoasbreak session-now&apos; starts a session at any time.</source>
        <translation>セッションを行う時刻と、トレーニングに使える器具を選んでください。持っていない器具が必要なエクササイズは除外されます。「psoasbreak session-now」でいつでもセッションを開始できます。</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box; starts with a space.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box; starts with a space.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <source>Exercise proposed</source>
        <translation>提案するエクササイズ</translation>
    </message>
    <message>
        <source>Break length in seconds</source>
        <translation>休憩の長さ（秒）</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>吸う時間（秒）</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>吐く時間（秒）</translation>
    </message>
    <message>
        <source>Preview of the breathing pace</source>
        <translation>呼吸ペースのプレビュー</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>休憩の長さ</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸う</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>吐く</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>1 日の目標</translation>
    </message>
    <message>
        <source>Daily goal in breaks</source>
        <translation>1 日の目標（休憩の回数）</translation>
    </message>
    <message>
        <source>taken a day</source>
        <translation>（1 日あたり）</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Away detection</source>
        <translation>離席の検出</translation>
    </message>
    <message>
        <source>Minutes without input that count as away</source>
        <translation>離席とみなす無操作の時間（分）</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>離席とみなすまで</translation>
    </message>
    <message>
        <source>No keyboard or mouse input for this long counts as a break taken.</source>
        <translation>この時間キーボードやマウスの操作がなければ、休憩を取ったものとみなします。</translation>
    </message>
    <message>
        <source>Calls and meetings</source>
        <translation>通話と会議</translation>
    </message>
    <message>
        <source>Programs that hold breaks while they run, separated by commas</source>
        <translation>実行中は休憩を待機させるプログラム（カンマ区切り）</translation>
    </message>
    <message>
        <source>Quiet programs</source>
        <translation>サイレント プログラム</translation>
    </message>
    <message>
        <source>A due break waits while the microphone or camera is in use, the screen is shared, or one of these programs runs. Separate names with commas.</source>
        <translation>マイクやカメラの使用中、画面の共有中、またはこれらのプログラムの実行中は、時間になった休憩を待機させます。名前はカンマで区切ってください。</translation>
    </message>
    <message>
        <source>Two machines</source>
        <translation>2 台のコンピューター</translation>
    </message>
    <message>
        <source>Shares your breaks, history and streak with your other computers. On each, choose the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it empty to keep them on this computer only.</source>
        <translation>休憩・履歴・連続記録をほかのコンピューターと共有します。各コンピューターで、同期ツール（Syncthing、Nextcloud、Dropbox）が同じ内容に保つフォルダーを選んでください。空欄のままにすると、このコンピューターだけに保存されます。</translation>
    </message>
    <message>
        <source>~/Sync (off when empty)</source>
        <extracomment>Shown in the empty field; &quot;~&quot; is the home folder and stays as it is.</extracomment>
        <translation>~/Sync（空欄でオフ）</translation>
    </message>
    <message>
        <source>Sync folder shared with your other computers</source>
        <translation>ほかのコンピューターと共有する同期フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同期フォルダー</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Play a sound when a break is due</source>
        <translation>休憩の時間になったら音を鳴らす</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Start psoasbreak when I log in</source>
        <translation>ログイン時に psoasbreak を起動する</translation>
    </message>
    <message>
        <source>Preview: breathe in</source>
        <translation>プレビュー：吸う</translation>
    </message>
    <message>
        <source>Preview: breathe out</source>
        <translation>プレビュー：吐く</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>今すぐ休憩</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Weekly history…</source>
        <translation>週間履歴…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n break(s) today</source>
        <translation>
            <numerusform>今日の休憩 {taken} / %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>指定時刻まで…</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>{time} まで一時停止中</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Outside working hours; next break {time}</source>
        <translation>勤務時間外。次の休憩：{time}</translation>
    </message>
    <message>
        <source>Break waiting: {reason}</source>
        <translation>休憩を待機中：{reason}</translation>
    </message>
    <message>
        <source>Next break at {time}</source>
        <translation>次の休憩：{time}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>taken</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>no breaks recorded</source>
        <translation>休憩の記録なし</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>goal {goal} not met</source>
        <translation>目標 {goal} 回は未達成</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <extracomment>A day with its weekday, as a Qt date format (QLocale::toString).</extracomment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped, {snoozed} snoozed, {missed} missed — {verdict}</source>
        <translation>{day}：実施 {taken}（完了 {completed}、離席 {natural}）、スキップ {skipped}、スヌーズ {snoozed}、見逃し {missed} — {verdict}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>1 日ごとの休憩</translation>
    </message>
    <message>
        <source>Breaks per day, week {week}</source>
        <translation>1 日ごとの休憩、第 {week} 週</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s)</source>
        <translation>
            <numerusform>筋力トレーニング %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mobility routine(s)</source>
        <translation>
            <numerusform>モビリティ %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Taken on: {machines}</source>
        <translation>休憩した端末：{machines}</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s bar, instead of its date.</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <extracomment>Under each other bar: day and month, as a Qt date format (QLocale::toString).</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>目標 {goal}</translation>
    </message>
</context>
</TS>
