"""SIGTERM and SIGHUP stop a command as Ctrl-C does.

Within :class:`interrupted_by_signals`, either signal raises
``KeyboardInterrupt`` where the program is, so that what is under way
cleans up after itself (a temporary file is removed, workers are ended)
and the command can say what it did, as after Ctrl-C.
"""

from __future__ import annotations

import signal

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType, TracebackType
    from typing import Any, Self

    _Handler = Callable[[int, FrameType | None], Any] | int | None

__all__ = ["interrupted_by_signals"]

_SIGNALS = ("SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


class interrupted_by_signals:  # noqa: N801 - used as a function: with …():
    """Within: SIGTERM and SIGHUP raise ``KeyboardInterrupt``.

    Outside the main thread, where Python takes no signal handler, the
    handlers are left as they are.  (A class, not ``contextlib``'s
    decorator: a command's start-up pays for every import.)
    """

    def __init__(self) -> None:
        """Nothing is changed until the block is entered."""
        self._previous: dict[int, _Handler] = {}

    def __enter__(self) -> Self:
        """Route the signals to ``KeyboardInterrupt``."""
        for name in _SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue
            try:
                self._previous[number] = signal.signal(number, _interrupt)
            except ValueError:  # not the main thread
                break
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Put the handlers back as they were."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)


def _interrupt(_signal: int, _frame: FrameType | None) -> None:
    """Stop as Ctrl-C stops."""
    raise KeyboardInterrupt
