#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `folioctl add` of 10,000 small generated files versus `cp -r` + `sync` of the same files, same run,
# same filesystem. Target (issue 3): within 2x, durable, with group commit.
set -euo pipefail
count=${FOLIO_BENCH_FILES:-10000}
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

start=$(now)
cp -r "$work/src" "$work/copy"
sync
cp_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

start=$(now)
"$FOLIO_BIN_DIR/folioctl" init "$work/library" >/dev/null
"$FOLIO_BIN_DIR/folioctl" --library "$work/library" add "$work/src" >/dev/null
folio_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')

printf 'add %d small files (s)\t%.2f\t%.2f\ts\tcp -r + sync\n' "$count" "$folio_seconds" "$cp_seconds"
awk -v n="$count" -v f="$folio_seconds" -v c="$cp_seconds" \
  'BEGIN { printf "add %d small files (files/s)\t%.0f\t%.0f\tfiles/s (higher is better)\tcp -r + sync\n", n, n / f, n / c }'
