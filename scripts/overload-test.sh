#!/usr/bin/env bash
# Load shedding check on loopback (issue 22): a flood of expensive searches (EXPENSIVE_C
# connections, no think time) and, at the same time, a few clients of a cheap search (CHEAP_C).
# Prints one OVERLOAD line per wrk run: requests, 503s, p50/p99/max latency. With the search cap
# (--max-searches / --search-queue) the flood gets 503 + Retry-After past the queue and the cheap
# searches keep a bounded p99; without it every latency grows with the flood.
#
#   scripts/overload-test.sh [JAR] [INDEX]   (defaults: server/target/careersearch-server.jar,
#                                              target/load-test/index; built from corpus/ if empty)
#
# Settings (environment): DURATION_S (20), EXPENSIVE_C (64), CHEAP_C (4), PORT (7179),
# MAX_SEARCHES / SEARCH_QUEUE (passed as CAREERSEARCH_MAX_SEARCHES / _SEARCH_QUEUE when set).
# Needs: java 17, wrk (apt-get install -y wrk), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-server/target/careersearch-server.jar}
INDEX=${2:-target/load-test/index}
DURATION_S=${DURATION_S:-20}
EXPENSIVE_C=${EXPENSIVE_C:-64}
CHEAP_C=${CHEAP_C:-4}
PORT=${PORT:-7179}
LOG=$(mktemp)

env ${MAX_SEARCHES:+CAREERSEARCH_MAX_SEARCHES=$MAX_SEARCHES} \
  ${SEARCH_QUEUE:+CAREERSEARCH_SEARCH_QUEUE=$SEARCH_QUEUE} \
  java -jar "$JAR" --host 127.0.0.1 --port "$PORT" --index "$INDEX" --corpus corpus > "$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2> /dev/null || true; wait $SERVER_PID 2> /dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/health" && break
  kill -0 "$SERVER_PID" 2> /dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
grep -o 'searches at once.*' "$LOG" || echo "(server without a search cap)"
sleep 3 # the knowledge warm-up

MODE=expensive wrk -t1 -c"$EXPENSIVE_C" -d"$DURATION_S"s --timeout 30s -s scripts/overload-test.lua \
  "http://127.0.0.1:$PORT" | grep OVERLOAD &
FLOOD=$!
sleep 1
MODE=cheap wrk -t1 -c"$CHEAP_C" -d"$((DURATION_S - 2))"s --timeout 30s -s scripts/overload-test.lua \
  "http://127.0.0.1:$PORT" | grep OVERLOAD
wait $FLOOD
