#!/usr/bin/env bash
# The serving tests put Debian's nginx in front of the site as its cache (deploy/nginx/).
set -euo pipefail
NGINX="${NGINX:-/usr/sbin/nginx}"
if [ -x "$NGINX" ]; then
  "$NGINX" -v
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "nginx is missing: installing Debian's nginx package."
  apt-get update -qq
  # The package would start nginx on port 80; a policy-rc.d answering 101 tells it not to (one the
  # machine already has is left as it is).
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
  "$NGINX" -v
  exit 0
fi
cat >&2 <<MSG
nginx is not installed at $NGINX and this user cannot install it.
Install it as root with:  apt-get update && apt-get install -y nginx
or point NGINX at an existing nginx binary.
MSG
exit 1
