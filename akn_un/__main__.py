"""``python -m akn_un``: the same as the ``akn-un`` command."""

from akn_un.app._launch import main

raise SystemExit(main())
