#!/usr/bin/env bash
# Prepares a Debian 12 host (root or sudo) to build and run the academy's images with Podman: no Docker Engine, no
# registry needed. Idempotent: a second run installs nothing and only rewrites containers.conf when it changed.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# aardvark-dns (container name resolution) is only a Recommends of netavark: name it with --no-install-recommends.
# runc: crun 1.8 refuses hosts with a cgroup v1/v2 "hybrid" layout. podman-compose, not docker-compose: the latter's
# Recommends pull in a whole Docker Engine.
packages=(podman netavark aardvark-dns runc conmon catatonit uidmap buildah debootstrap podman-compose iptables curl
  ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "podman-host-setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Hosts whose root lacks CAP_SYS_RESOURCE (some VMs and sandboxes) cannot give containers podman's default
# nofile=1048576/nproc=4194304: every `podman run` fails with "setrlimit RLIMIT_NOFILE: Operation not permitted".
# Pin the container defaults to what this host allows (podman itself runs with nproc <= 32768). netavark named
# explicitly: otherwise podman also reads the CNI bridge config that Debian's podman package ships and warns about it.
nofile=$(ulimit -Hn); nproc=$(ulimit -Hu)
[ "$nofile" = unlimited ] && nofile=1048576
{ [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ]; } && nproc=32768
conf=$(cat <<CONF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
runtime = "runc"

[network]
network_backend = "netavark"
CONF
)
if [ "$(cat /etc/containers/containers.conf 2>/dev/null)" != "$conf" ]; then
  $sudo mkdir -p /etc/containers
  printf '%s\n' "$conf" | $sudo tee /etc/containers/containers.conf >/dev/null
  echo "podman-host-setup: wrote /etc/containers/containers.conf"
fi
$sudo podman info --format "podman-host-setup: podman {{.Version.Version}}, runtime {{.Host.OCIRuntime.Name}}, network {{.Host.NetworkBackend}}"
