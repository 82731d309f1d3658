#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# foliod's blob path over loopback (issue 9), each figure beside its peer measured in the same run:
# - upload of a 1 GiB file of random bytes (FOLIO_BENCH_UPLOAD_MIB overrides the size) through the
#   upload-session API in 16 MiB chunks (create, one PUT per chunk with Content-Range, finish: the blob
#   exists only once finish has verified its SHA-256), versus `curl --upload-file` of the same file to nginx
#   writing the body to disk (dav_methods PUT, client_body_in_file_only on). Both sides are curl uploading
#   files from the page cache: the file is split into chunk files before the clock starts, and the chunks go
#   up in one curl run (--next, one keep-alive connection). foliod fsyncs every chunk before acknowledging
#   it (DESIGN.md rule 1) and hashes every byte (as it arrives; finish checks the digest); nginx does
#   neither, so a second line times nginx's upload followed by an fsync of the file it stored (`sync FILE`):
#   the same durability.
#   Target: foliod >= 0.7x nginx.
# - download of the same blob (GET /api/v1/blobs/{sha256}, streamed from disk) versus nginx serving the file.
# - foliod's resident memory: VmRSS at idle after start, and its peak (VmHWM, reset through
#   /proc/PID/clear_refs before each phase) during the upload and during the download.
# - 10,000 blobs of 4 KiB (FOLIO_BENCH_SMALL_BLOBS overrides the count) through POST /api/v1/blobs/batch in
#   batches of 1000 (the API's maximum) versus one upload session per blob (create, PUT, finish: 3
#   requests), both from one Python client on one keep-alive connection (0 leaves this part out).
# nginx runs unprivileged (as nobody when this runs as root) from its own prefix in a temp folder; both
# servers are stopped when the script ends, however it ends.
set -euo pipefail
mib=${FOLIO_BENCH_UPLOAD_MIB:-1024}
small=${FOLIO_BENCH_SMALL_BLOBS:-10000}
chunk_mib=16
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${FOLIO_BIN_DIR:-$root/build/release/bin}
nginx=${NGINX:-/usr/sbin/nginx}

for tool in curl python3 sha256sum split; do
  command -v "$tool" >/dev/null || { echo "upload-vs-nginx.sh: $tool is needed" >&2; exit 1; }
done
[ -x "$nginx" ] || { echo "upload-vs-nginx.sh: $nginx is needed (Debian package nginx-light)" >&2; exit 1; }
[ -x "$bin/foliod" ] || { echo "upload-vs-nginx.sh: no foliod in $bin" >&2; exit 1; }

# On the build disk rather than /tmp (often a small tmpfs): a few GiB pass through here.
mkdir -p "$root/build"
work=$(mktemp -d "$root/build/bench-upload.XXXXXX")
foliod_pid=
nginx_pid=
cleanup() {
  for pid in $foliod_pid $nginx_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { print b - a }'; }
status_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
reset_peak() { echo 5 >"/proc/$1/clear_refs"; }
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# The file, its hash and its chunks, before any clock starts.
size=$((mib * 1024 * 1024))
file=$work/upload.bin
head -c "$size" /dev/urandom >"$file"
sha=$(sha256sum "$file" | cut -d' ' -f1)
mkdir "$work/chunks"
split -b "${chunk_mib}M" -d -a 5 "$file" "$work/chunks/c."

# foliod with one user.
data=$work/foliod
printf 'bench password 1\n' | "$bin/foliod" user add bench --role editor --data "$data" >/dev/null
"$bin/foliod" serve --data "$data" --listen 127.0.0.1:0 >"$work/foliod.out" 2>"$work/foliod.log" &
foliod_pid=$!
for _ in $(seq 200); do
  grep -q '^listening on ' "$work/foliod.out" 2>/dev/null && break
  sleep 0.1
done
port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$work/foliod.out")
[ -n "$port" ] || { echo "upload-vs-nginx.sh: foliod did not start:" >&2; cat "$work/foliod.log" >&2; exit 1; }
api=http://127.0.0.1:$port/api/v1
sleep 1
idle_kib=$(status_kib "$foliod_pid" VmRSS)
token=$(curl -sS --fail-with-body -H 'Content-Type: application/json' \
  -d '{"user":"bench","password":"bench password 1","device":"bench"}' "$api/auth/login" | json_field access_token)
auth="Authorization: Bearer $token"

# nginx: its own prefix, unprivileged, writing PUT bodies to disk.
prefix=$work/nginx
mkdir -p "$prefix/tmp" "$prefix/data/upload"
nginx_port=$(free_port)
cat >"$prefix/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:$nginx_port;
    client_max_body_size 0;
    location /upload/ {
      root $prefix/data;
      dav_methods PUT;
      create_full_put_path on;
      client_body_in_file_only on;
    }
  }
}
EOF
as_nginx=()
if [ "$(id -u)" -eq 0 ]; then
  chmod 755 "$work"
  chown -R nobody "$prefix"
  as_nginx=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
