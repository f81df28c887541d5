"""The exercise library's words, marked for ``pyside6-lupdate``; written by
``translations/update.py`` from ``resources/exercises.toml``. Do not edit by hand.

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
)
