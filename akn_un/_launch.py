"""The ``akn-un`` command as installed: the slow XSD compile goes first.

Compiling the official XSD takes about 0.2 s, most of a one-file
``validate``. The launcher starts it in a thread before the command line
and the checks are even imported (libxml2 releases Python's lock while it
compiles); not with ``--jobs 1``, which asks for one CPU, nor when the
result cache may answer (the command starts it then, if a file misses).
"""

from __future__ import annotations

import sys


def main() -> int:
    """Start the XSD compile for ``validate``, then run the command."""
    argv = sys.argv[1:]
    if argv[:1] == ["validate"]:
        from akn_un._options import (  # noqa: PLC0415
            cached,
            ignores_schema,
            one_cpu,
        )

        if not (ignores_schema(argv) or one_cpu(argv) or cached(argv)):
            from akn_un.resources import prepare_xsd  # noqa: PLC0415

            prepare_xsd()
    from akn_un.cli import main as run_command  # noqa: PLC0415

    return run_command(argv)
