#!/usr/bin/env bash
# End-to-end test of the production topology: builds the images from this checkout, starts MariaDB, two clustered
# application nodes and HAProxy on a network of this run's own, checks that the nodes formed one cluster, runs the
# failover journey (a signed-in officer's quiz and role-play continue on the other node when the node serving them
# stops), starts that node again and checks that it takes new sessions. Exit status 0 = passed; the last line is
# `cluster: PASSED ...` with the figures. Root or sudo (podman). The host talks only to 127.0.0.1 (published ports);
# everything this run creates is removed at the end, passed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
# Without systemd podman cannot schedule health checks and says so on every run, start and removal: noise here,
# since wait_healthy runs the checks itself.
podman() {
  $sudo command podman "$@" 2> >(grep -v -e 'systemd connection' -e 'failed to connect to syslog' >&2)
}

run_id="$(date +%H%M%S)-$$"
P=${PROJECT:-academy-ct-$run_id}            # prefix of this run's containers and network
NET=$P-net                                  # own network: another run's nodes can never be found by multicast
CLUSTER=ct-$run_id                          # own cluster name, and a fresh password every run
CLUSTER_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
# The academy's password rule wants a letter and a digit, and not the user name: random letters alone may miss a digit.
ADMIN_PASSWORD=Ct-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')-4x
NODE_MEMORY=${NODE_MEMORY:-1g}

t0=$SECONDS
step() { printf '\n== [%4ss] %s\n' "$((SECONDS - t0))" "$*"; }
fail() { echo "cluster: FAILED: $*" >&2; exit 1; }

