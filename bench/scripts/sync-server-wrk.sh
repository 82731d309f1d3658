#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# foliod's sync API under load (issue 10), with wrk on loopback, on SQLite and on PostgreSQL 15 in one run:
# - `foliod dev generate --items N` (FOLIO_BENCH_SERVER_ITEMS, default 100000): items/s of building the
#   server library through ops;
# - GET /api/v1/changes pages of 500 from random cursors, 64 connections for FOLIO_BENCH_WRK_SECONDS
#   (default 30): requests/s, p99 latency, errors (must be 0);
# - POST /api/v1/ops batches of 100 new items, 64 connections for the same time: ops/s, p99, errors.
# The reader is a librarian (so every row goes through the permission filter). PostgreSQL is a throwaway
# cluster in the temp folder (initdb as an unprivileged user when this runs as root; fsync on, as SQLite's);
# FOLIO_BENCH_BACKENDS="sqlite" leaves it out. Everything started is stopped when the script ends.
set -euo pipefail
items=${FOLIO_BENCH_SERVER_ITEMS:-100000}
seconds=${FOLIO_BENCH_WRK_SECONDS:-30}
backends=${FOLIO_BENCH_BACKENDS:-sqlite postgres}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${FOLIO_BIN_DIR:-$root/build/release/bin}
pgbin=/usr/lib/postgresql/15/bin
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "sync-server-wrk.sh: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 755 "$work"
pids=()
pgdata=
pguser=$(id -un)
[ "$(id -u)" = 0 ] && pguser=$(id -un folio-test 2>/dev/null || echo nobody)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$pguser" -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ -n "$pgdata" ] && as_pg "$pgbin/pg_ctl" -D "$pgdata" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# run LABEL [--db URL]: one backend from generate to wrk.
run() {
  local label=$1; shift
  local data=$work/$label
  mkdir -p "$data"
  local start end
  start=$(date +%s.%N)
  "$bin/foliod" dev generate --items "$items" --data "$data" "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'foliod dev generate, items/s, $label\t{$items / ($end - $start):.0f}\t-\titems/s (higher is better)\t-')"
  printf 'bench password\n' | "$bin/foliod" user add bench --role librarian --data "$data" "$@" >/dev/null
  "$bin/foliod" serve --data "$data" --listen 127.0.0.1:0 "$@" >"$data/serve.out" 2>"$data/serve.err" &
  pids+=($!)
  local port=
  for _ in $(seq 1 200); do
    port=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$data/serve.out" 2>/dev/null | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { echo "sync-server-wrk.sh: foliod did not start" >&2; cat "$data/serve.err" >&2; exit 1; }
  local base=http://127.0.0.1:$port token head
  token=$(curl -sf -H 'Content-Type: application/json' \
    -d '{"user":"bench","password":"bench password","device":"wrk"}' "$base/api/v1/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  head=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/state/collections?limit=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["cursor"])')
  FOLIO_TOKEN=$token FOLIO_HEAD=$head FOLIO_LABEL=$label \
    wrk -t2 -c64 -d"${seconds}s" --timeout 10s -s "$root/bench/scripts/wrk/changes.lua" "$base" | grep -P '\t'
  FOLIO_TOKEN=$token FOLIO_LABEL=$label \
    wrk -t2 -c64 -d"${seconds}s" --timeout 10s -s "$root/bench/scripts/wrk/ops.lua" "$base" | grep -P '\t'
  kill "${pids[-1]}" && wait "${pids[-1]}" 2>/dev/null || true
}

for backend in $backends; do
  case $backend in
    sqlite) run SQLite ;;
    postgres)
      [ -x "$pgbin/initdb" ] || { echo "sync-server-wrk.sh: PostgreSQL 15 is not installed" >&2; exit 1; }
      mkdir -p "$work/pg"
      chown "$pguser" "$work/pg"
      pgdata=$work/pg/data
      as_pg "$pgbin/initdb" -D "$pgdata" -U folio --auth=trust -E UTF8 --locale=C >/dev/null
      pgport=$(free_port)
      as_pg "$pgbin/pg_ctl" -D "$pgdata" -w -l "$work/pg/log" \
        -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
      as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U folio bench
      run PostgreSQL --db "postgresql://folio@127.0.0.1:$pgport/bench"
      ;;
    *) echo "sync-server-wrk.sh: unknown backend $backend" >&2; exit 1 ;;
  esac
done
