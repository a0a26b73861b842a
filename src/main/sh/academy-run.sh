#!/usr/bin/env bash
# Starts Xinfang Academy on Payara Micro (built by `./mvnw package` into target/).
#
# Payara Micro keeps running and answers 404 when the application fails to deploy; this launcher waits for the
# server's "ready" line, checks that the application answers, and otherwise stops the process with a clear message
# and exit status 1. SIGINT/SIGTERM are passed on to Java, whose shutdown hook stops Payara gracefully.
# A start that fails for a cause that passes (the HTTP listener not starting on a busy machine, Hazelcast tripping over
# another instance booting at the same moment, Payara exiting during boot) is stopped and tried again, at most
# START_ATTEMPTS times (3), so that nobody has to run the command twice.
set -euo pipefail
# Microseconds since the epoch at launch: the launcher reports how long the first page took from here, failed starts
# included, the figure an operator waits through (and the cold-start target is set in).
launched=${EPOCHREALTIME/[.,]/}

port="${PORT:-8080}"
war="${ACADEMY_WAR:-target/academy.war}"
payara="${ACADEMY_PAYARA:-target/payara-micro.jar}"
log="${ACADEMY_LOG:-data/academy-console.log}"
payara_conf="$(cd "$(dirname "$0")/../payara" && pwd)"
# Server settings (gzip, metrics and OpenAPI endpoints off), applied before the HTTP listener starts, followed by those
# of the mode (pre-boot-standalone.asadmin or pre-boot-cluster.asadmin: where sessions are kept). Payara Micro takes
# one such file, so each start writes the two into data/ (the test harness does the same, PayaraServer).
preboot="$PWD/data/pre-boot-commands.asadmin"
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

refuse() {
  echo "academy-run: $1" >&2
  exit 2
}
# host:port, the form of every cluster address (Payara takes no port ranges there).
is_address() {
  [[ "$1" =~ ^[A-Za-z0-9._-]+:[0-9]{1,5}$ ]]
}

# Standalone unless ACADEMY_CLUSTER names a cluster (README, "Running several nodes").
cluster_opts=(--nocluster)
mode="standalone"
sessions="standalone"
if [ -n "${ACADEMY_CLUSTER:-}" ]; then
  [[ "$ACADEMY_CLUSTER" =~ ^[A-Za-z0-9._-]+$ ]] ||
    refuse "ACADEMY_CLUSTER may hold only letters, digits, '.', '_' and '-'"
  cluster_password="${ACADEMY_CLUSTER_PASSWORD:-}"
  [ -n "$cluster_password" ] ||
    refuse "ACADEMY_CLUSTER is set but ACADEMY_CLUSTER_PASSWORD is missing: only nodes that share both join each other"
  [ "${#cluster_password}" -ge 12 ] || refuse "ACADEMY_CLUSTER_PASSWORD must have at least 12 characters"
  # Hazelcast open source has no member password: a cluster name derived from name and password keeps instances that
  # do not share both apart. Isolation, not encryption: the protection is the private network.
  digest=$(printf '%s' "$ACADEMY_CLUSTER:$cluster_password" | sha256sum)
  cluster_name="$ACADEMY_CLUSTER-${digest:0:16}"
  if [ -n "${ACADEMY_CLUSTER_MEMBERS:-}" ]; then
    IFS=, read -ra members <<<"$ACADEMY_CLUSTER_MEMBERS"
    for member in "${members[@]}"; do
      is_address "$member" ||
        refuse "ACADEMY_CLUSTER_MEMBERS entry '$member' is not host:port (e.g. 10.0.0.11:5900,10.0.0.12:5900)"
    done
    cluster_mode="tcpip:$ACADEMY_CLUSTER_MEMBERS"
    via=tcpip
  else
    group="${ACADEMY_CLUSTER_MULTICAST:-224.2.2.4:2904}"
    is_address "$group" || refuse "ACADEMY_CLUSTER_MULTICAST '$group' is not group:port (e.g. 224.2.2.4:2904)"
    cluster_mode="multicast:$group"
    via=multicast
  fi
  cluster_port="${ACADEMY_CLUSTER_PORT:-5900}"
  [[ "$cluster_port" =~ ^[0-9]{1,5}$ ]] || refuse "ACADEMY_CLUSTER_PORT '$cluster_port' is not a port number"
  node="${ACADEMY_NODE_NAME:-$HOSTNAME}"
  # --nohostaware: host-aware partitioning keeps no backups on members of the same address, so losing one of two
  # nodes on one host would lose its sessions.
  cluster_opts=(--clustername "$cluster_name" --clustermode "$cluster_mode" --startport "$cluster_port" --nohostaware
    --name "$node")
  if [ -n "${ACADEMY_CLUSTER_INTERFACE:-}" ]; then
    cluster_opts+=(--interfaces "$ACADEMY_CLUSTER_INTERFACE")
  fi
  mode="cluster \"$ACADEMY_CLUSTER\" via $via, node $node"
  sessions="cluster"
