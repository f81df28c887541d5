"""The local zone the cron jobs (working hours, midnight) run in.

Normally the IANA zone the system names (``tzlocal``: ``TZ``, ``/etc/localtime``). A ``TZ`` that
has no IANA name (``JST-9``, ``CET-1CEST,M3.5.0,M10.5.0/3``, a misspelt ``Europe/Berln``) is
still one the C library accepts and Python's own ``time`` module follows; then the jobs follow
the same offsets through ``CLibraryLocalTime``, and the log says so once. The app never stops
for a zone it cannot name.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta, tzinfo

import tzlocal

log = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1)
_told: set[str] = set()


class CLibraryLocalTime(tzinfo):
    """Local time as the C library keeps it (``time.localtime``/``mktime``), rules included."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        local = self._local(dt)
        if local.tm_isdst <= 0:
            return timedelta(0)
        return timedelta(seconds=local.tm_gmtoff + time.timezone)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds()
        offset = timedelta(seconds=time.localtime(stamp).tm_gmtoff)
        return (dt.replace(tzinfo=None) + offset).replace(tzinfo=self)

    @staticmethod
    def _local(dt: datetime | None) -> time.struct_time:
        if dt is None:
            return time.localtime()
        # A wall time of this zone: the C library says which offset it has (-1: it decides DST).
        wall = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0, -1)
        return time.localtime(time.mktime(wall))

    def __repr__(self) -> str:
        return f"CLibraryLocalTime({time.tzname!r})"


def local_zone() -> tzinfo:
    """The system's zone by its IANA name, read anew (it may have changed since start-up), or
    the C library's local time where it has none."""
    try:
        return tzlocal.reload_localzone()
    except Exception as exc:
        name = " / ".join(time.tzname)
        if name not in _told:
            _told.add(name)
            log.info(
                "the local zone (%s) has no IANA name (%s): working hours and midnight follow "
                "the offsets the C library gives",
                name,
                str(exc).splitlines()[0],
            )
        return CLibraryLocalTime()
