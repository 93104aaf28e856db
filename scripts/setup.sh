#!/usr/bin/env bash
# Everything `npm test` needs, from zero, on a fresh Debian or Ubuntu machine that has Node.js 20+,
# npm and git: the system packages (installed with apt-get as root or through sudo), the project's
# npm packages (npm ci, when node_modules is missing or out of date), and a check that the system
# keychain module (keytar) loads, since the vault tests need the real one.
#
#   scripts/setup.sh && npm test        # the README's test line; .ci/run runs exactly that
#
# Whatever is missing and cannot be installed here is named in one line before anything starts.
# Run again at any time: what is already there is not installed twice.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*" >&2; }
missing() {
  say "$*"
  exit 69
}

step() {
  local name=$1
  shift
  local started=$SECONDS
  echo "::: ${name}"
  "$@"
  echo "::: ${name} took $((SECONDS - started))s"
}

# --- What is needed, and what is missing ------------------------------------------------------------

command -v node >/dev/null 2>&1 || missing "Node.js is not installed (Node.js 20 or newer is needed: https://nodejs.org/)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || missing "Node.js $(node --version) is too old (Node.js 20 or newer is needed)."
command -v npm >/dev/null 2>&1 || missing "npm is not installed (it comes with Node.js)."
command -v git >/dev/null 2>&1 || missing "git is not installed (apt-get install git)."

# The tests run Debian's Chromium, a real Secret Service (gnome-keyring on a private D-Bus), and
# keytar built from source against libsecret (its prebuilt binaries cannot be fetched here).
apt_packages=(chromium libsecret-1-dev gnome-keyring dbus dbus-x11 xvfb xauth g++ make python3 pkg-config)

# Node's headers for that build: the running Node's own (nodejs.org or NodeSource builds ship them),
# else Debian's libnode-dev.
node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
if [ -n "${npm_config_nodedir:-}" ]; then
  node_headers=$npm_config_nodedir
elif [ -f "$node_prefix/include/node/node_api.h" ]; then
  node_headers=$node_prefix
else
  node_headers=/usr
  [ -f /usr/include/node/node_api.h ] || apt_packages+=(libnode-dev)
fi

to_install=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || to_install+=("$package")
  done
else
  to_install=("${apt_packages[@]}")
fi

as_root=()
if [ "${#to_install[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    missing "${to_install[*]} must be installed by hand: this is not Debian or Ubuntu (no apt-get)."
  fi
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo)
    else
      missing "${to_install[*]} must be installed (apt-get install ${to_install[*]}), which needs root or sudo without a password."
    fi
  fi
fi

# --- Install ------------------------------------------------------------------------------------------

install_apt() {
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
}
if [ "${#to_install[@]}" -gt 0 ]; then
  step "apt packages (${to_install[*]})" install_apt
fi

export npm_config_nodedir=$node_headers
# Electron's binary cannot be fetched here, and the tests do not need it (see README).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

keytar_loads() { node -e "require('keytar')" >/dev/null 2>&1; }

# npm keeps its own copy of the lock file in node_modules after an install: older than the real one,
# or missing, means node_modules is not what the lock file says. keytar missing means an earlier
# install could not build it (npm drops an optional package whose build fails).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || ! keytar_loads; then
  step "npm ci" npm ci --no-audit --no-fund
fi

if ! keytar_loads; then
  say "keytar (the system keychain module) did not build: see the gyp output of npm ci above (needs libsecret-1-dev, g++, make, python3 and Node headers in $npm_config_nodedir)."
  exit 1
fi
echo "setup: ready (keytar loads; Node headers from $npm_config_nodedir)"
