#!/usr/bin/env bash
# Page cost, measured side by side in one run (issue 12, item 10; results in docs/PERFORMANCE.md).
#
# Starts the platform with the demo region on a fresh embedded PostgreSQL (target/perf-db, port 18080; templates
# cached as in the demo profile), logs in as `koordinator`, as `chef` (the proposals
# awaiting an employer's answer) and as `deltagare`, and runs wrk (Debian's package
# `wrk`) against /actuator/health (the floor: a trivial endpoint) and each main page: first one connection (the
# latency one user sees), then CONNS connections (requests per second, and the share of the floor's).
#
#   bash perf/page-load.sh                 # 32 connections, 15 s per page
#   CONNS=16 DURATION=30s bash perf/page-load.sh
#   KK_PERF_BASE=http://127.0.0.1:8080 bash perf/page-load.sh   # against a platform already running
set -euo pipefail
cd "$(dirname "$0")/.."

CONNS=${CONNS:-32}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
PORT=${PORT:-18080}
BASE=${KK_PERF_BASE:-http://127.0.0.1:$PORT}
PASSWORD=${KK_DEMO_PASSWORD:-demo-losenord-2026}
WORK=$(mktemp -d)
APP_PID=

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

cleanup() {
  if [ -n "$APP_PID" ]; then kill -- -"$APP_PID" 2>/dev/null || kill "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${KK_PERF_BASE:-}" ]; then
  rm -rf target/perf-db && mkdir -p target
  echo "== starting the platform on $BASE (log: target/perf-app.log)"
  set -m
  ./mvnw -B -q spring-boot:test-run \
    -Dspring-boot.run.arguments="--server.port=$PORT --kk.embedded.data-dir=target/perf-db --logging.level.root=WARN" \
    >target/perf-app.log 2>&1 &
  APP_PID=$!
  set +m
  for _ in $(seq 1 240); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE/actuator/health" >/dev/null || { tail -50 target/perf-app.log; exit 1; }
fi

# Signs in through the login form and prints the session cookie.
login() {
  local jar="$WORK/$1.jar" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 ~ /SESSION|JSESSIONID/ { printf "%s=%s", $6, $7 }' "$jar"
}

# The first link on a page that matches a pattern (ids come from the demo data, not from this script).
first_link() {
  curl -s -H "Cookie: $1" "$BASE$2" | { grep -o "href=\"$3\"" || true; } | head -1 | sed 's/^href="//; s/"$//'
}

STAFF=$(login koordinator)
EMPLOYER=$(login chef)
PARTICIPANT=$(login deltagare)
[ -n "$STAFF" ] && [ -n "$EMPLOYER" ] && [ -n "$PARTICIPANT" ] || { echo "login failed" >&2; exit 1; }

UUID='[0-9a-f-]\{36\}'
PERSON=$(first_link "$STAFF" /deltagare "/deltagare/$UUID")
PLACE=$(first_link "$STAFF" /platser "/platser/$UUID")
PROPOSAL=$(first_link "$EMPLOYER" /forslag "/forslag/$UUID")
CHECKLIST=$(first_link "$STAFF" "$PLACE/checklistor" "/checklistor/$UUID")
for found in PERSON PLACE PROPOSAL CHECKLIST; do
  [ -n "${!found}" ] || { echo "no link found for $found" >&2; exit 1; }
done

# name|path|cookie
PAGES=(
  "floor: /actuator/health|/actuator/health|"
  "register|/deltagare|$STAFF"
  "participant|$PERSON|$STAFF"
  "journey|$PERSON/resa|$STAFF"
  "places|/platser|$STAFF"
  "place|$PLACE|$STAFF"
  "proposals|/forslag|$EMPLOYER"
  "proposal|$PROPOSAL|$EMPLOYER"
  "checklist|$CHECKLIST|$STAFF"
  "Min trappa|/min-trappa|$PARTICIPANT"
  "Min sida|/min-sida|$PARTICIPANT"
)

# Prints "requests/s average-latency-ms non-2xx" for one wrk run.
measure() {
  local connections=$1 path=$2 cookie=$3 out
  local header=()
  [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
  out=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" --latency "${header[@]}" "$BASE$path")
  local rps latency errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  latency=$(awk '/^    Latency/ { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 } printf "%.1f", v }' <<<"$out")
  errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  echo "$rps $latency ${errors:-0}"
}

echo "== warming up"
for entry in "${PAGES[@]}"; do
  IFS='|' read -r _ path cookie <<<"$entry"
  header=(); [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
  wrk -t2 -c8 -d"$WARMUP" "${header[@]}" "$BASE$path" >/dev/null
done

printf '\n| page | 1 connection: ms | %s connections: req/s | share of the floor | non-2xx |\n|---|---:|---:|---:|---:|\n' "$CONNS"
FLOOR=
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path cookie <<<"$entry"
  read -r _ one_latency _ <<<"$(measure 1 "$path" "$cookie")"
  read -r rps _ errors <<<"$(measure "$CONNS" "$path" "$cookie")"
  [ -z "$FLOOR" ] && FLOOR=$rps
  share=$(awk -v r="$rps" -v f="$FLOOR" 'BEGIN { printf "%.0f %%", 100 * r / f }')
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$one_latency" "$rps" "$share" "$errors"
done
