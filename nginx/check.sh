#!/usr/bin/env bash
# Checks nginx.conf with `nginx -t` outside Docker Compose: as it is (plain HTTP), and with the
# TLS server of tls/stockroom-tls.conf included and a self-signed certificate made for the check.
# Only what cannot exist outside Compose is substituted: the upstream host names app1 and app2
# (which only resolve on Compose's network) become 127.0.0.1, and the TLS include and
# certificate paths point into a temporary directory. Exits non-zero when nginx refuses either.
#   nginx/check.sh            (needs nginx and openssl; root not required)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sed -e 's/server app1:8080/server 127.0.0.1:8080/' -e 's/server app2:8080/server 127.0.0.1:8081/' \
  "$here/nginx.conf" > "$work/plain.conf"
nginx -t -q -c "$work/plain.conf" -g "pid $work/nginx.pid;"
echo "nginx -t: nginx.conf (plain HTTP) is accepted"

mkdir -p "$work/stockroom.d" "$work/certs"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$work/certs/privkey.pem" -out "$work/certs/fullchain.pem" 2>/dev/null
sed -e "s|/etc/nginx/certs/|$work/certs/|g" "$here/tls/stockroom-tls.conf" > "$work/stockroom.d/stockroom-tls.conf"
sed -e "s|/etc/nginx/stockroom.d/|$work/stockroom.d/|" "$work/plain.conf" > "$work/tls.conf"
nginx -t -q -c "$work/tls.conf" -g "pid $work/nginx.pid;"
echo "nginx -t: nginx.conf with tls/stockroom-tls.conf and a certificate is accepted"
