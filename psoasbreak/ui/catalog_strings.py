"""The exercise library's and the programme's words, marked for ``pyside6-lupdate``;
written by ``translations/update.py`` from ``resources/exercises.toml`` and
``resources/programme.toml``. Do not edit by hand.

The windows translate these texts in the "Exercises" context (``translation.exercise_text``);
this module is never imported, it only shows lupdate the texts.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXERCISE_STRINGS = (
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Sitting keeps your hips bent for hours, which leaves the hip flexors short and stiff.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Standing up and moving every 30 to 45 minutes breaks up that long spell of hip flexion.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "The psoas runs from your lower spine to your thigh bone, so a tight one can tug on your back.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A tight psoas can tip the pelvis forward and make it harder to stand up straight.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stress keeps the deep core braced; slow belly breathing helps it let go.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Moving the leg back behind you is the opposite of sitting and eases the day's shortening.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Gentle mobility and breathing drills are fine to do every day, and most useful if you sit a lot.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stretching is only half of it: strong glutes and hamstrings keep the hips in balance.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A stiff or achy front of the hip after sitting is a sign your hip flexors want a break.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hip-flexor stretch",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A one-minute supported lunge, both sides",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hold a chair or desk and step one foot back into a short lunge.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stack your ribcage over your hips; keep the lower back from arching.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Tuck your tailbone a little and ease the back hip forward.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Breathe slowly into the front of the hip: a gentle pull, never pain.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Sharp or radiating pain means stop: move gently instead, and see a clinician if it persists.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Belly breathing",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A minute of slow, deep breathing, standing tall",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stand tall and rest one hand on your belly.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Breathe in through your nose and let your belly push your hand out.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Breathe out slowly, a little longer than the in-breath.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Keep your chest and shoulders still and soft.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Dizzy? Breathe normally. Sharp or radiating pain: stop, move gently instead, see a clinician.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Standing march",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "March on the spot, lifting each knee in turn",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stand tall, with a hand on the desk if you want the support.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Lift one knee towards hip height, then lower it with control.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Keep your ribcage over your hips; do not lean back as the knee rises.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Swap legs at an easy, steady pace and keep breathing.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Tall stand and glute squeeze",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stand tall and squeeze your glutes to open the front of the hips",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Feet hip-width apart, ribcage stacked over your hips.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Squeeze your glutes until your hips are fully straight, without arching your back.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hold for two slow breaths, then relax and repeat.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "For more, reach one straight leg back behind you, then swap legs.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Sharp or radiating pain means stop. This exercise goes back one level; do mobility work instead for now, and see a clinician if the pain stays.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Mobility of the day",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A few minutes to open the front of the hips: lunge, knee to chest, and a roller if you have one",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Strength session",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Bridges, single-leg deadlifts, a loaded carry and knee raises, with rests between sets",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Supported lunge stretch",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A short lunge with a hand on a chair, held on each side",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Ribcage over hips, tailbone slightly tucked; breathe into the front of the back hip.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Short holds",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Two holds of 30 seconds on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Longer holds",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Three holds of 45 seconds on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Full holds",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Three holds of a full minute on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Knee to chest with belly breaths",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "On your back, hug one knee in and breathe slowly into your belly",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Let the other leg rest long; each breath in lifts the belly, each breath out softens the hip.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Eight breaths",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Eight slow breaths with each knee hugged in.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Ten breaths",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Ten slow breaths with each knee hugged in.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Foam-roller hip-flexor release",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Face down on a roller under the front of the hip, slow and gentle",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Roll just below the hip bone, never on the spine; slow pressure, keep breathing.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "One minute",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A minute of slow rolling on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Two minutes",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Two minutes of slow rolling on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Bridge with knee drive",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "From a glute bridge, drive one knee towards your chest, then the other",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Keep the hips level and high; squeeze the glutes, do not arch the lower back.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Bodyweight",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Three sets of 10 knee drives on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Band around the knees",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A light band around the knees: push gently out against it.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Slow tempo",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Lower each knee over three slow seconds; 12 on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Single-leg deadlift",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hinge forward on one leg while the other reaches back",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Long spine from head to back heel; hips stay square to the floor.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hand on the desk",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "One hand on a desk or chair for balance; 8 on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Free standing",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "No support, a slower hinge; 10 on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "With a dumbbell",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A dumbbell in the hand opposite the standing leg; 8 on each side.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Loaded carry, tall posture",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Walk tall with a load in each hand",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Stand tall, shoulders down and back, ribs over hips; short, steady steps.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Household loads",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Two full shopping bags or water bottles; two rounds of 30 seconds.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Dumbbells",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "A dumbbell in each hand; three rounds of 45 seconds.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Longer rounds",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Three rounds of a full minute.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Knee raises",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Lift the knees towards the chest with control",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Lift from the deep hip, not by swinging; lower slowly and keep the lower back long.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Seated knee lifts",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Sit tall on the front of a chair and lift both knees a little; 8 times.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Seated, slow",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "The same lift, three seconds up and three down; 12 times.",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hanging knee raises",
    ),
    QT_TRANSLATE_NOOP(
        "Exercises",
        "Hang from a bar and raise both knees to hip height; 8 to 12 times.",
    ),
)
