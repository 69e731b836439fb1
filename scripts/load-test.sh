#!/usr/bin/env bash
# Bounded load test on loopback (issue 8). Not part of `mvn verify`.
#
# Starts the server jar on 127.0.0.1 (a free port) over the real corpus index, then runs wrk
# (scripts/load-test.lua rotates realistic requests) with many concurrent connections in three
# phases: before (timed), during (from the start of a full reindex until shortly after the server
# serves the new index) and after (timed), the reindex triggered halfway through
# POST /api/admin/reindex (token in CAREERSEARCH_ADMIN_TOKEN, generated here). It records requests
# served, errors (socket errors, timeouts and non-2xx answers: must be 0) and latency percentiles
# per phase, checks that the server switched to the new index during the "during" phase, and
# prints a Markdown section; with --write it also replaces the "## Load test (issue 8)" section of
# BENCHMARKS.md. Exit code 1 when any request failed or the switch did not happen in time.
#
#   scripts/load-test.sh [--write]
#
# Settings (environment): CONNECTIONS (32), THREADS (2), THINK_MS (1000: each client waits 0.5-1.5x
# this between its requests; 0 saturates the server), WARMUP_S (10), BEFORE_S (60),
# DURING_MAX_S (900: the reindex must be served within it), SWITCH_MARGIN_S (10: load kept on
# after the switch before the during phase ends), AFTER_S (60), HEAP (1g),
# WORK (target/load-test: server log, wrk output, the index, kept between runs).
# Needs: java 17, maven (builds the jars when missing), wrk (apt-get install -y wrk), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP_S=${WARMUP_S:-10}
BEFORE_S=${BEFORE_S:-60}
DURING_MAX_S=${DURING_MAX_S:-900}
SWITCH_MARGIN_S=${SWITCH_MARGIN_S:-10}
AFTER_S=${AFTER_S:-60}
export THINK_MS=${THINK_MS:-1000}
HEAP=${HEAP:-1g}
WORK=${WORK:-$ROOT/target/load-test}
WRITE=false
[ "${1:-}" = "--write" ] && WRITE=true

for tool in wrk curl java; do
  command -v "$tool" > /dev/null || { echo "load-test: $tool is missing (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
JAR=server/target/careersearch-server.jar
if [ ! -f "$JAR" ]; then
  echo "load-test: building the server jar" >&2
  mvn -B -q -DskipTests package
fi

mkdir -p "$WORK"
: > "$WORK/wrk.log"
TOKEN=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

echo "load-test: starting the server (the first run builds the index, a minute or more)" >&2
CAREERSEARCH_ADMIN_TOKEN=$TOKEN java -Xmx"$HEAP" -jar "$JAR" --host 127.0.0.1 --port 0 \
  --index "$WORK/index" --corpus corpus > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
WRK_PID=
cleanup() {
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2> /dev/null || true
  kill "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
}
trap cleanup EXIT

PORT=
for _ in $(seq 1 900); do
  PORT=$(grep -o 'serving on http://127\.0\.0\.1:[0-9]*' "$WORK/server.log" | grep -o '[0-9]*$' || true)
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2> /dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 1
done
[ -n "$PORT" ] || { echo "load-test: the server did not start in 15 minutes" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT

field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }
now_ms() { date +%s%3N; }

# one wrk run; prints its LOADTEST line (see load-test.lua)
phase() {
  PHASE=$1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 10s --latency \
    -s scripts/load-test.lua "$BASE" >> "$WORK/wrk.log" 2>&1
  grep "^LOADTEST phase=$1 " "$WORK/wrk.log" | tail -1
}

DOCS=$(curl -fsS "$BASE/api/health" | field total_documents)
V_BEFORE=$(curl -fsS "$BASE/api/health" | field index_version)
echo "load-test: serving $DOCS documents on $BASE (index version $V_BEFORE)" >&2

echo "load-test: warm-up ${WARMUP_S}s" >&2
phase warmup "$WARMUP_S" > /dev/null
echo "load-test: before ${BEFORE_S}s" >&2
BEFORE=$(phase before "$BEFORE_S")

# the reindex, halfway: the "during" phase runs from its start until SWITCH_MARGIN_S after the
# server serves the new index (wrk stops on SIGINT and still reports), at most DURING_MAX_S
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/admin/reindex")
[ "$STATUS" = 202 ] || { echo "load-test: POST /api/admin/reindex answered $STATUS" >&2; exit 1; }
T0=$(now_ms)
: > "$WORK/switch.txt"
echo "load-test: reindex started; during (until ${SWITCH_MARGIN_S}s after the switch, at most ${DURING_MAX_S}s)" >&2
PHASE=during wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURING_MAX_S"s --timeout 10s --latency \
  -s scripts/load-test.lua "$BASE" >> "$WORK/wrk.log" 2>&1 &
WRK_PID=$!
done_at= switched_at=
while kill -0 "$WRK_PID" 2> /dev/null && [ -z "$switched_at" ]; do
  sleep 0.5
  if [ -z "$done_at" ]; then
    state=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/admin/reindex" || true)
    case "$state" in
      *'"succeeded"'*) done_at=$(now_ms); echo "done $((done_at - T0))" >> "$WORK/switch.txt" ;;
      *'"failed"'*) echo "failed $state" >> "$WORK/switch.txt"; break ;;
    esac
  fi
  v=$(curl -fsS "$BASE/api/health" | field index_version || true)
  if [ -n "$v" ] && [ "$v" != "$V_BEFORE" ]; then
    switched_at=$(now_ms); echo "switched $((switched_at - T0)) $v" >> "$WORK/switch.txt"
  fi
