"""The ``akn-un`` command as installed: the slow XSD compile goes first.

Compiling the official XSD takes about 0.2 s, most of a one-file
``validate``. The launcher starts it in a thread before the command line
and the checks are even imported (libxml2 releases Python's lock while it
compiles); not with ``--jobs 1``, which asks for one CPU, nor when the
result cache may answer (the command starts it then, if a file misses).

When the command is done, the process ends at once (see :func:`_end`).
"""

from __future__ import annotations

import atexit
import os
import sys


def main() -> int:
    """Start the XSD compile for ``validate``, run the command, end."""
    argv = sys.argv[1:]
    if argv[:1] == ["validate"]:
        from akn_un.app._options import (  # noqa: PLC0415
            cached,
            ignores_schema,
            one_cpu,
        )

        if not (ignores_schema(argv) or one_cpu(argv) or cached(argv)):
            from akn_un.core.resources import prepare_xsd  # noqa: PLC0415

            prepare_xsd()
    from akn_un.app.cli import main as run_command  # noqa: PLC0415

    status = run_command(argv)
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
