#!/usr/bin/env bash
# Boot benchmark: starts the built WAR N times (default 3) with the README launcher, each time twice: a first start on
# a fresh embedded database (imports the content and quiz folders) and a restart on the same database (finds them
# imported). Prints per start and as medians the seconds from launch to the first served login page, the server's CPU
# seconds up to then (utime+stime: the figure that survives a busy machine) and its RSS.
# Usage (after ./mvnw -DskipTests package): src/test/sh/boot-benchmark.sh [runs]
# ACADEMY_WAR / ACADEMY_PAYARA / JAVA_OPTS compare another build or JVM options in the same session.
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-18080}"
war="${ACADEMY_WAR:-$root/target/academy.war}"
payara="${ACADEMY_PAYARA:-$root/target/payara-micro.jar}"
work="$(mktemp -d /tmp/academy-boot.XXXX)"
# the folders the launcher imports from, relative to where it runs, as when started from the project
ln -s "$root/content" "$work/content"
ln -s "$root/quizzes" "$work/quizzes"
tick=$(getconf CLK_TCK)
declare -A wall cpu rss

boot() {
  local kind="$1" i="$2" start end pid kb
  start=$(date +%s.%N)
  (cd "$work" && PORT=$port ACADEMY_ADMIN_PASSWORD=Bench2026pass ACADEMY_WAR="$war" ACADEMY_PAYARA="$payara" \
     "$root/src/main/sh/academy-run.sh" >"$work/$kind-$i.log" 2>&1) &
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml" 2>/dev/null | grep -qE '200|302'; do
    sleep 0.1
  done
  curl -s -L -o /dev/null "http://127.0.0.1:$port/"  # the first page a user sees, rendered
  end=$(date +%s.%N)
  pid=$(pgrep -f "java.*--port $port" | head -1)
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  wall[$kind]+="$(awk "BEGIN {print $end - $start}") "
  cpu[$kind]+="$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$pid/stat") "
  rss[$kind]+="$((kb / 1024)) "
  printf '%s %d: first page after %.1f s, server CPU %.1f s, RSS %d MB (load %s)\n' "$kind" "$i" \
    "$(awk "BEGIN {print $end - $start}")" "$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$pid/stat")" \
    "$((kb / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
  kill -TERM "$pid"
  wait 2>/dev/null || true
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  boot first "$i"
  boot restart "$i"
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for kind in first restart; do
  printf 'median of %d, %s start: first page after %.1f s, server CPU %.1f s, RSS %d MB\n' "$runs" "$kind" \
    "$(median "${wall[$kind]}")" "$(median "${cpu[$kind]}")" "$(median "${rss[$kind]}")"
done
rm -rf "$work"
