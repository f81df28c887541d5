"""The break prompt as a desktop notification (``org.freedesktop.Notifications``).

On Wayland a window cannot appear without taking the keyboard focus (DESIGN §5: sway gives it to
any Qt window, whatever its flags), but a notification with buttons leaves the focus where it is.
So there the prompt is a notification with the actions ``start`` / ``snooze`` / ``skip``.

QtDBus cannot send ``Notify``'s ``u`` and ``i`` arguments from Python (DESIGN §5), so this speaks
D-Bus through jeepney on its own session-bus connection. Nothing blocks and nothing polls: calls
are sent and their replies matched by serial when they arrive, and the connection's socket is
watched by a QSocketNotifier, so the app wakes only when the bus has something to say.

A server that is missing, refuses, does not answer, or shows no buttons (no ``actions``
capability) makes this emit ``unavailable``: the prompt window is used instead. A server that
restarts while a prompt is out gets the prompt again, so the answer is never lost.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE

#: The action keys we offer; ``default`` is a click on the notification itself. What each
#: means is core/prompting.py's rule.
ACTION_KEYS = ("default", "start", "snooze", "skip")
#: NotificationClosed reasons (the specification's numbers).
CLOSED_EXPIRED, CLOSED_DISMISSED, CLOSED_BY_CALL = 1, 2, 3
#: How long a call may go unanswered before the server counts as not there.
REPLY_TIMEOUT_MS = 5000
#: How long the server shows a tray message (``tell``), as Qt's own tray messages did.
TOLD_TIMEOUT_MS = 15_000


#: ``translate(context, text)``: lupdate finds the calls by this name.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PromptNotice:
    """What one prompt says: a title, a short body, the snooze length for its button, how
    long the server should show it (the prompt timeout), and whether Snooze and Skip are offered
    (the limits on skipping may take either away)."""

    summary: str
    body: str
    snooze_minutes: int
    timeout_ms: int
    snooze: bool = True
    skip: bool = True


def _open_session_bus() -> Any:
    # jeepney ships no type hints (no py.typed marker).
    from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

    return open_dbus_connection(bus="SESSION")


#: How long a prompt waits for a notification server that went away to come back (a restart takes
#: a second or two) before it is shown as the window.
SERVER_GONE_MS = 5000


class NotificationPrompt(QObject):
    """Shows at most one prompt notification at a time and reports what the user did with it."""

    #: The user chose an action (one of ACTION_KEYS).
    action_invoked = Signal(str)
    #: The user closed the notification without choosing.
    dismissed = Signal()
    #: The prompt cannot be a notification (why, in words): show the window instead.
    unavailable = Signal(str)

    def __init__(
        self,
        icon_path: str = "",
        connect: Callable[[], Any] = _open_session_bus,
        reply_timeout_ms: int = REPLY_TIMEOUT_MS,
        parent: QObject | None = None,
        server_gone_ms: int = SERVER_GONE_MS,
    ) -> None:
        super().__init__(parent)
        self._icon_path = icon_path
        self._connect = connect
        self._conn: Any = None
        self._notifier: QSocketNotifier | None = None
        #: Replies we wait for: serial → what to do with the reply (or the error).
        self._pending: dict[int, Callable[[Any], None]] = {}
        #: The prompt that should be showing (None: none), and the server's id for it.
        self._wanted: PromptNotice | None = None
        self.notification_id: int | None = None
        #: The server's unique bus name: only its signals are believed (any client may emit).
        self._server: str | None = None
        self._server_caps: frozenset[str] = frozenset()
        # Runs only while a call is unanswered: no timer exists between prompts.
        self._deadline = Timer(
            self, "notification-reply-deadline", single_shot=True, interval_ms=reply_timeout_ms
        )
        self._deadline.timeout.connect(self._no_reply)
        # Runs only while the server is gone with a prompt out: it may be restarting.
        self._gone = Timer(
            self, "notification-server-gone", single_shot=True, interval_ms=server_gone_ms
        )
        self._gone.timeout.connect(self._no_server)

    # -- what the presenter calls ------------------------------------------------------

    @property
    def showing(self) -> bool:
        return self._wanted is not None

    def show(self, notice: PromptNotice) -> None:
        """Ask the server to show ``notice``, replacing the prompt shown before, if any."""
        self.withdraw()
        self._wanted = notice
        if not self._ensure_connection():
            return
        self._ask_capabilities()

    def withdraw(self) -> None:
        """The prompt is over (answered anywhere, timed out, paused, quit): take it away."""
        self._wanted = None
        self._gone.stop()
        shown, self.notification_id = self.notification_id, None
        if shown is not None and self._conn is not None:
            self._call("CloseNotification", "u", (shown,), None)

    def close(self) -> None:
        """Withdraw the prompt and drop the connection (at quit)."""
        self.withdraw()
        self._disconnect()

    def tell(self, title: str, text: str, *, problem: bool = True) -> bool:
        """A message with no buttons (what the tray has to say), sent without waiting: False
        when there is no bus to send it on.

        Qt's own tray message (``QSystemTrayIcon.showMessage`` on a StatusNotifier tray) is a
        ``Notify`` call that Qt waits for: with the server gone and the bus starting another one
        that never comes (a Plasma service file on a GNOME session: ``plasma_waitforname``), the
        whole app stood still 25 s, the prompt window with it (issue 16, CI). Here the reply,
        or the bus's error, is read like any other and dropped."""
        if self._conn is None and self._open_connection() is not None:
            return False
        self._send_notify(title, text, [], {"urgency": ("y", 1 if problem else 0)}, TOLD_TIMEOUT_MS)
        return self._conn is not None

    # -- the conversation with the server ----------------------------------------------

    def _ensure_connection(self) -> bool:
        failure = self._open_connection()
        if failure is None:
            return True
        self._give_up(translate("NotificationPrompt", "there is no D-Bus session bus") + failure)
        return False

    def _open_connection(self) -> str | None:
        """None once connected, else why not (`` (the error)``)."""
        if self._conn is not None:
            return None
        try:
            conn = self._connect()
        except Exception as exc:  # no bus address, refused, auth failed: all mean "no bus"
            return f" ({exc})"
        self._conn = conn
        self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._subscribe()
        return None

    def _subscribe(self) -> None:
        from jeepney import MatchRule  # type: ignore[import-untyped]  # jeepney ships no types
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]  # ditto

        ours = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        owner = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
        )
        owner.add_arg_condition(0, SERVICE)
        for rule in (ours, owner):
            self._send(message_bus.AddMatch(rule), None)

    def _ask_capabilities(self) -> None:
        self._call("GetCapabilities", "", (), self._got_capabilities)

    def _got_capabilities(self, reply: Any) -> None:
        if self._wanted is None:
            return
        caps = reply.body[0] if _is_return(reply, "as") else None
        if caps is None:
            self._give_up(_server_error(reply))
            return
        self._server_caps = frozenset(caps)
        if "actions" not in self._server_caps:
            self._give_up(
                translate("NotificationPrompt", "the notification server shows no buttons")
            )
            return
        self._notify(self._wanted)

    def _notify(self, notice: PromptNotice) -> None:
        actions = [
            "default", translate("NotificationPrompt", "Start"),
            "start", translate("NotificationPrompt", "Start"),
        ]  # fmt: skip
        if notice.snooze:
            actions += [
                "snooze",
                translate("NotificationPrompt", "Snooze {minutes} min").format(
                    minutes=notice.snooze_minutes
                ),
            ]
        if notice.skip:
            actions += ["skip", translate("NotificationPrompt", "Skip")]
        hints = {"category": ("s", "presence"), "urgency": ("y", 1)}
        self._send_notify(
            notice.summary, notice.body, actions, hints, notice.timeout_ms, self._got_id
        )

    def _send_notify(
        self,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, tuple[str, Any]],
        timeout_ms: int,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """``Notify`` with our name, icon and desktop entry, the body escaped where the server
        reads markup: the prompt and the tray's messages alike."""
        if "body-markup" in self._server_caps:
            body = escape_markup(body)
        hints = {"desktop-entry": ("s", "psoasbreak"), **hints}
        args = ("psoasbreak", 0, self._icon_path, summary, body, actions, hints, timeout_ms)
        self._call("Notify", "susssasa{sv}i", args, then)

    def _got_id(self, reply: Any) -> None:
        if not _is_return(reply, "u"):
            self._give_up(_server_error(reply))
            return
        from jeepney import HeaderFields

        (notification_id,) = reply.body
        self._server = reply.header.fields.get(HeaderFields.sender)
        if self._wanted is None:  # withdrawn while the server was answering
            self._call("CloseNotification", "u", (notification_id,), None)
            return
        self.notification_id = notification_id
        log.info("prompt shown as notification %d", notification_id)

    def _give_up(self, why: str) -> None:
        """Fall back to the window for this prompt; the caller decides whether to tell."""
        log.info("prompt notification unavailable: %s", why)
        if self._wanted is not None:
            self._wanted = None
            self.unavailable.emit(why)

    # -- incoming messages -------------------------------------------------------------

    def _readable(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self._conn is not None:
            try:
                msg = self._conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError) as exc:  # the bus went away, or sent nonsense
                log.warning("notification bus connection lost: %s", exc)
                self._disconnect()
                self._give_up(translate("NotificationPrompt", "the D-Bus session bus went away"))
                return
            kind = msg.header.message_type
            if kind in (MessageType.method_return, MessageType.error):
                handler = self._pending.pop(msg.header.fields.get(HeaderFields.reply_serial), None)
                if not self._pending:
                    self._deadline.stop()
                if handler is not None:
                    handler(msg)
            elif kind is MessageType.signal:
                self._signal(msg)

    def _signal(self, msg: Any) -> None:
        from jeepney import HeaderFields

        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender)
        if member == "NameOwnerChanged" and signature == "sss" and sender == "org.freedesktop.DBus":
            self._owner_changed(*msg.body)
        elif fields.get(HeaderFields.interface) != INTERFACE or sender != self._server:
            return
        elif member == "ActionInvoked" and signature == "us":
            self._action(*msg.body)
        elif member == "NotificationClosed" and signature == "uu":
            self._closed(*msg.body)
        # Anything else (other members, wrong signatures from a confused sender) is not ours.

    def _action(self, notification_id: int, key: str) -> None:
        if notification_id != self.notification_id or self._wanted is None:
            return
        if key not in ACTION_KEYS:
            return
        self.withdraw()  # servers that keep a notification after a click let go of it now
        self.action_invoked.emit(key)

    def _closed(self, notification_id: int, reason: int) -> None:
        if notification_id != self.notification_id or self._wanted is None:
            return
        self.notification_id = None
        if reason == CLOSED_DISMISSED:
            self._wanted = None
            self.dismissed.emit()
        # Expired (or closed for a reason the specification does not name): the prompt stays
        # open in the session until its own timeout records it as missed.

    def _owner_changed(self, name: str, old: str, new: str) -> None:
        if name != SERVICE:
            return
        self.notification_id = None  # whatever the old server showed is gone with it
        if self._wanted is None:
            return
        if new:
            self._gone.stop()
            log.info("the notification server restarted; showing the prompt again")
            self._ask_capabilities()
        else:
            # GNOME Shell's own server is not started again when it dies (issue 16): unless one
            # comes back soon, the prompt becomes the window instead of waiting unseen.
            log.info("the notification server went away with the prompt out")
            self._gone.start()

    def _no_server(self) -> None:
        self._give_up(translate("NotificationPrompt", "the notification server does not answer"))

    # -- plumbing ----------------------------------------------------------------------

    def _call(
        self, method: str, signature: str, body: tuple[Any, ...], then: Callable[[Any], None] | None
    ) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self._send(new_method_call(address, method, signature or None, body), then)

    def _send(self, message: Any, then: Callable[[Any], None] | None) -> None:
        if self._conn is None:
            return
        serial = next(self._conn.outgoing_serial)
        try:
            self._conn.send(message, serial=serial)
        except OSError as exc:
            log.warning("notification bus connection lost: %s", exc)
            self._disconnect()
            self._give_up(translate("NotificationPrompt", "the D-Bus session bus went away"))
            return
        if then is not None:
            self._pending[serial] = then
            if not self._deadline.isActive():
                self._deadline.start()

    def _no_reply(self) -> None:
        self._pending.clear()
        self._give_up(translate("NotificationPrompt", "the notification server does not answer"))

    def _disconnect(self) -> None:
        self._pending.clear()
        self._deadline.stop()
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def _is_return(reply: Any, signature: str) -> bool:
    from jeepney import HeaderFields, MessageType

    return bool(
        reply.header.message_type is MessageType.method_return
        and reply.header.fields.get(HeaderFields.signature, "") == signature
    )


