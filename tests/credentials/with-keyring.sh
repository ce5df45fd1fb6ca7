#!/bin/sh
# Runs a test inside a private D-Bus session with a freshly unlocked gnome-keyring providing the
# Secret Service, in a throw-away HOME so that no real keyring is touched.
#   with-keyring.sh TEST [ARGS...]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings"
chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c \
  'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@" || status=$?
exit "$status"
