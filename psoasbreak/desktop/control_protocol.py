"""The control channel's wire format: one JSON object per line, versioned, with a size limit.

The same on every transport (a Unix socket on Linux and macOS, a named pipe on Windows). Kept free
of Qt so the command-line client answers in milliseconds (DESIGN §3, issue 9).
Request:  {"v": 1, "cmd": "status", "args": {...}}
Response: {"v": 1, "ok": true, "result": {...}}  or  {"v": 1, "ok": false, "error": "message"}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

VERSION = 1
#: Far above any real message; anything longer is refused before it is parsed.
MAX_MESSAGE_BYTES = 64 * 1024
COMMANDS = frozenset(
    {"ping", "status", "break_now", "session_now", "pause", "resume", "quit", "show"}
)


class ProtocolError(ValueError):
    """A message that is not a valid request or response; the text is safe to send back."""


# Named tuples, not dataclasses: importing dataclasses (and the inspect module it needs) was a
# tenth of the command line's round trip (issue 21). Immutable and compared by value all the
# same; ``__new__`` gives each message a dict of its own where none is passed.


class _RequestFields(NamedTuple):
    cmd: str
    args: dict[str, Any]


class Request(_RequestFields):
    __slots__ = ()

    def __new__(cls, cmd: str, args: dict[str, Any] | None = None) -> Request:
        return super().__new__(cls, cmd, {} if args is None else args)

    def encode(self) -> bytes:
        return _encode({"v": VERSION, "cmd": self.cmd, "args": self.args})


class _ResponseFields(NamedTuple):
    ok: bool
    result: dict[str, Any]
    error: str


class Response(_ResponseFields):
    __slots__ = ()

    def __new__(cls, ok: bool, result: dict[str, Any] | None = None, error: str = "") -> Response:
        return super().__new__(cls, ok, {} if result is None else result, error)

    def encode(self) -> bytes:
        body: dict[str, Any] = {"v": VERSION, "ok": self.ok}
        if self.ok:
            body["result"] = self.result
        else:
            body["error"] = self.error
        return _encode(body)


def _encode(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode() + b"\n"


def _decode_object(line: bytes) -> dict[str, Any]:
    if len(line) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message longer than {MAX_MESSAGE_BYTES} bytes")
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    except (RecursionError, ValueError) as exc:
        # "[[[[…" nested thousands deep, or an integer of thousands of digits (Python 3.11+ limits
        # int parsing): valid JSON, but not something any real client sends.
        raise ProtocolError(f"not a usable JSON message: {str(exc)[:80]}") from None
    if not isinstance(obj, dict):
        raise ProtocolError("a message must be a JSON object")
    version = obj.get("v")
    if isinstance(version, bool) or version != VERSION:
        raise ProtocolError(f"unsupported protocol version {_short(version)} (this is {VERSION})")
    return obj


def _short(value: Any) -> str:
    """A value from a message, quoted for an error answer, never longer than the limit allows."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def decode_request(line: bytes) -> Request:
    obj = _decode_object(line)
    cmd, args = obj.get("cmd"), obj.get("args", {})
    if not isinstance(cmd, str) or cmd not in COMMANDS:
        raise ProtocolError(f"unknown command {_short(cmd)}")
    if not isinstance(args, dict):
        raise ProtocolError("args must be a JSON object")
    return Request(cmd, args)


def decode_response(line: bytes) -> Response:
    obj = _decode_object(line)
    ok = obj.get("ok")
    if ok is True and isinstance(obj.get("result"), dict):
        return Response(True, obj["result"])
    if ok is False and isinstance(obj.get("error"), str):
        return Response(False, error=obj["error"])
    raise ProtocolError("malformed response")


def read_line(recv: Callable[[int], bytes]) -> bytes:
    """One message from a byte stream, without its newline.

    ``recv(n)`` returns up to n bytes, or b"" once the peer has hung up. Reading stops at the
    first newline, at the end of the stream, or once more than MAX_MESSAGE_BYTES have come without
    a newline (the decoder then refuses the message), so a runaway peer cannot fill the memory.
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk or size > MAX_MESSAGE_BYTES:
            break
    return b"".join(chunks).split(b"\n", 1)[0]
