#!/bin/sh
# Repacks jpackage's .deb ($1) as $2 with xdg-utils recommended instead of required: it only adds the menu entry
# (postinst skips that without it), so a bare `dpkg -i` configures the package and links it on PATH.
set -e
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$1" "$work/pkg"
sed -i -e '/^Depends:/s/, xdg-utils\b//; /^Depends:/s/\bxdg-utils, //' -e '/^Depends:/a Recommends: xdg-utils' \
    "$work/pkg/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/pkg" "$2" >/dev/null
rm -f "$1"
