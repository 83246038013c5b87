"""The bundle's entry point: the same command line as the installed ``smplanner``."""

from smplanner.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
