#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on 127.0.0.1 for the tests, runs a command with
# TAVLE_TEST_PG pointing at it, and stops the server again, whatever the command did.
#
#   bash scripts/test-postgres.sh ctest --preset dev
#
# The server lives in a temporary folder, listens on 127.0.0.1 only and is fast rather than
# durable (fsync off): it holds nothing but test databases. TAVLE_TEST_PG is an administrator's
# URL (a role that may create databases and roles); the tests make a database of their own for
# every case. The password travels in PGPASSWORD, never in the URL.
#
# When the server cannot start (no PostgreSQL installed, not allowed to run it), the command
# still runs, without TAVLE_TEST_PG: the PostgreSQL tests then report themselves as skipped,
# and this script says why. Under CI (CI=true) that is an error instead: the run fails.
set -uo pipefail

if [ $# -eq 0 ]; then
  echo "usage: bash scripts/test-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

pgbin=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ]; then
    pgbin="$candidate"
    break
  fi
done
port="${TAVLE_TEST_PG_PORT:-55432}"
password="tavle-test"
pgdir=""
started=0
reason=""

# Runs a server command as the postgres user when we are root (PostgreSQL refuses to run as
# root), else as ourselves.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [ "$started" -eq 1 ]; then
    as_server_user "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "$pgdir" ] && rm -rf "$pgdir"
}
trap stop_server EXIT

start_server() {
  if [ -z "$pgbin" ]; then
    reason="PostgreSQL's initdb was not found (install the Debian package postgresql)"
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    reason="there is no postgres user to run the server as"
    return 1
  fi
  pgdir=$(mktemp -d /tmp/tavle-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdir"
  local pwfile="$pgdir/pw"
  printf '%s\n' "$password" >"$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pwfile"
  if ! as_server_user "$pgbin/initdb" -D "$pgdir/data" -U postgres --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$pgdir/initdb.log" 2>&1; then
    reason="initdb failed: $(tail -n 3 "$pgdir/initdb.log" | tr '\n' ' ')"
    return 1
  fi
  if ! as_server_user "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null 2>&1; then
    reason="the server did not start on port $port: $(tail -n 3 "$pgdir/server.log" 2>/dev/null | tr '\n' ' ')"
    return 1
  fi
  started=1
  return 0
}

if start_server; then
  export TAVLE_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  export PGPASSWORD="$password"
  echo "PostgreSQL test server running on 127.0.0.1:$port ($("$pgbin/postgres" --version))."
else
  unset TAVLE_TEST_PG
  if [ "${CI:-}" = "true" ]; then
    echo "error: the PostgreSQL test server could not start: $reason." >&2
    echo "Under CI the PostgreSQL tests must run; failing." >&2
    exit 1
  fi
  echo "NOTE: the PostgreSQL tests are skipped: $reason." >&2
fi

"$@"
status=$?
if [ "$started" -eq 0 ]; then
  echo "NOTE: the PostgreSQL tests were skipped: $reason." >&2
fi
exit $status
