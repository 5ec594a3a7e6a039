#!/usr/bin/env bash
# Measures Tavle on a PostgreSQL server beside the same work on a SQLite file, with hyperfine
# (medians), on a demo database of SIZE trainees: moving it to the server and back (copy), the
# deadline board, the goals' status and a year of the meeting log. The floors: process start and
# the board's query run by psql on the same server. The server is the throwaway one of
# scripts/test-postgres.sh (on this machine, fsync off): a real server with durable commits
# writes slower, reads the same. Results go to build/benchmark/server-SIZE.json.
#
#   bash scripts/benchmark-server.sh [SIZE]     # default 100000
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TAVLE_TEST_PG:-}" ]; then
  exec bash scripts/test-postgres.sh bash "$0" "$@"
fi
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine

n="${1:-100000}"
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
cli="$PWD/build/release/app/cli/tavle-cli"
out="$PWD/build/benchmark"
mkdir -p "$out"
today=2026-11-22
db="$out/server-demo-$n.sqlite"
back="$out/server-back-$n.sqlite"
admin="$TAVLE_TEST_PG"
server="${admin%/*}/tavle_bench"

[ -f "$db" ] || "$cli" --db "$db" demo --trainees "$n" --today "$today" >/dev/null
psql_admin() { psql "$admin" -q -v ON_ERROR_STOP=1 "$@"; }

board_sql="SELECT p.id, t.name, t.email, d.name, s.name, h.held_on FROM placements p
  JOIN persons t ON t.id = p.trainee_id JOIN departments d ON d.id = p.department_id
  LEFT JOIN persons s ON s.id = p.main_supervisor_id
  LEFT JOIN (SELECT placement_id, MIN(held_on) AS held_on FROM meetings
             WHERE meeting_type_id = 1 AND held_on IS NOT NULL GROUP BY placement_id) h
    ON h.placement_id = p.id
  WHERE p.end_date IS NULL OR p.end_date >= '$today'"

hyperfine --runs 3 --export-json "$out/server-copy-$n.json" \
  --prepare "psql '$admin' -q -c 'DROP DATABASE IF EXISTS tavle_bench WITH (FORCE)' -c 'CREATE DATABASE tavle_bench'" \
  -n "copy file -> server" "'$cli' copy --from '$db' --to '$server' > /dev/null"
hyperfine --runs 3 --export-json "$out/server-copy-back-$n.json" \
  --prepare "rm -f '$back' '$back-wal' '$back-shm'" \
  -n "copy server -> file" "'$cli' copy --from '$server' --to '$back' > /dev/null"
psql "$server" -q -c "VACUUM ANALYZE"

hyperfine --warmup 1 --runs 7 --export-json "$out/server-$n.json" \
  -n "floor: process start" "'$cli' --version" \
  -n "floor: board query in psql" "psql '$server' -q -c \"$board_sql\" > /dev/null" \
  -n "deadlines csv, file" "'$cli' --db '$db' deadlines --today $today --format csv > /dev/null" \
  -n "deadlines csv, server" "'$cli' --db '$server' deadlines --today $today --format csv > /dev/null" \
  -n "goals status, file" "'$cli' --db '$db' goals status --today $today > /dev/null" \
  -n "goals status, server" "'$cli' --db '$server' goals status --today $today > /dev/null" \
  -n "meetings list (a year), file" "'$cli' --db '$db' meetings list --from 2025-11-23 --to $today --today $today > /dev/null" \
  -n "meetings list (a year), server" "'$cli' --db '$server' meetings list --from 2025-11-23 --to $today --today $today > /dev/null"
