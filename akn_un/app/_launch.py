"""The ``akn-un`` command as installed: it ends at once when done.

Ending without the interpreter's clean-up saves about 20 ms of a 75 ms
``validate`` that the result cache answers (benchmark row 3), which a
pre-commit hook pays on every commit; ``tests/test_launch.py`` guards it.
"""

from __future__ import annotations

import atexit
import os
import sys


def main() -> int:
    """Run the command, then end (see :func:`_end`)."""
    from akn_un.app.cli import main as run_command  # noqa: PLC0415

    status = run_command(sys.argv[1:])
    _end(status)
    return status


def _end(status: int) -> None:
    """Exit now, without the interpreter's clean-up, as mypy does.

    By the time the command returns, its outputs are written and closed;
    what is left is freeing every module, lxml and the compiled XSD, about
    20 ms of a 380 ms one-file ``validate`` (a pre-commit hook pays it on
    every commit). Output is flushed and the :mod:`atexit` handlers run
    first (logging's, multiprocessing's, a coverage tool's), as at any
    exit. With a thread still running, or a debugger or profiler
    watching, the interpreter ends as usual.
    """
    if _threads_running() or _watched() or not _flushed():
        return
    atexit._run_exitfuncs()  # what the interpreter would run; then cleared
    if _flushed():
        os._exit(status)


def _flushed() -> bool:
    """Whether standard output and error took what was written to them."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):  # none, broken or closed
        return False
    return True


def _threads_running() -> bool:
    """Whether a thread the interpreter would wait for is still running."""
    threading = sys.modules.get("threading")
    return threading is not None and any(
        thread.is_alive() and not thread.daemon
        for thread in threading.enumerate()
        if thread is not threading.main_thread()
    )


def _watched() -> bool:
    """Whether a tracer or profiler is set (3.12's monitoring tools too)."""
    if sys.gettrace() is not None or sys.getprofile() is not None:
        return True
    monitoring = getattr(sys, "monitoring", None)
    return monitoring is not None and any(
        monitoring.get_tool(tool) is not None for tool in range(6)
    )
