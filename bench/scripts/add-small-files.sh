#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `folioctl add` of 10,000 small generated files versus `cp -r` + `sync` of the same files, same run,
# same filesystem, alternating over three rounds and reporting the medians (a disk's state swings single
# runs by 2x). Target (issue 3): within 2x, durable, with group commit.
set -euo pipefail
count=${FOLIO_BENCH_FILES:-10000}
rounds=${FOLIO_BENCH_ROUNDS:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "$root/build/bench-add.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work/src" "$count" <<'PY'
import os, sys, random
dest, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
for i in range(count):
    folder = os.path.join(dest, f"d{i // 500:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"file{i:05d}.txt"), "wb") as f:
        f.write(random.randbytes(random.randint(512, 8192)))
PY
sync

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

cp_times=()
folio_times=()
for round in $(seq "$rounds"); do
  start=$(now)
  cp -r "$work/src" "$work/copy-$round"
  sync
  cp_times+=("$(elapsed "$start")")

  start=$(now)
  "$FOLIO_BIN_DIR/folioctl" init "$work/library-$round" >/dev/null
  "$FOLIO_BIN_DIR/folioctl" --library "$work/library-$round" add "$work/src" >/dev/null
  folio_times+=("$(elapsed "$start")")
  rm -rf "$work/copy-$round" "$work/library-$round"
done

cp_seconds=$(median "${cp_times[@]}")
folio_seconds=$(median "${folio_times[@]}")
printf 'add %d small files, median of %d (s)\t%.2f\t%.2f\ts\tcp -r + sync\n' "$count" "$rounds" "$folio_seconds" "$cp_seconds"
awk -v n="$count" -v f="$folio_seconds" -v c="$cp_seconds" \
  'BEGIN { printf "add %d small files (files/s)\t%.0f\t%.0f\tfiles/s (higher is better)\tcp -r + sync\n", n, n / f, n / c }'
