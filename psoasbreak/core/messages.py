"""A message for the user from code that does not import Qt: an English template and its values.

The English text (``text``) is what the log, stderr and the command line show. The tray shows the
same message in the user's language: the Qt side translates ``template`` (the "Notices" context,
``ui/translation.notice_text``) and fills in the same arguments. So a template is always a whole
sentence (or several) written as a literal, never built by concatenation: a sentence that varies
(one outcome or several, "it" or "them") is a second template, and arguments are values (paths,
numbers, keys, an operating system's error text), never English words.

A template is marked for ``pyside6-lupdate`` where it is written, and so is a notice's title::

    Message.of(QT_TRANSLATE_NOOP("Notices", "Could not write {path} ({reason})."), path=..., ...)

``QT_TRANSLATE_NOOP`` here is a pure-Python marker that returns the text unchanged. It bears Qt's
name because lupdate finds the texts to translate by the name of the call around them (whatever
module it comes from), and core/ must not import Qt. A test (tests/qt/test_translations.py) runs
lupdate over the package and fails on a template or title that is not marked this way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` (a literal) for translation in ``context``; return it unchanged."""
    return text


#: A value filled into a template: a number or a string the user's language does not change, or
#: messages of their own (translated too; several are joined by a space, as sentences).
Argument: TypeAlias = "str | int | Message | tuple[Message, ...]"


@dataclass(frozen=True)
class Message:
    """``template`` with ``{name}`` placeholders and the values for them (hashable, comparable)."""

    template: str
    args: tuple[tuple[str, Argument], ...] = ()

    @classmethod
    def of(cls, template: str, **args: Argument) -> Message:
        return cls(template, tuple(args.items()))

    @property
    def text(self) -> str:
        """The message in English."""
        return self.render(lambda message: message.template)

    def render(self, template_of: Callable[[Message], str]) -> str:
        """The message with each template (this one's and its arguments') replaced by
        ``template_of(message)``, e.g. its translation, and then filled in."""
        values = {name: _render(value, template_of) for name, value in self.args}
        return template_of(self).format(**values)


def _render(value: Argument, template_of: Callable[[Message], str]) -> str | int:
    if isinstance(value, Message):
        return value.render(template_of)
    if isinstance(value, tuple):
        return " ".join(message.render(template_of) for message in value)
    return value
