#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# foliod's sync API under load (issue 10), with wrk on loopback:
# - `foliod dev generate --items N` (FOLIO_BENCH_SERVER_ITEMS, default 100000): items/s of building the
#   server library through ops;
# - GET /api/v1/changes pages of 500 from random cursors, 64 connections for FOLIO_BENCH_WRK_SECONDS
#   (default 30): requests/s, p99 latency, errors (must be 0);
# - POST /api/v1/ops batches of 100 new items, 64 connections for the same time: ops/s, p99, errors.
# The reader is a librarian (so every row goes through the permission filter). foliod runs with its default
# threads; it is stopped when the script ends, however it ends. SQLite only until the PostgreSQL back end
# lands (FOLIO_LABEL names the back end in the figures).
set -euo pipefail
items=${FOLIO_BENCH_SERVER_ITEMS:-100000}
seconds=${FOLIO_BENCH_WRK_SECONDS:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${FOLIO_BIN_DIR:-$root/build/release/bin}
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "sync-server-wrk.sh: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
data=$work/data
mkdir -p "$data"

start=$(date +%s.%N)
"$bin/foliod" dev generate --items "$items" --data "$data" >/dev/null 2>&1
end=$(date +%s.%N)
python3 -c "print(f'foliod dev generate, items/s\t{$items / ($end - $start):.0f}\t-\titems/s (higher is better)\t-')"

printf 'bench password\n' | "$bin/foliod" user add bench --role librarian --data "$data" >/dev/null
"$bin/foliod" serve --data "$data" --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
port=
for _ in $(seq 1 200); do
  port=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$work/serve.out" 2>/dev/null | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { echo "sync-server-wrk.sh: foliod did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
base=http://127.0.0.1:$port
token=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"user":"bench","password":"bench password","device":"wrk"}' "$base/api/v1/auth/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
head=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/state/collections?limit=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["cursor"])')

export FOLIO_TOKEN=$token FOLIO_HEAD=$head FOLIO_LABEL=${FOLIO_LABEL:-SQLite}
wrk -t2 -c64 -d"${seconds}s" --timeout 10s -s "$root/bench/scripts/wrk/changes.lua" "$base" | grep -P '\t'
wrk -t2 -c64 -d"${seconds}s" --timeout 10s -s "$root/bench/scripts/wrk/ops.lua" "$base" | grep -P '\t'
