#!/usr/bin/env bash
# Installs Stockroom on a fresh Debian or Ubuntu machine (an AWS EC2 instance, say), behind the
# project's Nginx, with PostgreSQL and Redis on the same machine. Run as root from a checkout:
#
#   sudo deploy/ec2/setup.sh path/to/stockroom.jar stock.example.com
#
# Run it again with a new jar to upgrade: it replaces the jar and restarts the service; the
# environment file, once written, is never overwritten.
set -euo pipefail

jar="${1:?usage: setup.sh STOCKROOM_JAR HOST_NAME}"
host="${2:?usage: setup.sh STOCKROOM_JAR HOST_NAME}"
here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../.." && pwd)"

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh must run as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# Java 17 or newer runs the jar; Debian 12 and Ubuntu 22.04 have 17, newer releases 21 or 25.
apt-get install -y -q openjdk-17-jre-headless nginx postgresql redis-server openssl

id stockroom >/dev/null 2>&1 || useradd --system --home-dir /opt/stockroom --shell /usr/sbin/nologin stockroom
install -d -o stockroom -g stockroom -m 750 /opt/stockroom /var/lib/stockroom/media /var/log/stockroom
install -d -o root -g root -m 755 /etc/stockroom

# The database and its owner, with a generated password, the first time only.
if [ ! -f /etc/stockroom/stockroom.env ]; then
  db_password="$(openssl rand -hex 24)"
  jwt_secret="base64:$(openssl rand -base64 32)"
  sudo -u postgres psql -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE stockroom LOGIN PASSWORD '${db_password}';
CREATE DATABASE stockroom OWNER stockroom;
SQL
  sed -e "s|^SPRING_DATASOURCE_PASSWORD=.*|SPRING_DATASOURCE_PASSWORD=${db_password}|" \
      -e "s|^STOCKROOM_JWT_SECRET=.*|STOCKROOM_JWT_SECRET=${jwt_secret}|" \
      -e "s|stock\.example\.com|${host}|g" \
      "$here/stockroom.env" > /etc/stockroom/stockroom.env
  chmod 600 /etc/stockroom/stockroom.env
  echo "wrote /etc/stockroom/stockroom.env: set the mail settings in it" >&2
fi

install -o stockroom -g stockroom -m 640 "$jar" /opt/stockroom/stockroom.jar
install -o root -g root -m 644 "$here/stockroom.service" /etc/systemd/system/stockroom.service

# The project's Nginx configuration with its upstream pointed at the one local instance and its
# server_name at this host (nginx/README.md tells how to add the TLS server once a certificate exists).
sed -e 's/server app1:8080/server 127.0.0.1:8080/' -e '/server app2:8080/d' \
    -e "s/stockroom\.example\.com/${host}/g" \
    "$project/nginx/nginx.conf" > /etc/nginx/nginx.conf
nginx -t

systemctl daemon-reload
systemctl enable --now redis-server postgresql
systemctl enable stockroom
systemctl restart stockroom
systemctl reload nginx || systemctl restart nginx
echo "Stockroom is starting: journalctl -u stockroom -f" >&2
