"""Write psoasbreak's sound cues: our own, synthesised here, deterministic (same bytes every run).

    python3 resources/sounds/make_sounds.py

Two soft bell tones rising = "switch sides"; three rising notes that ring out = "break done".
Peaks stay at SOFT of full scale (about -14 dBFS): a cue to notice, not an alarm.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SOFT = 0.2
#: (seconds from the start, frequency in Hz, how long it rings in seconds)
CUES = {
    "switch-sides.wav": ((0.0, 659.26, 0.45), (0.17, 880.0, 0.55)),
    "done.wav": ((0.0, 523.25, 0.5), (0.15, 659.26, 0.5), (0.3, 783.99, 1.1)),
}


def _note(t: float, freq: float, ring: float) -> float:
    if t < 0.0 or t > ring:
        return 0.0
    attack = min(1.0, t / 0.008)  # 8 ms: soft onset, no click
    decay = math.exp(-5.0 * t / ring)
    release = min(1.0, (ring - t) / 0.02)  # fades to exact zero at the end
    wave_ = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
    return attack * decay * release * wave_


def render(notes: tuple[tuple[float, float, float], ...]) -> bytes:
    length = max(start + ring for start, _, ring in notes)
    samples = [
        sum(_note(i / RATE - start, freq, ring) for start, freq, ring in notes)
        for i in range(int(length * RATE) + 1)
    ]
    peak = max(abs(s) for s in samples) or 1.0
    scale = SOFT * 32767 / peak
    return b"".join(struct.pack("<h", round(s * scale)) for s in samples)


def write(folder: Path) -> list[Path]:
    written = []
    for name, notes in CUES.items():
        path = folder / name
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent):
        print(f"wrote {path}")