def _server_error(reply: Any) -> str:
    from jeepney import HeaderFields, MessageType

    if reply.header.message_type is MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name, "an error")
        if name in (
            "org.freedesktop.DBus.Error.ServiceUnknown",
            "org.freedesktop.DBus.Error.NameHasNoOwner",
        ) or name.startswith("org.freedesktop.DBus.Error.Spawn."):  # activation failed
            return translate("NotificationPrompt", "no notification server is running")
        if name in ("org.freedesktop.DBus.Error.NoReply", "org.freedesktop.DBus.Error.Timeout"):
            return translate("NotificationPrompt", "the notification server does not answer")
        return (
            translate("NotificationPrompt", "the notification server refused the prompt")
            + f" ({name})"
        )
    return translate("NotificationPrompt", "the notification server gave an unexpected answer")


class NoNotifications(QObject):
    """Where the system has no D-Bus notifications (Windows, macOS): a prompt asked for as a
    notification is at once reported unavailable, so it appears as the window instead."""

    action_invoked = Signal(str)
    dismissed = Signal()
    unavailable = Signal(str)

    showing = False

    def show(self, notice: PromptNotice) -> None:
        self.unavailable.emit(translate("NotificationPrompt", "no notification server is running"))

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        pass

    def tell(self, title: str, text: str, *, problem: bool = True) -> bool:
        return False


def notifications_for_platform(icon_path: str) -> NotificationPrompt | NoNotifications:
    """D-Bus notifications where they exist (Linux, BSD); elsewhere none."""
    if sys.platform in ("win32", "darwin"):
        return NoNotifications()
    return NotificationPrompt(icon_path)


def escape_markup(text: str) -> str:
    """``text`` as plain text in the notification spec's body markup (a subset of XML): what
    ``html.escape(text, quote=False)`` gives, without importing html, whose table of every HTML5
    entity was 0.4 MB of the idle app's memory (issue 21)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