"${as_nginx[@]}" "$nginx" -e "$prefix/error.log" -p "$prefix" -c "$prefix/nginx.conf" &
nginx_pid=$!
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
  sleep 0.1
done

mibps() { awk -v m="$mib" -v s="$1" 'BEGIN { printf "%.1f", m / s }'; }

# foliod upload: create, the chunks in one curl run, finish. The session id is cut out of the answer with sed:
# a Python interpreter started inside the clock (json_field) cost 30-200 ms, which was the client's, not foliod's.
reset_peak "$foliod_pid"
start=$(now)
id=$(curl -sS --fail-with-body -H "$auth" -d "{\"sha256\":\"$sha\",\"size\":$size}" "$api/uploads" \
  | sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p')
args=()
offset=0
for piece in "$work"/chunks/c.*; do
  length=$(stat -c %s "$piece")
  [ ${#args[@]} -eq 0 ] || args+=(--next)
  args+=(-sS -o /dev/null -w '%{http_code}\n' -T "$piece" -H "$auth"
    -H "Content-Range: bytes $offset-$((offset + length - 1))/$size" "$api/uploads/$id")
  offset=$((offset + length))
done
curl "${args[@]}" >"$work/put-codes"
finish=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "$auth" "$api/uploads/$id/finish")
foliod_up=$(elapsed "$start")
upload_peak_kib=$(status_kib "$foliod_pid" VmHWM)
if [ "$(sort -u "$work/put-codes")" != 200 ] || [ "$finish" != 201 ]; then
  echo "upload-vs-nginx.sh: foliod refused the upload (chunks: $(sort -u "$work/put-codes" | tr '\n' ' '), finish $finish)" >&2
  exit 1
fi

# nginx upload.
start=$(now)
code=$(curl -sS -o /dev/null -w '%{http_code}' -T "$file" "http://127.0.0.1:$nginx_port/upload/upload.bin")
nginx_up=$(elapsed "$start")
[ "$code" = 201 ] || { echo "upload-vs-nginx.sh: nginx answered $code to the upload" >&2; exit 1; }
sync "$prefix/data/upload/upload.bin"
nginx_up_synced=$(elapsed "$start")
printf 'upload %d MiB over loopback (MiB/s)\t%s\t%s\tMiB/s (higher is better), foliod in %d MiB chunks incl. finish\tnginx PUT to disk (curl --upload-file)\n' \
  "$mib" "$(mibps "$foliod_up")" "$(mibps "$nginx_up")" "$chunk_mib"
printf 'upload %d MiB, durable on both sides (MiB/s)\t%s\t%s\tMiB/s (higher is better)\tnginx PUT, then fsync of the file\n' \
  "$mib" "$(mibps "$foliod_up")" "$(mibps "$nginx_up_synced")"
awk -v f="$foliod_up" -v n="$nginx_up" -v d="$nginx_up_synced" 'BEGIN {
  printf "upload throughput, foliod / nginx\t%.2f\t-\tx (target >= 0.70)\tnginx without fsync\n", n / f
  printf "upload throughput, foliod / nginx + fsync\t%.2f\t-\tx\tnginx, then fsync of the file\n", d / f
}'

# Downloads, checked byte for byte by hash.
before_download_kib=$(status_kib "$foliod_pid" VmRSS)
reset_peak "$foliod_pid"
start=$(now)
got=$(curl -sS --fail-with-body -H "$auth" "$api/blobs/$sha" | sha256sum | cut -d' ' -f1)
foliod_down=$(elapsed "$start")
download_peak_kib=$(status_kib "$foliod_pid" VmHWM)
start=$(now)
nginx_got=$(curl -sS --fail-with-body "http://127.0.0.1:$nginx_port/upload/upload.bin" | sha256sum | cut -d' ' -f1)
nginx_down=$(elapsed "$start")
if [ "$got" != "$sha" ] || [ "$nginx_got" != "$sha" ]; then
  echo "upload-vs-nginx.sh: a download differs from the file (foliod $got, nginx $nginx_got, file $sha)" >&2
  exit 1
fi
printf 'download %d MiB over loopback (MiB/s)\t%s\t%s\tMiB/s (higher is better), into sha256sum\tnginx static file\n' \
  "$mib" "$(mibps "$foliod_down")" "$(mibps "$nginx_down")"

kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
printf 'foliod resident memory at idle (MiB)\t%s\t-\tMiB VmRSS\t-\n' "$(kib_to_mib "$idle_kib")"
printf 'foliod peak resident memory, %d MiB upload (MiB)\t%s\t-\tMiB VmHWM\t-\n' "$mib" "$(kib_to_mib "$upload_peak_kib")"
printf 'foliod resident memory after the upload, before the download (MiB)\t%s\t-\tMiB VmRSS\t-\n' \
  "$(kib_to_mib "$before_download_kib")"
printf 'foliod peak resident memory, %d MiB download (MiB)\t%s\t-\tMiB VmHWM\t-\n' "$mib" "$(kib_to_mib "$download_peak_kib")"

# Many small blobs: batches versus one upload session each, one keep-alive connection each way.
# FOLIO_BENCH_SMALL_BLOBS=0 leaves this part out.
[ "$small" -gt 0 ] || exit 0
python3 - "$port" "$token" "$small" <<'PY'
import hashlib, http.client, json, os, sys, time

port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
auth = {"Authorization": "Bearer " + token}
batch_size = 1000  # BlobRouteLimits::maxHashes


def blobs(tag):
    # Distinct contents per side, so neither finds the other's blobs stored already.
    out = []
    for i in range(count):
        data = hashlib.sha256(f"{tag}-{i}".encode()).digest() * 128  # 4 KiB
        out.append((hashlib.sha256(data).hexdigest(), data))
    return out


def call(connection, method, path, body=b"", headers=None, expect=(200,)):
    connection.request(method, path, body=body, headers={**auth, **(headers or {})})
    response = connection.getresponse()
    payload = response.read()
    if response.status not in expect:
        sys.exit(f"upload-vs-nginx.sh: {method} {path} answered {response.status}: {payload[:200]!r}")
    return payload


batched = blobs("batch")
connection = http.client.HTTPConnection("127.0.0.1", port)
requests = 0
start = time.monotonic()
for first in range(0, count, batch_size):
    part = batched[first:first + batch_size]
    head = json.dumps({"blobs": [{"sha256": sha, "size": len(data)} for sha, data in part]}).encode()
    reply = json.loads(call(connection, "POST", "/api/v1/blobs/batch", head + b"\n" + b"".join(d for _, d in part)))
    if reply["stored"] != len(part):
        sys.exit(f"upload-vs-nginx.sh: a batch stored {reply['stored']} of {len(part)} blobs")
    requests += 1
batch_seconds = time.monotonic() - start
batch_requests = requests

single = blobs("single")
requests = 0
start = time.monotonic()
for sha, data in single:
    session = json.loads(call(connection, "POST", "/api/v1/uploads", json.dumps({"sha256": sha, "size": len(data)}),
                              expect=(201,)))
    call(connection, "PUT", "/api/v1/uploads/" + session["id"], data,
         {"Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"})
    call(connection, "POST", "/api/v1/uploads/" + session["id"] + "/finish", expect=(201,))
    requests += 3
single_seconds = time.monotonic() - start

print(f"{count} blobs of 4 KiB, total (s)\t{batch_seconds:.2f}\t{single_seconds:.2f}\ts (lower is better), "
      f"foliod batches of {batch_size}\tfoliod, one upload session per blob")
print(f"{count} blobs of 4 KiB, requests/s\t{batch_requests / batch_seconds:.1f}\t{requests / single_seconds:.1f}\t"
      f"requests/s ({batch_requests} vs {requests} requests)\tfoliod, one upload session per blob")
print(f"{count} blobs of 4 KiB, blobs/s\t{count / batch_seconds:.0f}\t{count / single_seconds:.0f}\t"
      f"blobs/s (higher is better)\tfoliod, one upload session per blob", flush=True)
PY
