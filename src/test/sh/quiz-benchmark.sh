#!/usr/bin/env bash
# Quiz answer-save benchmark: boots the built WAR on Payara Micro (embedded H2, target/it-bench), gives N officers an
# open attempt each, and has them all send answers at once; prints the median, p99 and maximum time to save one answer,
# the server's CPU per save, then per view of read-only pages the same officers open at once. Runs once per way of
# keeping sessions in BENCH_SESSIONS (default FULL_STORE,STANDALONE: Payara's store as before issue 14, then the
# launcher's standalone setting; CLUSTER: a cluster member's setting), each on a server of its own, one after the
# other, and prints the ratios against the first.
# Usage: src/test/sh/quiz-benchmark.sh [attempts=100] [answers per attempt=20]
# BENCH_DB_URL=<jdbc url> runs the server on another database (e.g. an H2 URL with WRITE_DELAY=500 to compare).
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -DskipTests package
./mvnw -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=QuizSaveBenchmark \
  -Dacademy.bench.attempts="${1:-100}" -Dacademy.bench.answers="${2:-20}" -Dacademy.bench.dburl="${BENCH_DB_URL:-}" \
  -Dacademy.bench.sessions="${BENCH_SESSIONS:-FULL_STORE,STANDALONE}" 2>&1 \
  | grep -E "== sessions|^sessions |quiz answer save|time to save|CPU per save|CPU per page|spurious|Tests run|FAIL|ERROR" \
  || true
