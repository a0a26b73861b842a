#!/usr/bin/env bash
# Boot benchmark: starts the built WAR N times (default 3) with the README launcher on a fresh embedded database and
# prints, per run and as the median, the seconds from launch to the first served login page and the server's RSS
# right after that. Usage (after ./mvnw -DskipTests package): src/test/sh/boot-benchmark.sh [runs]
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-18080}"
work="$(mktemp -d /tmp/academy-boot.XXXX)"
boots=(); rss=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start=$(date +%s.%N)
  (cd "$work" && PORT=$port ACADEMY_ADMIN_PASSWORD=Bench2026pass ACADEMY_WAR="$root/target/academy.war" \
     ACADEMY_PAYARA="$root/target/payara-micro.jar" "$root/src/main/sh/academy-run.sh" >"$work/run-$i.log" 2>&1) &
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml" 2>/dev/null | grep -qE '200|302'; do
    sleep 0.1
  done
  curl -s -L -o /dev/null "http://127.0.0.1:$port/"  # the first page a user sees, rendered
  end=$(date +%s.%N)
  pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  boots+=("$(awk "BEGIN {print $end - $start}")"); rss+=("$((kb / 1024))")
  printf 'run %d: first page after %.1f s, RSS %d MB\n' "$i" "${boots[-1]}" "${rss[-1]}"
  kill -TERM "$pid"; wait 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median of %d: first page after %.1f s, RSS %d MB\n' "$runs" "$(median "${boots[@]}")" "$(median "${rss[@]}")"
rm -rf "$work"
