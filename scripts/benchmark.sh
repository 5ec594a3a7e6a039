#!/usr/bin/env bash
# Measures tavle-cli on demo databases of growing size, with hyperfine (medians of several runs),
# side by side with a floor: the same board query run by the sqlite3 shell, and process start.
# Results go to build/benchmark/; docs/PERFORMANCE.md records them.
#
#   bash scripts/benchmark.sh [SIZE ...]      # default sizes: 1000 10000 100000
#
# Run it on a quiet machine: the numbers are medians, but two cores shared with a compiler
# give no useful figure.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for tool in hyperfine sqlite3; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${need[@]}"
fi

cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
cmake --build --preset release --target window_benchmark >/dev/null
cli="$PWD/build/release/app/cli/tavle-cli"
out="$PWD/build/benchmark"
mkdir -p "$out"
today=2026-11-22
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

# The floor runs with the page cache and memory map tavle-cli sets (SqliteEngine).
pragmas="PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;"
board_sql="SELECT p.id, t.name, t.email, d.name, s.name, h.held_on FROM placements p
  JOIN persons t ON t.id = p.trainee_id JOIN departments d ON d.id = p.department_id
  LEFT JOIN persons s ON s.id = p.main_supervisor_id
  LEFT JOIN (SELECT placement_id, MIN(held_on) AS held_on FROM meetings
             WHERE meeting_type_id = 1 AND held_on IS NOT NULL GROUP BY placement_id) h
    ON h.placement_id = p.id
  WHERE p.end_date IS NULL OR p.end_date >= '$today'"

for n in "${sizes[@]}"; do
  db="$out/demo-$n.sqlite"
  roster="$out/roster-$n.csv"
  echo "== $n trainees"
  hyperfine --warmup 1 --runs 5 --export-json "$out/demo-$n.json" \
    --prepare "rm -f '$db' '$db-wal' '$db-shm'" \
    "'$cli' --db '$db' demo --trainees $n --today $today"
  # A roster with the demo's own rows, as HR would send it, for the import measurements.
  "$cli" --db "$db" deadlines --today "$today" --format csv |
    /usr/bin/python3 -c '
import csv, sys
rows = csv.DictReader(sys.stdin)
out = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n")
out.writerow(["Navn", "Uddannelsestrin", "Afdeling", "Startdato", "Slutdato", "Hovedvejleder", "Email"])
for r in rows:
    out.writerow([r["trainee"], r["level"], r["department"], r["start_date"], r["end_date"],
                  r["main_supervisor"], r["email"]])' >"$roster"
  hyperfine --warmup 1 --runs 7 --export-json "$out/deadlines-$n.json" \
    -n "floor: process start" "'$cli' --version" \
    -n "floor: board query in sqlite3" "sqlite3 '$db' \"$pragmas $board_sql\" > /dev/null" \
    -n "deadlines --format csv" "'$cli' --db '$db' deadlines --today $today --format csv > /dev/null" \
    -n "deadlines (table)" "'$cli' --db '$db' deadlines --today $today > /dev/null" \
    -n "import roster --dry-run (all unchanged)" "'$cli' --db '$db' import roster '$roster' --dry-run > /dev/null" \
    -n "meetings list --format csv (a year, every department)" "'$cli' --db '$db' meetings list --from 2026-01-01 --to 2026-12-31 --today $today --format csv > /dev/null" \
    -n "actions list --format csv" "'$cli' --db '$db' actions list --today $today --format csv > /dev/null" \
    -n "export ics (every department)" "'$cli' --db '$db' export ics --out '$out/calendar-$n.ics' --today $today" \
    -n "goals status" "'$cli' --db '$db' goals status --today $today > /dev/null" \
    -n "report goals (the hospital, PDF)" "'$cli' --db '$db' report goals --out '$out/report-$n.pdf' --today $today"
  /usr/bin/time -f "peak memory, deadlines csv, $n trainees: %M KB" \
    "$cli" --db "$db" deadlines --today "$today" --format csv >/dev/null
  /usr/bin/time -f "peak memory, demo, $n trainees: %M KB" \
    "$cli" --db "$out/mem-$n.sqlite" demo --trainees "$n" --today "$today" >/dev/null
  rm -f "$out/mem-$n.sqlite"*
done

# The window on the largest database: start to filled board, and keystrokes in the search.
largest="${sizes[${#sizes[@]}-1]}"
echo "== the window, $largest trainees"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$out" "$PWD/build/release/tests/window_benchmark" \
  "$out/demo-$largest.sqlite" 7 2>/dev/null | tee "$out/window-$largest.md"

# Medians, as docs/PERFORMANCE.md records them.
/usr/bin/python3 - "$out" "${sizes[@]}" <<'PY'
import json, statistics, sys
out, sizes = sys.argv[1], sys.argv[2:]
print("\n| trainees | command | median | min | max |")
print("|---:|---|---:|---:|---:|")
for n in sizes:
    for name in ("demo", "deadlines"):
        with open(f"{out}/{name}-{n}.json") as f:
            for r in json.load(f)["results"]:
                cmd = r["command"] if name != "demo" else "demo (write the database)"
                print(f"| {n} | {cmd} | {statistics.median(r['times']) * 1000:.0f} ms "
                      f"| {min(r['times']) * 1000:.0f} ms | {max(r['times']) * 1000:.0f} ms |")
PY
