#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/shards/run.sh: query latency on one database, three local shards and
# three remote shards (xapian-tcpsrv on 127.0.0.1), for issue 7.
#
#   bench/shards/run.sh [--corpus DIR] [--rounds R] [--work DIR] [--build DIR]
#
# Indexes DIR (default corpus/) once into one index and once into three shards
# under --work (default /tmp/savant-bench-shards; rebuilt each run), serves each
# shard with its own xapian-tcpsrv on a free loopback port, writes a stub file
# of the three `remote` lines, and runs build/bench/shards/shard_latency on all
# three. The servers are stopped on exit, whatever happens. Uses the build in
# --build (default build/; `cmake --build build --target savant_cli
# savant_bench_shards` first).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="$root/corpus"
rounds=5
work="/tmp/savant-bench-shards"
build="$root/build"
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/shards/run.sh: unknown option $1" >&2; exit 1 ;;
  esac
done
savant="$build/savant"
latency="$build/bench/shards/shard_latency"
for program in "$savant" "$latency"; do
  [ -x "$program" ] || { echo "bench/shards/run.sh: $program is not built" >&2; exit 1; }
done
command -v xapian-tcpsrv > /dev/null || { echo "bench/shards/run.sh: xapian-tcpsrv missing (xapian-tools)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
pids=()
cleanup() {
  # Each server leads its own process group (setsid): kill the group, which
  # holds the children it forked per connection.
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2> /dev/null || true; done
}
trap cleanup EXIT

echo "indexing $corpus: one index, three shards" >&2
"$savant" index --quiet --db "$work/single" "$corpus"
"$savant" index --quiet --shards 3 --db "$work/sharded" "$corpus"

# A port nobody listens on now (bash alone: no helper to install).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return; }
  done
}
: > "$work/remote.stub"
for i in 0 1 2; do
  port="$(free_port)"
  setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$work/sharded/shard-$i" &
  pids+=("$!")
  echo "remote 127.0.0.1:$port" >> "$work/remote.stub"
  for _ in $(seq 100); do
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break
    sleep 0.05
  done
done

cd "$root"
echo "corpus: $corpus ($("$savant" stats --db "$work/single" |
  awk '$1 == "documents" { d = $2 } $1 == "researchers" { r = $2 } $1 == "evidence" { e = $2 }
       END { printf "%s files, %s researchers, %s evidence units", d, r, e }'))"
"$latency" --rounds "$rounds" "one database=$work/single" "3 local shards=$work/sharded" \
  "3 remote shards (loopback)=$work/remote.stub"
