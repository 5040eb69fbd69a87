#!/usr/bin/env bash
# Runs nginx in the foreground on loopback as the cache in front of a running origin, for the tests
# and benchmarks: everything (config, cache, temporary files, logs) in a fresh folder, nothing in
# /etc/nginx or /var. Stop it with SIGTERM (or kill its process group).
#
#   bash deploy/nginx/run-local.sh <listen port> <origin port> <folder> [build id]
#
# The build id defaults to the build's (NEXT_DIST_DIR or .next). KEEP_CACHE=1 keeps the folder's
# cache from an earlier run, as a CDN keeps its cache across deploys.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 3 ]; then
  echo "Usage: bash deploy/nginx/run-local.sh <listen port> <origin port> <folder> [build id]" >&2
  exit 2
fi
listen="$1" origin="$2" prefix="$3" build_id="${4:-}"
NGINX="${NGINX:-/usr/sbin/nginx}"
[ -x "$NGINX" ] || { echo "$NGINX is missing: bash tests/ensure-nginx.sh" >&2; exit 1; }

if [ "${KEEP_CACHE:-}" = "1" ]; then
  find "$prefix" -mindepth 1 -maxdepth 1 ! -name cache -exec rm -rf {} + 2>/dev/null || true
else
  rm -rf "$prefix"
fi
mkdir -p "$prefix/tmp"
prefix="$(cd "$prefix" && pwd)"
# nginx's workers drop root for nobody, and must reach the cache inside this folder.
chmod 755 "$prefix"
npx tsx deploy/nginx/render.ts --listen "127.0.0.1:$listen" --origin "127.0.0.1:$origin" \
  --cache-dir "$prefix/cache" ${build_id:+--build-id "$build_id"} > "$prefix/site.conf"
cat > "$prefix/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-1};
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    include $prefix/site.conf;
}
CONF
"$NGINX" -t -q -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
exec "$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" -g "daemon off;"