done
if [ -n "$switched_at" ]; then
  sleep "$SWITCH_MARGIN_S"
  kill -INT "$WRK_PID" 2> /dev/null || true
fi
wait "$WRK_PID" || true
DURING=$(grep "^LOADTEST phase=during " "$WORK/wrk.log" | tail -1)
[ -n "$DURING" ] || { echo "load-test: wrk reported nothing for the during phase" >&2; exit 1; }
REINDEX_MS=$(awk '$1 == "done" {print $2}' "$WORK/switch.txt")
SWITCH_MS=$(awk '$1 == "switched" {print $2}' "$WORK/switch.txt")
V_AFTER=$(awk '$1 == "switched" {print $3}' "$WORK/switch.txt")
REINDEX_DOCS=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/admin/reindex" | field documents || true)

echo "load-test: after ${AFTER_S}s" >&2
AFTER=$(phase after "$AFTER_S")

# ---- report ----
val() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
row() {
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" \
    "$(val "$2" duration_s)" "$(val "$2" requests)" "$(val "$2" rps)" "$(val "$2" errors)" \
    "$(val "$2" p50_ms)" "$(val "$2" p90_ms)" "$(val "$2" p99_ms)" "$(val "$2" p999_ms)" \
    "$(val "$2" max_ms)"
}
ERRORS=$(($(val "$BEFORE" errors) + $(val "$DURING" errors) + $(val "$AFTER" errors)))
REQUESTS=$(($(val "$BEFORE" requests) + $(val "$DURING" requests) + $(val "$AFTER" requests)))
COMMIT=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
git diff --quiet HEAD 2> /dev/null || COMMIT="$COMMIT (with uncommitted changes)"
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
RAM=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
JVM=$(java -version 2>&1 | head -2 | tail -1)
if [ -n "$SWITCH_MS" ]; then
  SWITCH="the reindex of $REINDEX_DOCS documents took $(awk "BEGIN {print $REINDEX_MS / 1000}") s under load; the server served the new index (version $V_BEFORE → $V_AFTER) $(awk "BEGIN {print $SWITCH_MS / 1000}") s after it started; the during phase went on ${SWITCH_MARGIN_S} s longer"
else
  SWITCH="the server did NOT switch to a new index within ${DURING_MAX_S} s ($(tr '\n' ' ' < "$WORK/switch.txt"))"
fi

REPORT=$(cat << EOF
## Load test (issue 8)

\`scripts/load-test.sh\`: wrk ($(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)) with $CONNECTIONS concurrent clients (connections, on $THREADS threads), each waiting 0.5-1.5 x $THINK_MS ms between its requests, against the server jar on 127.0.0.1 over the real corpus index ($DOCS documents), rotating the requests of \`scripts/load-test.lua\` (searches with filters, sorts, paging and a misspelling, completions, documents, health). A full reindex is triggered halfway with \`POST /api/admin/reindex\`; the "during" phase starts with it and lasts until ${SWITCH_MARGIN_S} s after the server serves the new index. Errors count socket errors, timeouts (10 s) and non-2xx answers.

| phase | seconds | requests | req/s | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |
|---|---|---|---|---|---|---|---|---|---|
$(row before "$BEFORE")
$(row "during reindex + switch" "$DURING")
$(row after "$AFTER")

Total: $REQUESTS requests, $ERRORS errors. Switch: $SWITCH.

Machine: $(nproc) cores ($CPU), $RAM RAM, load average $LOAD_AT_START at the start (the machine is shared: other builds ran meanwhile); JVM: $JVM, \`-Xmx$HEAP\`; $(date -u '+%Y-%m-%d %H:%M UTC'); commit $COMMIT.
EOF
)
echo "$REPORT"
echo "$REPORT" > "$WORK/results.md"

if $WRITE; then
  FILE=BENCHMARKS.md
  [ -f "$FILE" ] || printf '# Benchmarks\n' > "$FILE"
  # replace the section (up to the next "## " heading) or append it
  awk -v report="$WORK/results.md" '
    BEGIN { while ((getline line < report) > 0) text = text line "\n" }
    /^## Load test \(issue 8\)/ { printf "%s", text; skip = 1; done = 1; next }
    skip && /^## / { skip = 0; print ""; }
    !skip { print }
    END { if (!done) printf "\n%s", text }
  ' "$FILE" > "$FILE.tmp" && mv "$FILE.tmp" "$FILE"
  echo "load-test: wrote the section to $FILE" >&2
fi

if [ "$ERRORS" -ne 0 ] || [ -z "$SWITCH_MS" ]; then
  exit 1
fi
