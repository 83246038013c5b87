# smplanner: `make run` opens the app, `make test` runs every check.
#
# Both set everything up on first use: the Qt system libraries (packaging/system-deps.sh),
# a virtual environment in .venv, and the package installed editable with its test extras.
# The install is redone only when pyproject.toml is newer than .venv/.installed, so later
# runs start at once.
#
#   make run [ARGS="plan.xlsx"]   the app (the example plan by default)
#   make test                     ruff, import-linter contracts, mypy, pytest (offscreen)
#   make translations             gather the texts into resources/translations/*.ts (for
#                                 translators: Qt Linguist) and compile them to .qm
#   make bench                    benchmarks/run.py
#   make bundle                   the standalone one-folder app in dist/smplanner (PyInstaller),
#                                 checked with its --self-test
#   make clean                    caches and build output; `make distclean` also drops .venv
#
# PYTHON=python3.12 make ...      build the venv from another interpreter (3.11 or newer)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip install --disable-pip-version-check --no-input -q
ARGS   ?=

.PHONY: run test bench bundle translations clean distclean setup system-deps

# ------------------------------------------------------------------------------ setup

# Fast (one ldconfig lookup) when the libraries are there; `run` asks for the window ones too.
system-deps:
	@PYTHON="$(PYTHON)" sh packaging/system-deps.sh $(SYSDEPS_FLAGS)

# Order-only: the system check comes first (Debian's python3 may need python3-venv).
$(BIN)/python: | system-deps
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "smplanner needs Python 3.11 or newer: make PYTHON=python3.11 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }

$(STAMP): pyproject.toml | $(BIN)/python
	$(PIP) -e '.[test]'
	@touch $@

setup: system-deps $(STAMP)

# ------------------------------------------------------------------------------ targets

run: SYSDEPS_FLAGS := --gui
run: setup
	@if [ "$$(uname -s)" = Linux ] \
		&& [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
		echo "make run: no screen here (DISPLAY and WAYLAND_DISPLAY are unset)." >&2; \
		echo "  On a machine without one, try: xvfb-run -a make run" >&2; \
		echo "  or use the command line: $(BIN)/smplanner --help" >&2; \
		exit 1; \
	fi
	$(BIN)/smplanner $(ARGS)

# Every check runs even when an earlier one fails; the exit status is non-zero if any failed.
# --test: LibreOffice too, to recalculate the ROI sheet's formulas (skipped where absent).
test: SYSDEPS_FLAGS := --test
test: setup
	@status=0; \
	echo "== ruff"; $(BIN)/ruff check smplanner tests packaging benchmarks || status=1; \
	echo "== ruff format"; $(BIN)/ruff format --check smplanner tests packaging benchmarks || status=1; \
	echo "== import-linter"; $(BIN)/lint-imports || status=1; \
	echo "== mypy (strict, the whole package)"; $(BIN)/mypy || status=1; \
	echo "== pytest (offscreen, a worker per core; then the 15 slowest tests)"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile --durations=15 \
		|| status=1; \
	exit $$status

bench: setup
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/run.py $(ARGS)

LANGUAGES := de pl
TS := $(foreach language,$(LANGUAGES),resources/translations/smplanner_$(language).ts)

translations: setup
	@mkdir -p resources/translations
	$(BIN)/pyside6-lupdate $$(find smplanner -name '*.py' | sort) ui/*.ui \
		-no-obsolete -locations none -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS)

bundle: setup
	PYTHON=$(BIN)/python sh packaging/build.sh

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .import_linter_cache \
		.hypothesis benchmarks/out
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
