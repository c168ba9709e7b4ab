#!/bin/sh
# Installs or updates the service on a Debian/Ubuntu server (run as root from a clone, after `mvn -B package`).
# What goes where is described in docs/operations.md, "Install as a service".
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=$(ls "$root"/target/emulation-movement-*.jar | grep -v '\.original$' | head -n 1)

id movement >/dev/null 2>&1 || useradd --system --home-dir /var/lib/emulation-movement --shell /usr/sbin/nologin movement
install -d -m 0755 /opt/emulation-movement /opt/emulation-movement/docs
install -m 0644 "$jar" /opt/emulation-movement/emulation-movement.jar
install -m 0644 "$root"/docs/operations.md /opt/emulation-movement/docs/operations.md
install -d -m 0750 -g movement /etc/emulation-movement
# the settings are the ward's: never overwritten by an update
if [ ! -e /etc/emulation-movement/movement.env ]; then
  install -m 0640 -g movement "$here"/movement.env.template /etc/emulation-movement/movement.env
  echo "Edit /etc/emulation-movement/movement.env (passwords, database, SMTP, PUBLIC_BASE_URL), then: systemctl start emulation-movement"
fi
install -m 0644 "$here"/emulation-movement.service /etc/systemd/system/emulation-movement.service
systemd-analyze verify /etc/systemd/system/emulation-movement.service
systemctl daemon-reload
systemctl enable emulation-movement.service
