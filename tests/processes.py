"""The command in a fresh process, bounded as a hostile input needs."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
