#!/usr/bin/env bash
# Pictures of each workspace of the real program, in Danish, for the README:
# docs/screenshots/*.png. Builds the release preset, makes a demo database with a fixed seed
# and date (so the pictures only change when the program does), and runs
# `tavle --screenshots` offscreen.
#
#   bash scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/config" \
  XDG_DATA_HOME="$work/data"
today=2026-11-24
out=docs/screenshots
mkdir -p "$out"

build/release/app/cli/tavle-cli --db "$work/demo.sqlite" demo --trainees 250 --seed 1 \
  --today "$today" >/dev/null
build/release/app/gui/tavle --db "$work/demo.sqlite" --today "$today" --language da \
  --screenshots "$out"
build/release/app/gui/tavle --db "$work/empty.sqlite" --today "$today" --language da \
  --screenshots "$out"
