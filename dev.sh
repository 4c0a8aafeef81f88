#!/usr/bin/env bash
# Objector Guide developer entry point. The README's two commands are `./dev.sh run` and
# `./dev.sh test`; both install what they need first (system packages Qt needs, a venv).
#   ./dev.sh run     install, build the content store, open the window
#   ./dev.sh test    install, lint, the short fuzz budget, the whole test suite (offscreen, no screen,
#                    on every core); with pytest arguments (`./dev.sh test tests/ui -x`) only those
#                    tests (`-n0` for one process, e.g. with a debugger)
#   ./dev.sh dist    build the standalone executables into dist/ (tests first)
#   ./dev.sh dist-windows   build the Windows release under Wine into dist/windows/
#   ./dev.sh release        both, side by side with checksums in dist/release/
#   ./dev.sh bench   run the performance benchmarks (tables + JSON in tests/perf/results)
#   ./dev.sh fuzz    the long fuzz run: 100,000 fresh random inputs per target, slowest printed (hours)
#   ./dev.sh fuzz --short   the short fuzz budget CI runs: 300 fixed inputs per target (under a minute)
#   ./dev.sh lint    ruff, mypy (on the modules listed in pyproject.toml) and the import contracts
# `test` includes the Windows build and its self-test under Wine (tests/packaging/), so it also
# installs Wine, NSIS and osslsigncode; `./dev.sh test -m "not windows"` leaves that part out.
# Python packages come from requirements/dev.txt, pinned with hashes (see requirements/README.md).
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
PY="$VENV/bin/python"

# Libraries the Qt xcb/offscreen platforms load, Xvfb for screenshots, poppler for PDF checks.
APT_PACKAGES="strace libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 libglib2.0-0 xvfb xauth poppler-utils fonts-dejavu-core"
# The Windows build on Linux (build/windows.py): 64-bit Wine runs the Windows CPython and
# PyInstaller, NSIS makes the installer, osslsigncode checks the interpreter's signatures.
WINDOWS_APT_PACKAGES="wine wine64 nsis osslsigncode"

system_packages() {  # [extra packages]
  local missing=()
  for p in $APT_PACKAGES ${1:-}; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  python3 -m venv --help >/dev/null 2>&1 || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install the Qt runtime libraries for your system: ${missing[*]}" >&2
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Every package pinned and checked against its hash (requirements/dev.txt, made by pip-compile
# from pyproject.toml); then the app itself, editable, with nothing more fetched.
LOCK=requirements/dev.txt
python_env() {
  [ -x "$PY" ] || python3 -m venv "$VENV"
  if ! "$PY" -m pip install -q --disable-pip-version-check --require-hashes -r "$LOCK"; then
    echo "dev.sh: installing $LOCK failed. It is pinned for Linux x86_64 and Python 3.11 (Debian 12);" >&2
    echo "  elsewhere regenerate it as requirements/README.md says." >&2
    return 1
  fi
  # an egg-info left in the tree by an older setuptools would shadow the installed metadata
  # (the version) for anything run from here; today's editable install writes none
  rm -rf objector_guide.egg-info
  "$PY" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  if ! "$PY" -m pip check --disable-pip-version-check >/dev/null; then  # a dependency added to pyproject.toml, not to the lock
    "$PY" -m pip check --disable-pip-version-check >&2 || true
    echo "dev.sh: $LOCK does not hold every dependency in pyproject.toml: regenerate it (requirements/README.md)" >&2
    return 1
  fi
}

# Qt translations: .ts sources (committed) -> .qm (generated, gitignored).
compile_translations() {
  local ts
  for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
}

lint() {  # ruff, mypy (the modules listed in [tool.mypy] files) and the import contracts
  "$VENV/bin/ruff" check .
  "$VENV/bin/mypy"
  if [ -f .importlinter ]; then "$VENV/bin/lint-imports"; fi
  echo "lint: ok"
}

case "${1:-}" in
  run)
    system_packages; python_env; compile_translations
    "$VENV/bin/objector-guide" build-db
    exec "$VENV/bin/objector-guide" "${@:2}"
    ;;
  test)
    system_packages "$WINDOWS_APT_PACKAGES"; python_env; compile_translations
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/objector-guide" build-db
    if [ $# -le 1 ]; then  # the whole suite, as CI runs it: lint, the short fuzz budget, every test
      lint
      OBJECTOR_GUIDE_FUZZ_EXAMPLES="${OBJECTOR_GUIDE_FUZZ_EXAMPLES:-300}" "$PY" -m pytest tests/fuzz -m fuzz -p no:cacheprovider -q
    fi
    # every core, a test file's tests on one worker (its module fixtures run once); the tests
    # that build into dist/ take turns through a lock (tests/build_lock.py)
    exec "$PY" -m pytest -n auto --dist loadfile "${@:2}"
    ;;
  dist)
    system_packages; python_env
    exec "$PY" build/build.py "${@:2}"
    ;;
  dist-windows)
    system_packages "$WINDOWS_APT_PACKAGES"; python_env
    exec "$PY" build/windows.py "${@:2}"
    ;;
  release)
    system_packages "$WINDOWS_APT_PACKAGES"; python_env
    exec "$PY" build/release.py "${@:2}"
    ;;
  bench)
    system_packages valgrind; python_env  # valgrind counts the instructions of a start
    export QT_QPA_PLATFORM=offscreen
    exec "$PY" tests/perf/run.py "${@:2}"
    ;;
  lint)
    python_env; lint
    ;;
  fuzz)
    system_packages; python_env
    export QT_QPA_PLATFORM=offscreen
    limit=()
    if [ "${2:-}" = "--short" ]; then  # CI: the same inputs every run, so red means the change broke it
      export OBJECTOR_GUIDE_FUZZ_EXAMPLES="${OBJECTOR_GUIDE_FUZZ_EXAMPLES:-300}"
      set -- "$1" "${@:3}"
    else
      export OBJECTOR_GUIDE_FUZZ_RANDOM=1 OBJECTOR_GUIDE_FUZZ_EXAMPLES="${OBJECTOR_GUIDE_FUZZ_EXAMPLES:-100000}"
      limit=(-o faulthandler_timeout=0)  # one target runs for hours: pyproject.toml's per-test limit is for the suite
    fi
    "$VENV/bin/objector-guide" build-db
    exec "$PY" -m pytest tests/fuzz -m fuzz -p no:cacheprovider -s "${limit[@]}" "${@:2}"
    ;;
  *)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
