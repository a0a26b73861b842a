#!/usr/bin/env bash
# Page benchmark for the module reader: starts the built WAR with the README launcher on a fresh embedded database,
# logs in, and prints for /learn/module.xhtml?id=$MODULE
#   - first-visit transfer: the page plus every stylesheet and script it links (as sent, with gzip accepted),
#   - revisit transfer: the page alone (linked resources are versioned and cached by the browser),
#   - server time: median and p90 of $N sequential requests.
# Usage (after ./mvnw -DskipTests package): src/test/sh/page-benchmark.sh [requests]
set -euo pipefail
n="${1:-50}"
module="${MODULE:-six-taboos}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-18081}"
base="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/academy-page.XXXX)"
jar="$work/cookies"
(cd "$work" && PORT=$port ACADEMY_ADMIN_PASSWORD=Bench2026pass ACADEMY_CONTENT_DIR="$root/content" \
   ACADEMY_WAR="$root/target/academy.war" ACADEMY_PAYARA="$root/target/payara-micro.jar" \
   "$root/src/main/sh/academy-run.sh" >"$work/server.log" 2>&1) &
trap 'pkill -TERM -f "payara-micro.jar.*--port $port" || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null "$base/login.xhtml"; do sleep 0.5; done
until grep -q "academy-run: Xinfang Academy is ready" "$work/server.log"; do sleep 0.5; done

# the login form carries a per-session token that the login post must send back
token=$(curl -s -c "$jar" -b "$jar" "$base/account/home.xhtml" \
  | grep -oE 'name="academy_login_token" value="[^"]+"' | sed -E 's/.*value="//; s/"$//')
curl -s -L -c "$jar" -b "$jar" -o /dev/null -d "academy_login_token=$token&j_username=admin&j_password=Bench2026pass" \
  "$base/j_security_check"
page="$base/learn/module.xhtml?id=$module"
fetch() { curl -s -c "$jar" -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} %{time_total}\n' "$1"; }

html_bytes=$(fetch "$page" | cut -d' ' -f1)
resources=$(curl -s -c "$jar" -b "$jar" "$page" | grep -oE '(href|src)="/jakarta\.faces\.resource/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | sort -u)
res_bytes=0; count=0
for r in $resources; do
  b=$(fetch "$base$r" | cut -d' ' -f1); res_bytes=$((res_bytes + b)); count=$((count + 1))
done
cache=$(curl -s -I -c "$jar" -b "$jar" "$base$(echo "$resources" | head -1)" | grep -iE '^(cache-control|expires):' | tr -d '\r' | tr '\n' ' ')
times=()
for _ in $(seq 1 "$n"); do times+=("$(fetch "$page" | cut -d' ' -f2)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
p90=$(echo "$sorted" | awk '{a[NR]=$1} END {i=int(NR*0.9); if (i<1) i=1; print a[i]}')
echo "module page $module"
echo "first visit: $(( (html_bytes + res_bytes) / 1024 )) KB ($html_bytes B page + $res_bytes B in $count linked resources)"
echo "revisit:     $(( html_bytes / 1024 )) KB (page only; resources sent with: ${cache:-no cache headers})"
awk -v m="$median" -v p="$p90" -v n="$n" 'BEGIN {printf "server time: median %.1f ms, p90 %.1f ms over %d requests\n", m*1000, p*1000, n}'
