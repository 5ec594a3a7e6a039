#!/usr/bin/env bash
# Sets up Tavle on a Debian 12 machine: installs the Debian packages that are missing, builds,
# and then either starts Tavle on a demo database (run) or runs every test (test).
#
#   bash scripts/setup.sh run     # install, build (release), open the Tavle window on a demo
#                                 # database (in a terminal without a display: its board)
#   bash scripts/setup.sh test    # install, build (dev: warnings are errors), run all tests,
#                                 # then again under AddressSanitizer + UBSan (clang); the
#                                 # PostgreSQL tests on a throwaway server of their own (the
#                                 # core suite's run on the server in the dev pass only)
#
# Installing needs root: the script uses sudo when it is not run as root.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
  run | test) ;;
  *)
    echo "usage: bash scripts/setup.sh run|test" >&2
    exit 2
    ;;
esac

# What Tavle builds and runs with, all from Debian 12's own archive.
packages=(
  cmake ninja-build g++ clang pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-dejavu-core tzdata
  libical-dev catch2 python3-icalendar poppler-utils
  libqt6sql6-psql postgresql
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)

if [ "$mode" = test ]; then
  cmake --preset dev
  cmake --build --preset dev -j "$jobs"
  bash scripts/test-postgres.sh ctest --preset dev -j "$jobs"
  echo
  echo "The same tests under AddressSanitizer and UndefinedBehaviorSanitizer:"
  cmake --preset asan
  cmake --build --preset asan -j "$jobs"
  # The core suite's second run on the server is left to the dev pass: it tests the same code
  # with the same server, and CI's time is limited. The CLI and window server cases run here too.
  bash scripts/test-postgres.sh ctest --preset asan -j "$jobs" -E '^postgresql:'

  exit 0
fi

cmake --preset release
cmake --build --preset release -j "$jobs"
demo_db="$PWD/build/demo/tavle.sqlite"
cli="$PWD/build/release/app/cli/tavle-cli"
if [ ! -f "$demo_db" ]; then
  "$cli" --db "$demo_db" demo --trainees 250
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "No display to open the window on: here is the demo database's deadline board instead."
  echo "On a desktop, the same command opens the Tavle window."
  echo
  "$cli" --db "$demo_db" deadlines
  exit 0
fi
echo "Starting Tavle on the demo database $demo_db"
exec "$PWD/build/release/app/gui/tavle" --db "$demo_db"
