"""The installed command ends at once, owing nothing to what runs at exit.

Each case runs the launcher (what ``akn-un`` and ``python -m akn_un``
call) in a fresh interpreter, with something that would show whether the
interpreter's own clean-up ran: an object that prints when it is freed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import EXAMPLES

_FREED = "freed at clean-up"
_SCRIPT = """
import sys
{before}
class Watch:
    def __del__(self):
        print({freed!r}, file=sys.stderr)
watch = Watch()
sys.argv = ["akn-un", *sys.argv[1:]]
from akn_un.app._launch import main
raise SystemExit(main())
"""


def _launch(
    *argv: str, before: str = "", python: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    script = _SCRIPT.format(before=before, freed=_FREED)
    return subprocess.run(
        [sys.executable, *python, "-c", script, *argv],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["rules"], 0),
        (["rules", "Z999"], 2),
        (["validate", "--no-cache", str(EXAMPLES / "A-RES-75-196.xml")], 0),
        (["validate", "--no-cache", "--jobs", "1",
          str(EXAMPLES / "A-RES-75-196.md")], 0),
    ],
)  # fmt: skip
def test_the_command_ends_without_the_interpreters_clean_up(
    argv: list[str], status: int
) -> None:
    done = _launch(*argv)
    assert done.returncode == status, done.stderr
    assert _FREED not in done.stderr


def test_its_output_is_all_there() -> None:
    """Flushed before the end: the same as the command run in-process."""
    from io import StringIO

    from akn_un.app.cli import _parser, run

    expected = StringIO()
    run(_parser().parse_args(["rules"]), stdin=sys.stdin, stdout=expected,
        stderr=StringIO())  # fmt: skip
    assert _launch("rules").stdout == expected.getvalue()


def test_exit_handlers_still_run() -> None:
    done = _launch(
        "rules", before="import atexit; atexit.register(print, 'handled')"
    )
    assert done.returncode == 0
    assert done.stdout.endswith("handled\n")


def test_a_running_thread_gets_the_usual_end() -> None:
    """The interpreter waits for a thread that is not a daemon."""
    done = _launch("rules", before=(
        "import threading, time\n"
        "threading.Thread(target=lambda: (time.sleep(0.3), "
        "print('thread done'))).start()"
    ))  # fmt: skip
    assert done.stdout.endswith("thread done\n")
    assert _FREED in done.stderr


def test_a_profiler_still_gets_its_report() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-m", "akn_un", "rules"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert "function calls" in done.stdout
