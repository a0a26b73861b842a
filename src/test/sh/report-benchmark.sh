#!/usr/bin/env bash
# Department report benchmark: boots the built WAR on a fresh MariaDB database (as the test suite uses: 127.0.0.1:3306,
# academy/academy; .ci/mariadb-start starts one), generates a county of N officers with their quiz, role-play and
# reading records, and prints the median and p90 server time of the department reports.
# Usage: src/test/sh/report-benchmark.sh [officers=10000] [requests=20]
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -DskipTests package
./mvnw -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DepartmentReportBenchmark \
  -Dacademy.mariadb=true -Dacademy.bench.officers="${1:-10000}" -Dacademy.bench.requests="${2:-20}" 2>&1 \
  | grep -E "generated|median|Tests run|FAIL|ERROR" || true
