#!/usr/bin/env bash
# Makes the base image every academy image builds FROM, localhost/debian:bookworm, from the Debian mirror with
# debootstrap: no container registry involved. Skipped when the image exists (a CI machine keeps it between runs;
# REBUILD=1 forces a new one, e.g. for security updates). Root or sudo. About 45-80 s and 127 MB on 2 cores.
set -euo pipefail
IMAGE=${IMAGE:-localhost/debian:bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SECURITY_MIRROR:-http://deb.debian.org/debian-security}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

if [ "${REBUILD:-0}" != 1 ] && $sudo podman image exists "$IMAGE"; then
  echo "build-base-image: $IMAGE exists (REBUILD=1 makes it again)"
  exit 0
fi
rootfs=$(mktemp -d)
trap '$sudo rm -rf "$rootfs"' EXIT
$sudo debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >/dev/null
$sudo rm -f "$rootfs/etc/apt/sources.list"
$sudo tee "$rootfs/etc/apt/sources.list.d/debian.sources" >/dev/null <<SOURCES
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
# Images stay small: no downloaded packages, no package lists (each image's RUN fetches fresh ones and removes them).
$sudo rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/lib/apt/lists/*
$sudo tar -C "$rootfs" -c . | $sudo podman import --quiet --change 'CMD ["/bin/bash"]' - "$IMAGE" >/dev/null
echo "build-base-image: made $IMAGE ($($sudo podman image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%d MB", $1/1e6}'))"
