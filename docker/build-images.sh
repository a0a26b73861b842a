#!/usr/bin/env bash
# Builds the three images from this checkout, with no registry: localhost/academy-app, -db and -lb (TAG, default
# latest). Builds the WAR first when target/academy.war is missing or older than the sources. Root or sudo (podman);
# `docker` works the same (ENGINE=docker, BASE=debian:bookworm to start from the registry's Debian image).
set -euo pipefail
cd "$(dirname "$0")/.."
ENGINE=${ENGINE:-podman}
TAG=${TAG:-latest}
BASE=${BASE:-localhost/debian:bookworm}
sudo=""
[ "$(id -u)" -eq 0 ] || [ "$ENGINE" = docker ] || sudo="sudo"
# HEALTHCHECK exists only in the docker image format; podman's default (OCI) would drop it.
export BUILDAH_FORMAT=docker

if [ "$BASE" = localhost/debian:bookworm ] && [ "$ENGINE" = podman ]; then
  docker/build-base-image.sh
fi
if [ ! -f target/academy.war ] || [ ! -f target/payara-micro.jar ] \
  || [ -n "$(find pom.xml src/main -newer target/academy.war -type f -print -quit)" ]; then
  echo "build-images: building the WAR"
  ./mvnw -B -q -DskipTests package
fi
build() { # name, context, Dockerfile
  local start=$SECONDS
  $sudo "$ENGINE" build -q --build-arg "BASE=$BASE" -t "localhost/academy-$1:$TAG" -f "$3" "$2" >/dev/null
  echo "build-images: localhost/academy-$1:$TAG in $((SECONDS - start)) s"
}
build app . docker/app/Dockerfile
build db docker/db docker/db/Dockerfile
build lb docker/lb docker/lb/Dockerfile
# The images' previous versions, untagged by these builds: a CI machine that builds every run would fill its disk.
# Layers the tagged images still use stay, so the next build is as fast.
$sudo "$ENGINE" image prune -f >/dev/null
