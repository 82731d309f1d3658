#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Folio's whole ingest of 200 camera-size JPEGs (6000 × 4500) — `folioctl init` + `folioctl ingest --jobs 2`:
# hash, store, metadata, thumb (320 px) + preview (1600 px), perceptual hash and database — versus
# vipsthumbnail making the same two sizes of the same files, in the same run, both on two processes.
# The peer does less (no hashing, storing, metadata or database) but decodes each file twice, where Folio
# decodes once and scales the thumb from the preview. Rounds alternate which side runs first; the medians
# are printed. Target: Folio at least as many files/s as vipsthumbnail.
set -euo pipefail
count=${FOLIO_BENCH_PHOTOS:-200}
rounds=${FOLIO_BENCH_ROUNDS:-3}
jobs=2
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "$root/build/bench-photos.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The photos: four masters scaled up from the corpus photo (its EXIF kept) and encoded at four qualities,
# so the pixels differ too; then each master's bytes copied with a JPEG comment holding the file's index
# before the quantisation tables. Re-encoding every file would cost ~0.2 s each; copying costs nothing.
vips thumbnail "$FOLIO_CORPUS/images/jolla.jpg" "$work/master.v" 6000 --height 4500 --size up
for quality in 88 90 92 94; do
  vips jpegsave "$work/master.v" "$work/master-$quality.jpg" --Q "$quality"
done
rm "$work/master.v"
python3 - "$work" "$count" <<'PY'
import os, sys
work, count = sys.argv[1], int(sys.argv[2])
masters = [open(os.path.join(work, f"master-{q}.jpg"), "rb").read() for q in (88, 90, 92, 94)]
os.makedirs(os.path.join(work, "photos"))
for i in range(count):
    data = masters[i % len(masters)]
    at = 2  # after SOI: skip the APPn segments (EXIF must stay first)
    while 0xE0 <= data[at + 1] <= 0xEF:
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    text = f"folio bench photo {i}".encode()
    comment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
    with open(os.path.join(work, "photos", f"IMG_{i:04d}.jpg"), "wb") as f:
        f.write(data[:at] + comment + data[at:])
PY
rm "$work"/master-*.jpg
sync
if [ "$(find "$work/photos" -name '*.jpg' -exec sha256sum {} + | cut -d' ' -f1 | sort -u | wc -l)" -ne "$count" ]; then
  echo "ingest-photos.sh: the generated photos are not $count distinct files" >&2
  exit 1
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run_folio() {
  local library=$1 summary
  "$FOLIO_BIN_DIR/folioctl" init "$library" >/dev/null
  summary=$("$FOLIO_BIN_DIR/folioctl" --library "$library" ingest "$work/photos" --jobs "$jobs" | tail -n 1)
  if ! [[ $summary == "$count stored, "*"; $count extracted, 0 stored without extraction" ]]; then
    echo "ingest-photos.sh: folioctl ingest did not store and extract every photo: $summary" >&2
    exit 1
  fi
}

# Batches of 25 files per vipsthumbnail process, so its start-up is paid 8 times per size, not 200;
# the same quality as Folio's renditions (85) and, like them, no metadata in the output. OUT must be
# absolute: vipsthumbnail takes a relative -o folder as relative to each input file's folder.
run_peer() {
  local out=$1
  mkdir "$out"
  # shellcheck disable=SC2016 # $0 and $@ are the inner shell's: the folder and the batch of files
  find "$work/photos" -name '*.jpg' -print0 | xargs -0 -P "$jobs" -n 25 sh -c \
    'vipsthumbnail -s 320 -o "$0/%s_thumb.jpg[Q=85,strip]" "$@" && vipsthumbnail -s 1600 -o "$0/%s_preview.jpg[Q=85,strip]" "$@"' \
    "$out"
  if [ "$(find "$out" -name '*.jpg' | wc -l)" -ne $((count * 2)) ]; then
    echo "ingest-photos.sh: vipsthumbnail did not make $((count * 2)) renditions" >&2
    exit 1
  fi
}

folio_times=()
peer_times=()
for round in $(seq "$rounds"); do
  for side in $( ((round % 2)) && echo "folio peer" || echo "peer folio"); do
    start=$(now)
    if [ "$side" = folio ]; then
      run_folio "$work/library-$round"
      folio_times+=("$(elapsed "$start")")
    else
      run_peer "$work/renditions-$round"
      peer_times+=("$(elapsed "$start")")
    fi
  done
  rm -rf "$work/library-$round" "$work/renditions-$round"
done

folio_seconds=$(median "${folio_times[@]}")
peer_seconds=$(median "${peer_times[@]}")
if [ "$rounds" -gt 1 ]; then what="median of $rounds"; else what="1 round"; fi
printf 'ingest %d 27 MP JPEGs, %d jobs, %s (s)\t%.2f\t%.2f\ts\tvipsthumbnail -s 320 + -s 1600\n' \
  "$count" "$jobs" "$what" "$folio_seconds" "$peer_seconds"
awk -v n="$count" -v j="$jobs" -v w="$what" -v f="$folio_seconds" -v p="$peer_seconds" \
  'BEGIN { printf "ingest %d 27 MP JPEGs, %d jobs, %s (files/s)\t%.1f\t%.1f\tfiles/s (higher is better)\tvipsthumbnail -s 320 + -s 1600\n", n, j, w, n / f, n / p }'
