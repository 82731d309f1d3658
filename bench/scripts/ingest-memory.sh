#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of ingesting the whole corpus (issue 5): `folioctl init` of a fresh library, then one
# `folioctl ingest` of every folder of the corpus (default jobs, OCR of the scans included, as a user runs it),
# under GNU time. Prints the peak resident memory of folioctl and, separately, of the largest folio-extract
# worker, the wall time and the size of the library. No peer.
#
# Telling the processes apart: GNU time's "Maximum resident set size" is the ru_maxrss wait4() reports for
# folioctl, which Linux makes the larger of folioctl's own peak and the peak of every descendant it waited for
# (the children's maximum, not their sum): one figure for folioctl and its workers together. So, during the
# same run, /proc is polled every 10 ms for the descendants of time, and each one's VmHWM (its own peak
# resident set, kept by the kernel) is read, under its name. VmHWM only grows, so a poll misses only what a
# process gained after the last poll before it exited; the polled figures are lower bounds, and GNU time's
# figure, exact, must equal the larger of them (a warning says when it is more than 5% above). The poller
# takes a little CPU; on a busy machine the wall time is the run's, not the ingest's alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${FOLIO_BIN_DIR:-$root/build/release/bin}
corpus=${FOLIO_CORPUS:-$root/../shared/corpus}
work=$(mktemp -d "$root/build/bench-ingest-memory.XXXXXX")
time_pid=
cleanup() {
  if [ -n "$time_pid" ] && kill -0 "$time_pid" 2>/dev/null; then
    pkill -TERM -P "$time_pid" || true # folioctl; its workers end when their stdin closes
    wait "$time_pid" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

mapfile -t folders < <(find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort)
if [ "${#folders[@]}" -eq 0 ]; then
  echo "ingest-memory.sh: no folders in the corpus at $corpus" >&2
  exit 1
fi
files=$(find "${folders[@]}" -type f | wc -l)

library=$work/library
"$bin/folioctl" init "$library" >/dev/null
start=$(date +%s.%N)
/usr/bin/time -v -o "$work/time.txt" "$bin/folioctl" --library "$library" ingest "${folders[@]}" \
  >"$work/ingest.out" 2>"$work/ingest.err" &
time_pid=$!

# Writes "folioctl-kB worker-kB workers" once the process PID (GNU time) has gone. In the background, so
# that a signal's trap runs at once (bash runs traps between foreground commands, and waits for this).
python3 - "$time_pid" >"$work/polled.txt" <<'PY' &
import os, sys, time
root = int(sys.argv[1])
peaks = {}  # pid -> (name, VmHWM kB)

def parents():
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                # The name is in parentheses and may hold spaces; the parent pid is the 2nd field after it.
                found[int(entry)] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    return found

while os.path.exists(f"/proc/{root}"):
    tree, ppid = {root}, parents()
    grew = True
    while grew:
        more = {pid for pid, parent in ppid.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    for pid in tree - {root}:
        try:
            with open(f"/proc/{pid}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        if "VmHWM" in fields:  # a zombie has no memory left to report
            hwm = int(fields["VmHWM"].split()[0])
            name = fields["Name"].strip()
            peaks[pid] = (name, max(hwm, peaks.get(pid, (name, 0))[1]))
    time.sleep(0.01)

folioctl = max((kb for name, kb in peaks.values() if name == "folioctl"), default=0)
workers = [kb for name, kb in peaks.values() if name == "folio-extract"]
print(folioctl, max(workers, default=0), len(workers))
PY
wait $!
status=0
wait "$time_pid" || status=$?
time_pid=
seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
if [ "$status" -ne 0 ]; then
  echo "ingest-memory.sh: folioctl ingest failed (exit $status):" >&2
  tail -n 20 "$work/ingest.err" >&2
  exit 1
fi
read -r folioctl_kb worker_kb workers <"$work/polled.txt"
combined_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' \
  "$work/time.txt")
library_kb=$(du -sk "$library" | cut -f1)
echo "ingest-memory.sh: $(grep -m 1 -E '^[0-9]+ stored, ' "$work/ingest.out" || true); $workers folio-extract workers seen;" \
  "GNU time's peak ${combined_kb} kB, polled folioctl ${folioctl_kb} kB, largest worker ${worker_kb} kB;" \
  "wall clock around time ${seconds} s" >&2
if [ "$workers" -eq 0 ] || [ "$folioctl_kb" -eq 0 ]; then
  echo "ingest-memory.sh: the poller saw no folioctl or no folio-extract worker" >&2
  exit 1
fi
larger=$((folioctl_kb > worker_kb ? folioctl_kb : worker_kb))
if [ "$combined_kb" -gt $((larger + larger / 20)) ]; then
  echo "ingest-memory.sh: GNU time's peak is above both polled peaks: a process grew between polls" >&2
fi

what="ingest of the whole corpus ($files files, ${#folders[@]} folders)"
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
printf '%s: peak RSS of folioctl (MiB)\t%s\t-\tMiB (lower is better)\t-\n' "$what" "$(mib "$folioctl_kb")"
printf '%s: peak RSS of the largest folio-extract worker (MiB)\t%s\t-\tMiB (lower is better)\t-\n' "$what" \
  "$(mib "$worker_kb")"
printf '%s: peak RSS, folioctl and workers, GNU time (MiB)\t%s\t-\tMiB (lower is better)\t-\n' "$what" \
  "$(mib "$combined_kb")"
printf '%s: wall time (s)\t%.2f\t-\ts (lower is better)\t-\n' "$what" "$wall"
printf '%s: library size (MiB)\t%s\t-\tMiB\t-\n' "$what" "$(mib "$library_kb")"
