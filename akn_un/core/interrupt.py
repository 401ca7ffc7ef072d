"""SIGTERM and SIGHUP stop a command as Ctrl-C does.

Within :func:`interrupted_by_signals`, either signal raises
``KeyboardInterrupt`` where the program is, so that what is under way
cleans up after itself (a temporary file is removed, workers are ended)
and the command can say what it did, as after Ctrl-C.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from types import FrameType

__all__ = ["interrupted_by_signals"]

_SIGNALS = ("SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


@contextmanager
def interrupted_by_signals() -> Iterator[None]:
    """Within: SIGTERM and SIGHUP raise ``KeyboardInterrupt``.

    Outside the main thread, where Python takes no signal handler, the
    handlers are left as they are.
    """
    previous = {}
    for name in _SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            previous[number] = signal.signal(number, _interrupt)
        except ValueError:  # not the main thread
            break
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _interrupt(_signal: int, _frame: FrameType | None) -> None:
    """Stop as Ctrl-C stops."""
    raise KeyboardInterrupt
