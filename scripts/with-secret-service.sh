#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real Secret Service
# (gnome-keyring), so the vault is tested against the same libsecret path the
# app uses on Linux, and nothing touches the developer's own keyring.
#
#   scripts/with-secret-service.sh vitest run src/main/vault
#
# - a fresh session bus (dbus-run-session), gone when the command ends;
# - private HOME / XDG_DATA_HOME / XDG_RUNTIME_DIR / XDG_CONFIG_HOME / XDG_CACHE_HOME
#   for the keyring, removed on exit, so no keyring file is left behind. The bus daemon
#   itself runs with them, so a gnome-keyring that D-Bus starts on demand (after a test
#   stopped the first one) writes there too, never into the real home;
# - gnome-keyring-daemon --unlock with an empty password, which creates and
#   unlocks the "login" collection (the default one libsecret stores into);
# - waits until org.freedesktop.secrets is owned on the bus and its default
#   collection exists (bounded, FR24_SECRET_SERVICE_WAIT seconds, default 15);
# - exports FR24_SECRET_SERVICE=1 so tests know a Secret Service is really there;
# - exits with the command's exit code.
#
# Needs (apt): dbus, dbus-x11 or dbus-daemon, gnome-keyring.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 64
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-secret-service: '$tool' is not installed (apt-get install dbus dbus-x11 gnome-keyring)." >&2
    exit 69
  fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fr24-secret-service.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# Inside the private session. "$@" is passed through untouched as the inner script's arguments.
inner='
set -uo pipefail

scratch=$FR24_SECRET_SERVICE_DIR
unset FR24_SECRET_SERVICE_DIR
keyring_pid=""

secrets_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ { print \$2 }"
}

cleanup() {
  # The daemon started here, and any that D-Bus started on demand since: all live in the scratch folder.
  for pid in "$keyring_pid" "$(secrets_owner)"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT
trap "exit 130" INT
trap "exit 143" TERM

# An empty password on stdin: --unlock creates (or unlocks) the login collection with it.
# It must be an empty *line*: with no bytes at all the daemon creates no collection.
printf "\n" | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$scratch/keyring.log" 2>&1 &
keyring_pid=$!

# The command keeps the real HOME (npm, its cache and config) and sees the private XDG
# folders, which is where gnome-keyring and libsecret look.
export HOME="$FR24_REAL_HOME"
unset FR24_REAL_HOME

deadline=$((SECONDS + ${FR24_SECRET_SERVICE_WAIT:-15}))
secrets_ready() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" || return 1
  # The name alone is not enough: libsecret stores into the "default" alias, which
  # exists only once --unlock has created the login collection.
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null | grep -q "/collection/"
}

until secrets_ready; do
  if ! kill -0 "$keyring_pid" 2>/dev/null; then
    echo "with-secret-service: gnome-keyring-daemon exited before it owned org.freedesktop.secrets:" >&2
    cat "$scratch/keyring.log" >&2
    exit 70
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "with-secret-service: org.freedesktop.secrets (with an unlocked default collection) did not appear on the session bus within ${FR24_SECRET_SERVICE_WAIT:-15}s." >&2
    cat "$scratch/keyring.log" >&2
    exit 70
  fi
  sleep 0.1
done

export FR24_SECRET_SERVICE=1
"$@"
status=$?
exit "$status"
'

# The bus daemon, the keyring daemons and D-Bus activation all get the private folders (the bus
# passes its own environment to the services it starts); the command gets the real HOME back.
status=0
FR24_REAL_HOME="$HOME" FR24_SECRET_SERVICE_DIR="$scratch" HOME="$scratch/home" \
  XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
  dbus-run-session -- bash -c "$inner" with-secret-service "$@" || status=$?
exit "$status"
