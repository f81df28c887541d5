"""Hostile control-socket clients, shared by the in-process fuzz test (tests/qt) and the one
against the real app (tests/e2e): message generators, and clients that send them and check every
answer that comes back."""

from __future__ import annotations

import json
import random
import socket
import string
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from psoasbreak.desktop.control_client import ControlError, NotRunning, connect
from psoasbreak.desktop.control_protocol import COMMANDS, MAX_MESSAGE_BYTES, decode_response

# -- generating messages ---------------------------------------------------------------------


def random_json(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 1, 2, 30, 1441, 2**31, -(2**63), 10**30])
    if kind == 3:
        return rng.choice([0.5, -0.0, 1e308, float("nan"), float("inf")])
    if kind in (4, 5):
        alphabet = string.printable + "é✓\u0000\ud7ff"
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
    if kind in (6, 7):
        keys = ["v", "cmd", "args", "minutes", "until_tomorrow", "until", "exercise", ""]
        return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}
    return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]


def mutated_request(rng: random.Random) -> bytes:
    body: dict[str, object] = {
        "v": rng.choice([1, 1, 1, 0, 2, "1", 1.0, True, None, -1]),
        "cmd": rng.choice([*sorted(COMMANDS - {"quit"}), "", "QUIT", "status ", "rm", 7, None]),
        "args": rng.choice([{}, {}, random_json(rng), {"minutes": random_json(rng)}]),
    }
    for key in rng.sample(list(body), rng.randrange(2)):
        del body[key]
    if rng.random() < 0.2:
        body[random_json(rng).__class__.__name__] = random_json(rng)
    return json.dumps(body, allow_nan=True).encode()


def generate(rng: random.Random) -> tuple[str, bytes]:
    """One hostile message: (how it is sent, its bytes)."""
    roll = rng.random()
    if roll < 0.25:
        return "line", rng.randbytes(rng.randrange(0, 2048)).replace(b"\n", b"") + b"\n"
    if roll < 0.55:
        return "line", mutated_request(rng) + b"\n"
    if roll < 0.65:
        text = mutated_request(rng)
        return "line", text[: rng.randrange(len(text))] + b"\n"
    if roll < 0.70:
        depth = rng.randrange(1000, MAX_MESSAGE_BYTES // 2 - 10)
        return "line", b'{"v":1,"cmd":"status","args":' + b"[" * depth + b"]" * depth + b"}\n"
    if roll < 0.73:
        digits = rng.randrange(4301, 20_000)
        return "line", b'{"v":1,"cmd":"pause","args":{"minutes":' + b"9" * digits + b"}}\n"
    if roll < 0.83:
        text = mutated_request(rng)
        return "cut", text[: rng.randrange(len(text) + 1)]
    if roll < 0.93:
        return "half-open", rng.randbytes(rng.randrange(0, 512)).replace(b"\n", b"")
    if roll < 0.998:
        return "line", json.dumps({"v": 1, "cmd": "status", "pad": "x" * 70_000}).encode() + b"\n"
    size = rng.randrange(1 << 20, 2 << 20)
    return "oversized", rng.randbytes(size).replace(b"\n", b"x") + b"\n"


# -- sending them ----------------------------------------------------------------------------


@dataclass
class Report:
    sent: Counter[str] = field(default_factory=Counter)
    answers: Counter[str] = field(default_factory=Counter)
    bytes_sent: int = 0
    #: Messages whose connection the server closed before the client was done: what it does to
    #: the oldest connection when more arrive than it serves at once (desktop/instance.py).
    dropped: int = 0
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def messages(self) -> int:
        return sum(self.sent.values())


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def deliver(path: Path, how: str, payload: bytes) -> bytes | None:
    """Send one message as ``how`` says; the answer (b"" for none), or None when not waited for."""
    with connect(path, timeout=10) as sock:
        try:
            sock.sendall(payload)
            if how == "cut":
                return None  # hang up mid-message, without reading
            if how == "half-open":
                sock.shutdown(socket.SHUT_WR)
            return read_all(sock)
        except (BrokenPipeError, ConnectionResetError):
            if how != "oversized":
                raise
            return None  # the server answered "too long" and hung up while we were still sending


def check_answer(how: str, payload: bytes, answer: bytes | None, report: Report) -> None:
    if answer is None or (how == "half-open" and answer == b""):
        return
    line, newline, rest = answer.partition(b"\n")
    try:
        response = decode_response(line)
    except ValueError as exc:
        report.problems.append(f"{how} {payload[:80]!r}: bad answer {answer[:200]!r} ({exc})")
        return
    if not newline or rest:
        report.problems.append(f"{how} {payload[:80]!r}: answer not one line: {answer[:200]!r}")
    with report.lock:
        report.answers["ok" if response.ok else "error"] += 1


def client(path: Path, seed: int, count: int, report: Report) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        how, payload = generate(rng)
        try:
            answer = deliver(path, how, payload)
        except (BrokenPipeError, ConnectionResetError):
            with report.lock:
                report.dropped += 1
                report.sent[how] += 1
            continue
        except (OSError, ControlError, NotRunning) as exc:
            report.problems.append(f"{how} {payload[:80]!r}: {exc!r}")
            continue
        check_answer(how, payload, answer, report)
        with report.lock:
            report.sent[how] += 1
            report.bytes_sent += len(payload)


def slow_client(path: Path, seed: int, stop: threading.Event, report: Report) -> None:
    """Drips a valid request a byte at a time, slower than the server's deadline allows."""
    rng = random.Random(seed)
    while not stop.is_set():
        try:
            with connect(path, timeout=10) as sock:
                for byte in b'{"v": 1, "cmd": "status"}':
                    if stop.wait(rng.uniform(0.05, 0.4)):
                        break
                    sock.sendall(bytes([byte]))
        except (BrokenPipeError, ConnectionResetError):
            pass  # cut off by the server (deadline, or too many clients): as intended
        except (OSError, ControlError, NotRunning) as exc:
            report.problems.append(f"slow client: {exc!r}")
            return
        with report.lock:
            report.sent["slow"] += 1
