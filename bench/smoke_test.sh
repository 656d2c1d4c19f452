#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# ctest bench.smoke: every benchmark program runs on a tiny generated corpus and
# prints its figures; the generator is deterministic whatever its thread count;
# the micro-benchmarks run and the query ones find researchers.
#   bench/smoke_test.sh BENCH_BINARY_DIR SOURCE_DIR
set -euo pipefail
bin="$1"
root="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "bench.smoke: $*" >&2; exit 1; }

"$bin/savant_bench_generate" --out "$tmp/a" --docs 40 --seed 7 --threads 1 > /dev/null
"$bin/savant_bench_generate" --out "$tmp/b" --docs 40 --seed 7 --threads 3 > /dev/null
diff -r "$tmp/a" "$tmp/b" > /dev/null || fail "same seed, different corpus with other --threads"
[ "$(find "$tmp/a/docs" -type f | wc -l)" -eq 40 ] || fail "expected 40 documents"
[ "$(grep -vc '^#' "$tmp/a/meta.tsv")" -eq 40 ] || fail "meta.tsv should list 40 files"
for ext in md html json bib; do
  ls "$tmp"/a/docs/*/*."$ext" > /dev/null 2>&1 || fail "no .$ext document generated"
done
for kind in topic phrase alias topic_venue_year filters; do
  grep -q "^$kind	" "$tmp/a/queries.tsv" || fail "query mix lacks $kind queries"
done

results="$tmp/results.txt"
# Each program's output and errors are kept, so a failure says which and why.
run() {
  local name="$1"
  shift
  if ! "$@" > "$tmp/out" 2> "$tmp/err"; then
    cat "$tmp/out" "$tmp/err" >&2
    fail "$name failed (exit $?)"
  fi
  sed 's/^/size=40 /' "$tmp/out" >> "$results"
}
for tool in savant_bench savant_bench_xapian savant_bench_sqlite; do
  run "$tool index" "$bin/$tool" index --db "$tmp/$tool.db" --corpus "$tmp/a"
  run "$tool query" "$bin/$tool" query --db "$tmp/$tool.db" --queries "$tmp/a/queries.tsv" \
    --rounds 1
done
cat "$results"
[ "$(grep -c 'phase=index .*docs=40 .*docs_per_s=[0-9.]*[1-9]' "$results")" -eq 3 ] ||
  fail "an engine printed no indexing rate"
[ "$(grep -c 'phase=query .*p99_ms=[0-9]' "$results")" -eq 3 ] || fail "an engine printed no latency"
grep -q 'engine=savant phase=index .*failed=0 ' "$results" || fail "savant failed on generated files"
grep -q 'engine=savant phase=query .*results=[1-9]' "$results" || fail "savant found nobody"

table="$(awk -f "$root/bench/table.awk" "$results")"
echo "$table"
grep -q '^| savant ÷ raw Xapian, flush 300 | [0-9]' <<< "$table" || fail "no ratio row in the table"

micro="$("$bin/savant_bench_micro" --benchmark_min_time=0.01 2>&1)" ||
  { echo "$micro" >&2; fail "savant_bench_micro failed"; }
echo "$micro"
for name in BM_NormalizeText BM_ExtractCv read_benchmark/markdown read_benchmark/bibtex; do
  grep -q "^$name " <<< "$micro" || fail "micro-benchmark $name did not run"
done
grep -q '^search_benchmark/topic .*researchers=[1-9]' <<< "$micro" ||
  fail "the query micro-benchmark found no researchers"
for name in walk_benchmark/through_xapian walk_benchmark/kept_lists; do
  grep -q "^$name .*matches=[1-9]" <<< "$micro" || fail "micro-benchmark $name found no matches"
done
