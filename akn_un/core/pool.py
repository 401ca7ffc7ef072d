"""Work spread over processes, results in order, stopped at once on a signal.

Both ``convert`` and ``validate`` hand many files to processes through
:func:`ordered_map`.  Ctrl-C (SIGINT), SIGTERM or SIGHUP stops the
workers there and then (nothing queued is done after it) and reaches the
caller as :class:`KeyboardInterrupt`, so that the command can say what it
did; a worker whose parent dies (even by SIGKILL, on Linux) is ended too.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from akn_un.core.interrupt import interrupted_by_signals

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from types import FrameType

__all__ = ["forks", "ordered_map"]

In = TypeVar("In")
Out = TypeVar("Out")

_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a child gets when its parent dies


def forks(items: int, jobs: int, *, from_items: int) -> bool:
    """Whether ``items`` go to ``jobs`` processes.

    It is worth it from ``from_items``: what one item costs against
    starting a process.
    """
    return jobs > 1 and items >= from_items


def ordered_map(
    func: Callable[[In], Out],
    items: Iterable[In],
    jobs: int,
    context: BaseContext | None = None,
) -> Iterator[Out]:
    """``func`` of each item, in ``jobs`` processes, yielded in order.

    ``context`` is the multiprocessing context (``fork`` to share what the
    parent loaded); by default the platform's.  No more processes start
    than the machine has CPUs, whatever ``jobs`` asks.

    Raises:
        KeyboardInterrupt: SIGINT, SIGTERM or SIGHUP came; the workers are
            ended.

    """
    import multiprocessing  # noqa: PLC0415 - only for many files

    processes = min(jobs, os.cpu_count() or 1)
    pool = (context or multiprocessing).Pool(
        processes, initializer=_worker_start)
    with interrupted_by_signals():
        try:
            yield from pool.imap(func, items)
            pool.close()
        except BaseException:
            pool.terminate()  # queued work is dropped, running work stopped
            raise
        finally:
            pool.join()


def _worker_start() -> None:
    """A worker leaves Ctrl-C to its parent, and dies with it.

    SIGTERM (the pool's terminate, or the parent's death) and SIGHUP end
    the worker by ``SystemExit``, so that what it was doing cleans up
    after itself (an output's temporary file is removed) before it goes.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _exit)
    if sys.platform == "linux":
        import ctypes  # noqa: PLC0415 - in the worker only

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _exit(_signal: int, _frame: FrameType | None) -> None:
    """End the worker, unwinding what it was doing."""
    raise SystemExit(1)
