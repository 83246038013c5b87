"""``python -m smplanner``: the same as the ``smplanner`` command."""

from smplanner.cli import main

raise SystemExit(main())
