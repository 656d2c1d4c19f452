#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Load benchmark of `savant serve` with wrk (Debian: apt-get install wrk) on
# loopback: a mix of searches (words, phrases, fields, filters, paging), researcher
# pages, "similar" and the page's own files. Prints requests/s, latency
# percentiles and errors per mix; exits 1 if any request failed or was not 2xx.
# Not run by CI: it measures, it does not test.
#
# Usage: bench/web/serve_load.sh [--db DIR] [--duration SECONDS] [--connections N]
#   --db DIR         an existing index (default: index corpus/ into a temporary one)
#   --duration S     seconds per mix (default 10)
#   --connections N  concurrent connections, and server threads (default 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
savant=${SAVANT_BIN:-build/savant}
db="" duration=10 connections=8
while (($#)); do
  case $1 in
    --db) db=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "serve_load.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve_load.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[[ -x $savant ]] || { echo "serve_load.sh: $savant is missing (scripts/build.sh)" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z $db ]]; then
  db=$work/index
  "$savant" index --db "$db" --quiet corpus/
fi

"$savant" serve --db "$db" --port 0 --threads "$connections" 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do
  grep -q 'http://' "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log") || { cat "$work/serve.log" >&2; exit 1; }

# Researcher ids to ask for: the first results of a broad search.
mapfile -t ids < <("$savant" search --db "$db" --format jsonl --limit 20 learning |
  grep -o '"id":"[^"]*"' | cut -d'"' -f4)

cat >"$work/search.txt" <<'PATHS'
/api/search?q=mixture+of+experts
/api/search?q=machine+translation
/api/search?q=MoE&venue=ICLR
/api/search?q=reinforcement+learning&year=2022..2024
/api/search?q=%22large+language+models%22
/api/search?q=graph+neural+networks
/api/search?q=transformer&offset=10
/api/search?q=diffusion+models&topic=generative-models
/api/search?q=speech+recognition
/api/search?q=title:sparse+AND+routing
/api/search?q=institution:%22peking+university%22
/api/search?venue=NeurIPS&year=2023
/api/search?topic=machine-translation
/api/search?q=optimization&limit=20
/api/search?q=computer+vision&facets=0
/api/search?q=federated+learning+privacy
PATHS
: >"$work/people.txt"
for id in "${ids[@]}"; do
  echo "/api/researchers/$id" >>"$work/people.txt"
  echo "/api/similar/$id?limit=6&evidence=0" >>"$work/people.txt"
done
printf '%s\n' / /assets/app.js /assets/app.css /api/topics /api/stats >"$work/page.txt"
cat "$work/search.txt" "$work/people.txt" "$work/page.txt" >"$work/mixed.txt"

# Every path answers 200 before the load starts.
while read -r path; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [[ $status == 200 ]] || { echo "serve_load.sh: $path answered $status" >&2; exit 1; }
done <"$work/mixed.txt"

echo "savant serve on $base, index $db ($("$savant" stats --db "$db" --format json |
  grep -o '"researchers": [0-9]*' | grep -o '[0-9]*') researchers)"
echo "wrk: $connections connections, 2 threads, ${duration}s per mix, $(nproc) CPU(s)"
failed=0
for mix in search people page mixed; do
  echo
  echo "== $mix ($(wc -l <"$work/$mix.txt") distinct requests)"
  wrk -t2 -c"$connections" -d"${duration}s" -s bench/web/mix.lua "$base" -- "$work/$mix.txt" |
    sed -n '/^requests:/,$p' | tee "$work/$mix.out"
  grep -q '^errors:       0 ' "$work/$mix.out" || failed=1
done
if ((failed)); then
  echo "serve_load.sh: some requests failed" >&2
  exit 1
fi
