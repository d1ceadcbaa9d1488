#!/usr/bin/env bash
# `npm run test:dates [-- vitest options]`: the suite (scripts/test.ts, as npm test runs it) at the
# clock settings where date code breaks, and once with the CPUs kept busy beside it. Each run sets the whole process tree's clock with
# Debian's faketime (Node, DynamoDB Local's Java and Chromium alike), as one fixed offset from the
# real clock, so every process started during the run agrees on the time and the clock still runs.
#
#   DATES_ONLY=month-end npm run test:dates -- --project unit --project integration
#
# Settings (DATES_ONLY picks some, comma-separated):
#   month-end     30 November 2026 23:59 UTC: the run crosses into December
#   year-end      31 December 2026 23:59 London: the run crosses into 2027
#   clocks-back   25 October 2026 01:30 BST (00:30 UTC), the first of that night's two 01:30s
#   clocks-cross  25 October 2026 01:58 BST (00:58 UTC): two minutes in, 02:00 BST becomes 01:00 GMT
#   busy          the real clock, with stress-ng keeping every CPU busy
set -uo pipefail
cd "$(dirname "$0")/.."

for tool in faketime stress-ng; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "$tool is missing: apt-get install faketime stress-ng" >&2
    exit 1
  }
done

SETTINGS=(
  'month-end|2026-11-30 23:59:00 UTC|UTC'
  'year-end|2026-12-31 23:59:00 UTC|Europe/London'
  'clocks-back|2026-10-25 00:30:00 UTC|Europe/London'
  'clocks-cross|2026-10-25 00:58:00 UTC|Europe/London'
  'busy|||'
)
only=",${DATES_ONLY:-month-end,year-end,clocks-back,clocks-cross,busy},"
# Through npm's Node 24 (node_modules/.bin/node), as every npm script runs.
node=node_modules/.bin/node
[ -x "$node" ] || node=node

results=()
status=0
for setting in "${SETTINGS[@]}"; do
  IFS='|' read -r name at zone _ <<<"$setting"
  [[ "$only" == *",$name,"* ]] || continue
  started=$(date +%s)
  if [ "$name" = busy ]; then
    echo "== $name: the real clock, with stress-ng --cpu $(nproc) beside the run"
    stress-ng --cpu "$(nproc)" --quiet &
    stress=$!
    "$node" scripts/test.ts "$@"
    code=$?
    kill "$stress" 2>/dev/null
    wait "$stress" 2>/dev/null
  else
    # A signed offset in seconds: faketime then shifts every process by the same amount.
    offset=$(printf '%+d' $(($(date -d "$at" +%s) - $(date +%s))))
    echo "== $name: starting at $at (TZ=$zone, faketime $offset s)"
    TZ="$zone" faketime -f "$offset" "$node" scripts/test.ts "$@"
    code=$?
  fi
  results+=("$name: $([ "$code" -eq 0 ] && echo passed || echo "FAILED ($code)") in $(($(date +%s) - started)) s")
  [ "$code" -eq 0 ] || status=1
done

echo
printf '%s\n' "${results[@]}"
exit "$status"
