"""The command in this process, or in a fresh one bounded as a hostile
input needs."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_here(argv: Sequence[str], *, stdin: str = "") -> tuple[int, str, str]:
    """``akn-un argv`` in this process: the status, stdout and stderr."""
    from akn_un.app.cli import _parser, run

    out, err = io.StringIO(), io.StringIO()
    status = run(
        _parser().parse_args(list(argv)),
        stdin=io.TextIOWrapper(io.BytesIO(stdin.encode())),
        stdout=out,
        stderr=err,
    )
    return status, out.getvalue(), err.getvalue()


def run_command(
    argv: Sequence[str],
    *,
    memory: int | None = None,
    closed: Sequence[int] = (),
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m akn_un argv``: its address space bounded to ``memory``
    bytes (as ``ulimit -v`` bounds it), the descriptors ``closed`` closed
    (as ``>&-`` closes them, after the pipes that capture the output
    are in place)."""

    def start() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        for fd in closed:
            os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "akn_un", *argv], capture_output=True,
        stdin=subprocess.DEVNULL, text=True, timeout=timeout, check=False, cwd=ROOT,
        preexec_fn=start,
    )  # fmt: skip
