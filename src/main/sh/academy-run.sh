#!/usr/bin/env bash
# Starts Xinfang Academy on Payara Micro (built by `./mvnw package` into target/).
#
# Payara Micro keeps running and answers 404 when the application fails to deploy; this launcher waits for the
# server's "ready" line, checks that the application answers, and otherwise stops the process with a clear message
# and exit status 1. SIGINT/SIGTERM are passed on to Java, whose shutdown hook stops Payara gracefully.
set -euo pipefail

port="${PORT:-8080}"
war="${ACADEMY_WAR:-target/academy.war}"
payara="${ACADEMY_PAYARA:-target/payara-micro.jar}"
log="${ACADEMY_LOG:-data/academy-console.log}"
# Server settings applied after boot (gzip for pages, styles and scripts: officers are often on slow networks).
payara_conf="$(cd "$(dirname "$0")/../payara" && pwd)"
commands="$payara_conf/post-boot-commands.asadmin"
# Settings applied before boot (metrics and OpenAPI endpoints off).
preboot="$payara_conf/pre-boot-commands.asadmin"
# LOG_FORMAT=json: one JSON object per line (timestamp, level, logger, message) for log collectors.
log_opts=""
[ "${LOG_FORMAT:-}" = json ] && log_opts="--logproperties $payara_conf/logging-json.properties"
mkdir -p data "$(dirname "$log")"
# Only the owner may read the log: it holds usernames, client addresses and stack traces.
(umask 077 && : > "$log")
chmod 600 "$log"
# The first start prints a generated administrator password on a line carrying this marker (FirstAdministrator):
# the terminal shows the line, the log file never gets it.
terminal_only='[terminal-only]'

for f in "$war" "$payara"; do
  [ -f "$f" ] || { echo "academy-run: $f is missing; build first with ./mvnw -DskipTests package" >&2; exit 2; }
done

# shellcheck disable=SC2086  # JAVA_OPTS and PAYARA_OPTS are word lists on purpose
java ${JAVA_OPTS:--Xmx512m} -jar "$payara" --nocluster --port "$port" --contextroot / \
  --prebootcommandfile "$preboot" --postbootcommandfile "$commands" $log_opts --deploy "$war" ${PAYARA_OPTS:-} \
  > >(awk -v out="$log" -v secret="$terminal_only" \
        '{ print; fflush(); if (index($0, secret) == 0) { print >> out; fflush(out) } }') 2>&1 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" || true; exit 0' INT TERM

deadline=$((SECONDS + ${BOOT_TIMEOUT:-300}))
until grep -q "Payara Micro .* ready in" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || status=$?
    echo "academy-run: Payara Micro exited during start (status ${status:-0})" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "academy-run: no ready line within ${BOOT_TIMEOUT:-300}s; stopping" >&2
    kill -TERM "$pid"; wait "$pid" || true; exit 1
  fi
  sleep 0.5
done

# curl prints 000 itself when nothing answers (and then fails, which must not stop the script)
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/login.xhtml") || true
if [ "$code" != 200 ] && [ "$code" != 302 ]; then
  echo >&2
  echo "academy-run: Xinfang Academy FAILED TO DEPLOY (login page answered HTTP $code)." >&2
  echo "academy-run: the cause is in the SEVERE lines above (also in $log). Stopping." >&2
  kill -TERM "$pid"; wait "$pid" || true
  exit 1
fi
echo "academy-run: Xinfang Academy is ready at http://localhost:${port}/"
wait "$pid"
