#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Full-text search over 20,000 generated items versus recoll on the same items (issue 6). `folioctl dev
# generate --write-text` makes the library and writes each item's text (title, description, keywords,
# body) as one text file; recollindex indexes those files with a private configuration, `folioctl search
# --reindex` builds Folio's index. Then each word query of the search query set runs N times on both sides
# and the medians are printed. Both list the first 50 hits without passages (`folioctl search --brief`,
# `recollq -b`). Folio's query time is the in-process time its JSON reports (elapsedMs);
# recollq is one process per query, so its time includes starting and opening the index, and a last line
# compares the wall-clock time of whole `folioctl search` and `recollq` runs. While `folioctl search` does
# not exist yet, Folio's columns print "-".
set -euo pipefail
count=${FOLIO_BENCH_ITEMS:-20000}
runs=${FOLIO_BENCH_QUERY_RUNS:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${FOLIO_BIN_DIR:-$root/build/release/bin}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-search.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

if ! command -v recollindex >/dev/null || ! command -v recollq >/dev/null; then
  echo "search-vs-recoll.sh: recollindex and recollq are needed (Debian package recollcmd)" >&2
  exit 1
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }

library=$work/library
text=$work/text
start=$(now)
if ! "$bin/folioctl" --library "$library" dev generate --items "$count" --seed 42 --write-text "$text" \
  >/dev/null 2>"$work/generate.err"; then
  echo "search-vs-recoll.sh: folioctl dev generate failed:" >&2
  cat "$work/generate.err" >&2
  exit 1
fi
generate_seconds=$(elapsed "$start")
awk -v n="$count" -v s="$generate_seconds" \
  'BEGIN { printf "dev generate %d items (items/s)\t%.0f\t-\titems/s (higher is better)\t-\n", n, n / s }'

# Folio's index. `folioctl search` is another engineer's command; until it exists folioctl answers
# "unknown command" with exit code 2, and Folio's columns print "-".
folio=yes
start=$(now)
set +e
"$bin/folioctl" --library "$library" search --reindex >"$work/reindex.out" 2>"$work/reindex.err"
status=$?
set -e
folio_index=-
if [ "$status" -eq 2 ] && grep -qi "unknown command" "$work/reindex.err"; then
  folio=no
  echo "search-vs-recoll.sh: folioctl has no search command yet; Folio's columns print -" >&2
elif [ "$status" -ne 0 ]; then
  echo "search-vs-recoll.sh: folioctl search --reindex failed:" >&2
  cat "$work/reindex.err" >&2
  exit 1
else
  folio_index=$(elapsed "$start")
fi

# recoll with a private configuration: only the text folder, English stemming.
confdir=$work/recoll
mkdir -p "$confdir"
cat >"$confdir/recoll.conf" <<EOF
topdirs = $text
indexstemminglanguages = english
loglevel = 1
EOF
start=$(now)
recollindex -c "$confdir" >"$work/recollindex.log" 2>&1
recoll_index=$(elapsed "$start")
printf 'index %d generated items (s)\t%s\t%.2f\ts\trecollindex\n' "$count" \
  "$([ "$folio_index" = - ] && echo - || printf '%.2f' "$folio_index")" "$recoll_index"

queries=('report' 'contract' '"brand guidelines"' 'logo OR banner' 'invoice*' 'policy OR procedure')
folio_wall_total=0
recoll_wall_total=0
for query in "${queries[@]}"; do
  folio_times=()
  folio_walls=()
  recoll_times=()
  for _ in $(seq "$runs"); do
    if [ "$folio" = yes ]; then
      start=$(now)
      "$bin/folioctl" --library "$library" search "$query" --limit 50 --brief --json >"$work/folio.json"
      folio_walls+=("$(elapsed "$start")")
      folio_times+=("$(python3 -c 'import json, sys; print(json.load(sys.stdin)["elapsedMs"])' <"$work/folio.json")")
    fi
    start=$(now)
    recollq -c "$confdir" -n 50 -b "$query" >"$work/recoll.out" 2>"$work/recoll.err"
    recoll_times+=("$(elapsed "$start")")
  done
  recoll_ms=$(ms "$(median "${recoll_times[@]}")")
  recoll_wall_total=$(awk -v a="$recoll_wall_total" -v b="$recoll_ms" 'BEGIN { print a + b }')
  folio_ms=-
  if [ "$folio" = yes ]; then
    folio_ms=$(printf '%.1f' "$(median "${folio_times[@]}")")
    folio_wall_total=$(awk -v a="$folio_wall_total" -v b="$(ms "$(median "${folio_walls[@]}")")" 'BEGIN { print a + b }')
    folio_hits=$(python3 -c 'import json, sys; d = json.load(sys.stdin); print(d.get("total", len(d.get("results", []))))' \
      <"$work/folio.json")
  fi
  # How many items each side found, for a look at whether both answer the same question.
  recoll_hits=$(recollq -c "$confdir" -Q "$query" 2>&1 | awk '/^[0-9]+ results/ { print $1 }')
  echo "search-vs-recoll.sh: $query: Folio ${folio_hits:--} hits, recoll ${recoll_hits:--}" >&2
  printf 'search %s, median of %d (ms)\t%s\t%s\tms, Folio in-process\trecollq (one process per query)\n' \
    "$query" "$runs" "$folio_ms" "$recoll_ms"
done
printf 'all %d word queries, wall time of whole runs (ms)\t%s\t%s\tms\trecollq\n' "${#queries[@]}" \
  "$([ "$folio" = yes ] && echo "$folio_wall_total" || echo -)" "$recoll_wall_total"