fi
echo "academy-run: $mode"
cat "$payara_conf/pre-boot-commands.asadmin" "$payara_conf/pre-boot-$sessions.asadmin" > "$preboot"

pid=""
trap 'if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" || true; fi; exit 0' INT TERM

# Stops the current attempt's Payara and waits until it has gone (its H2 file and port are free again).
stop_payara() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
}

# Starts Payara Micro in the background; the log gets everything from here on but the terminal-only lines.
start_payara() {
  # shellcheck disable=SC2086  # JAVA_OPTS and PAYARA_OPTS are word lists on purpose
  java ${JAVA_OPTS:--Xmx512m} -jar "$payara" "${cluster_opts[@]}" --port "$port" --contextroot / \
    --prebootcommandfile "$preboot" $log_opts --deploy "$war" ${PAYARA_OPTS:-} \
    > >(awk -v out="$log" -v secret="$terminal_only" \
          '{ print; fflush(); if (index($0, secret) == 0) { print >> out; fflush(out) } }') 2>&1 &
  pid=$!
}

# Waits for this attempt's ready line (the log from byte $1 on). Returns 0 when ready; otherwise sets $failure and
# returns 1 when another attempt may succeed, 2 when it would not.
await_ready() {
  local from="$1" seen
  local deadline=$((SECONDS + ${BOOT_TIMEOUT:-300}))
  failure=""
  while :; do
    seen=$(tail -c "+$from" "$log")
    # Checked before the ready line: Payara prints that line even when its HTTP listener did not start.
    if [[ "$seen" == *"GrizzlyProxy is NULL"* ]]; then
      failure="the HTTP listener did not start (GrizzlyProxy is NULL)"
      return 1
    fi
    if [[ "$seen" == *"getSocketAddress()"* ]]; then
      failure="Hazelcast failed while another instance was starting (getSocketAddress)"
      return 1
    fi
    if grep -q "Payara Micro .* ready in" <<<"$seen"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      local status=0
      wait "$pid" || status=$?
      failure="Payara Micro exited during start (status $status)"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      failure="no ready line within ${BOOT_TIMEOUT:-300}s"
      return 2
    fi
    sleep 0.2
  done
}

attempts="${START_ATTEMPTS:-3}"
for attempt in $(seq 1 "$attempts"); do
  from=$(($(wc -c < "$log") + 1))
  start_payara
  verdict=0
  await_ready "$from" || verdict=$?
  if [ "$verdict" = 0 ]; then
    # curl prints 000 itself when nothing answers (and then fails, which must not stop the script)
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/login.xhtml") || true
    if [ "$code" = 200 ] || [ "$code" = 302 ]; then
      break
    fi
    # Nothing listening after the ready line is the listener race again; any other answer is a deployment that
    # failed and would fail the same way again.
    if [ "$code" = 000 ]; then verdict=1; else verdict=2; fi
    failure="Xinfang Academy FAILED TO DEPLOY (login page answered HTTP $code)"
  fi
  stop_payara
  if [ "$verdict" = 2 ] || [ "$attempt" -ge "$attempts" ]; then
    echo >&2
    echo "academy-run: $failure (start $attempt of $attempts)." >&2
    echo "academy-run: the cause is in the SEVERE lines above (also in $log). Stopping." >&2
    exit 1
  fi
  # A random pause, so that two instances that collided do not start in step again.
  pause=$((1 + RANDOM % 4))
  echo "academy-run: start $attempt of $attempts failed: $failure; starting again in ${pause}s" >&2
  sleep "$pause"
done
echo "academy-run: Xinfang Academy is ready at http://localhost:${port}/"
elapsed=$((${EPOCHREALTIME/[.,]/} - launched))
printf 'academy: ready in %d.%d s\n' $((elapsed / 1000000)) $((elapsed / 100000 % 10))
wait "$pid"
