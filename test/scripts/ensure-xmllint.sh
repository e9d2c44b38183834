#!/bin/sh
# Makes sure `xmllint` (Debian package libxml2-utils) is on PATH, for the Akoma Ntoso render test
# (test/render/akn.test.ts), which validates every example's output against the official schema.
# Installs it with apt-get when missing, through sudo when not root and sudo is available.
# Exits 0 when xmllint is there afterwards, 1 otherwise, with one line saying why.
set -eu

if command -v xmllint >/dev/null 2>&1; then
    echo "ensure-xmllint: $(command -v xmllint) is present"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-xmllint: xmllint is missing and apt-get is not available; install libxml2 (xmllint) by hand" >&2
    exit 1
fi

if [ "$(id -u)" = "0" ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo -n"
else
    echo "ensure-xmllint: xmllint is missing and installing libxml2-utils needs root (no sudo here)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# An out-of-date package list is the usual reason the install fails; refresh it once and retry.
if ! $run apt-get install -y --no-install-recommends libxml2-utils >/dev/null 2>&1; then
    $run apt-get update >/dev/null
    $run apt-get install -y --no-install-recommends libxml2-utils >/dev/null
fi

if command -v xmllint >/dev/null 2>&1; then
    echo "ensure-xmllint: installed $(command -v xmllint)"
    exit 0
fi
echo "ensure-xmllint: libxml2-utils was installed but xmllint is still not on PATH" >&2
exit 1