cleanup() {
  local status=$?
  if [ "$status" != 0 ]; then
    for c in app1 app2 lb; do
      podman container exists "$P-$c" 2>/dev/null || continue
      echo "--- last lines of $P-$c" >&2
      podman logs --tail 25 "$P-$c" 2>&1 | cut -c1-300 >&2 || true
    done
  fi
  # -v: also the anonymous data volumes of the images' VOLUME lines
  podman rm -f -v -t 2 "$P-lb" "$P-app1" "$P-app2" "$P-db" >/dev/null 2>&1 || true
  podman volume rm -f "$P-db-data" >/dev/null 2>&1 || true
  podman network rm -f "$NET" >/dev/null 2>&1 || true
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Podman runs HEALTHCHECKs from systemd timers; without systemd (CI machines, containers) they never run by
# themselves, so run the check until it passes. Sets WAITED to the seconds it took.
wait_healthy() {
  local c=$1 limit=${2:-300} start=$SECONDS
  until podman healthcheck run "$c" >/dev/null 2>&1; do
    [ "$(podman inspect -f '{{.State.Running}}' "$c")" = true ] || fail "$c exited while starting"
    [ $((SECONDS - start)) -lt "$limit" ] || fail "$c not healthy after ${limit}s"
    sleep 1
  done
  WAITED=$((SECONDS - start))
  echo "$c healthy after $WAITED s"
}
published() { podman port "$1" "$2" | sed -n '1s/.*://p'; }   # 127.0.0.1:PORT -> PORT
# whether a container's log holds a text (grep -c reads to the end: with pipefail, grep -q's early exit would fail
# the pipeline with podman's SIGPIPE)
log_has() { podman logs "$1" 2>&1 | grep -c -- "$2" >/dev/null; }

step "host and images"
docker/podman-host-setup.sh
build_start=$SECONDS
docker/build-images.sh
build_s=$((SECONDS - build_start))

step "network $NET, MariaDB"
podman network create "$NET" >/dev/null
podman run -d --name "$P-db" --network "$NET" --network-alias db -p 127.0.0.1::3306 \
  -v "$P-db-data:/var/lib/mysql" -e MARIADB_DATABASE=academy -e MARIADB_USER=academy \
  -e "MARIADB_PASSWORD=$DB_PASSWORD" localhost/academy-db >/dev/null
wait_healthy "$P-db" 120
DB_PORT=$(published "$P-db" 3306)

start_node() { # name: starts one application node of the cluster
  podman run -d --name "$P-$1" --hostname "$1" --network "$NET" --network-alias "$1" --memory "$NODE_MEMORY" \
    -e DB_URL=jdbc:mariadb://db:3306/academy -e DB_USER=academy -e "DB_PASSWORD=$DB_PASSWORD" \
    -e "ACADEMY_ADMIN_PASSWORD=$ADMIN_PASSWORD" \
    -e "ACADEMY_CLUSTER=$CLUSTER" -e "ACADEMY_CLUSTER_PASSWORD=$CLUSTER_PASSWORD" -e "ACADEMY_NODE_NAME=$1" \
    localhost/academy-app >/dev/null
}
# One after the other: the first node runs the schema migrations, the second finds them done.
step "app1"
start_node app1
wait_healthy "$P-app1"
boot_app1=$WAITED
step "app2"
start_node app2
wait_healthy "$P-app2"
boot_app2=$WAITED

step "balancer"
podman run -d --name "$P-lb" --network "$NET" --network-alias lb -p 127.0.0.1::80 localhost/academy-lb >/dev/null
wait_healthy "$P-lb" 60
LB_PORT=$(published "$P-lb" 80)
URL=http://127.0.0.1:$LB_PORT
echo "balancer at $URL, database at 127.0.0.1:$DB_PORT"

step "one cluster of two nodes"
# A node that joins logs the data grid it found (a member that is joined does not always log it again).
deadline=$((SECONDS + 60))
until log_has "$P-app2" 'DG Size: 2'; do
  [ $SECONDS -lt $deadline ] || fail "app2 did not join app1's cluster (no 'DG Size: 2' in app2's log)"
  sleep 2
done
log_has "$P-app2" 'Name: app1 ' || fail "app2's data grid does not list app1"
echo "app1 and app2 are one cluster ($CLUSTER)"

# which node a cookie jar's session is pinned to (HAProxy's SERVERID cookie)
node_of() { awk '$6 == "SERVERID" { print $7 }' "$1" | tail -1; }

step "both nodes serve new sessions"
declare -A seen=()
for i in $(seq 6); do
  jar=$(mktemp); code=$(curl -sL -o /dev/null -w '%{http_code}' -c "$jar" "$URL/login.xhtml") || true
  [ "$code" = 200 ] || fail "login page through the balancer answered $code"
  seen[$(node_of "$jar")]=1; rm -f "$jar"
done
[ -n "${seen[app1]:-}" ] && [ -n "${seen[app2]:-}" ] || fail "new sessions went only to [${!seen[*]}]"
echo "new sessions went to [${!seen[*]}]"

step "failover journey"
failover_journey() {
  # The journey (quiz and role-play with a typed reply, node stopped mid-way, answers checked in the database) is
  # the test code's ClusterFailoverDriver, shared with the two-node loopback IT; it prints `failover: ...`.
  ./mvnw -B -q -DskipTests test-compile
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cluster.classpath
  java -cp "target/test-classes:target/classes:$(cat target/test-cluster.classpath)" \
    academy.xinfang.testing.ClusterFailoverDriver --url "$URL" \
    --jdbc "jdbc:mysql://127.0.0.1:$DB_PORT/academy" --db-user academy --db-password "$DB_PASSWORD" \
    --admin-password "$ADMIN_PASSWORD" --stop-command "${sudo:+$sudo }podman stop -t 10 $P-%s" | tee target/test-cluster-driver.log
  FAILOVER=$(grep '^failover:' target/test-cluster-driver.log | tail -1 | sed 's/^failover: //')
  [ -n "$FAILOVER" ] || fail "the failover driver printed no result"
}
failover_journey

step "the stopped node comes back"
stopped=""
for n in app1 app2; do
  [ "$(podman inspect -f '{{.State.Running}}' "$P-$n")" = true ] || stopped=$n
done
[ -n "$stopped" ] || fail "no node was stopped by the journey"
podman start "$P-$stopped" >/dev/null
wait_healthy "$P-$stopped"
back_boot=$WAITED
# HAProxy re-resolves the name (new address) and needs two good checks 2 s apart: new sessions reach the node
# within seconds of it being healthy.
back_start=$SECONDS
deadline=$((SECONDS + 60))
until
  jar=$(mktemp); curl -s -o /dev/null -c "$jar" "$URL/login.xhtml" || true; n=$(node_of "$jar"); rm -f "$jar"
  [ "$n" = "$stopped" ]
do
  [ $SECONDS -lt $deadline ] || fail "$stopped is healthy but got no new session within 60 s"
  sleep 1
done
back_s=$((SECONDS - back_start))
echo "$stopped healthy after $back_boot s, took a new session $back_s s later"

echo "cluster: PASSED in $((SECONDS - t0)) s: images $build_s s, boot app1 $boot_app1 s, app2 $boot_app2 s;" \
  "${FAILOVER}; $stopped back in $back_boot s + $back_s s"
