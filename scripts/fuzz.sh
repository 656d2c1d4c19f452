#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every libFuzzer target (fuzz/) for a fixed time, under ASan and UBSan,
# starting from a seed corpus built from the repository: corpus/ documents by
# format, tests/golden/ (JSON), tests/relevance/queries.tsv (queries), and the
# inputs fuzzing found before (tests/fuzz-regressions/<target>/).
#   scripts/fuzz.sh                  every target, SAVANT_FUZZ_SECONDS (10) each
#   SAVANT_FUZZ_SECONDS=600 scripts/fuzz.sh html query   longer, chosen targets
# Builds and uses build-asan/ (configured by scripts/sanitize.sh). New interesting inputs go to
# build-asan/fuzz-corpus/<target>/ and are reused by the next run; a crash,
# leak, sanitizer report or timeout leaves its input under
# build-asan/fuzz-artifacts/<target>/, printed with the command that replays it.
# Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=$root/build-asan
seconds=${SAVANT_FUZZ_SECONDS:-10}
jobs=${SAVANT_FUZZ_JOBS:-$(nproc)}
all_targets=(pdf docx odt html bibtex json latex yaml jemdoc markdown text_decoder extract document
  query columns identity_value)
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=("${all_targets[@]}")

scripts/sanitize.sh --configure
# One executable, savant_fuzz, run as fuzz_<target> (links made by the build).
build_start=$SECONDS
cmake --build "$dir" -j "$(nproc)" --target savant_fuzz
echo "fuzz: build: $((SECONDS - build_start)) s"

# seed <target> <file>...: copies files into the target's seed directory.
seed() {
  local target=$1
  shift
  mkdir -p "$dir/fuzz-seeds/$target"
  [ "$#" -gt 0 ] && cp -f -- "$@" "$dir/fuzz-seeds/$target/" 2>/dev/null || true
}
# by_ext <ext>...: corpus documents with one of these extensions.
by_ext() {
  local args=()
  for ext in "$@"; do args+=(-o -name "*.$ext"); done
  find corpus -type f \( "${args[@]:1}" \) -print0 | xargs -0 -r printf '%s\n'
}
rm -rf "$dir/fuzz-seeds"
mapfile -t text_docs < <(by_ext txt md markdown qmd)
seed pdf $(by_ext pdf)
seed docx $(by_ext docx)
seed odt $(by_ext odt)
seed html $(by_ext html)
seed bibtex $(by_ext bib)
seed json $(by_ext json) tests/golden/*.json
seed latex $(by_ext tex)
seed yaml $(by_ext yml yaml)
seed jemdoc $(by_ext jemdoc)
seed markdown "${text_docs[@]}"
seed text_decoder "${text_docs[@]}" $(by_ext html bib tex)
seed extract "${text_docs[@]}" $(by_ext tex jemdoc)
# document: the first byte picks the file name the input is read as
# (fuzz/targets.cpp kNames: txt md html bib json tex yml jemdoc pdf none).
mkdir -p "$dir/fuzz-seeds/document"
i=0
for ext in txt md html bib json tex yml jemdoc pdf; do
  for f in $(by_ext "$ext" | head -3); do
    { printf "\\x$(printf %02x "$i")"; cat "$f"; } >"$dir/fuzz-seeds/document/$ext-$(basename "$f")"
  done
  i=$((i + 1))
done
# query: each line is a query; a second line, when present, is a --year range.
mkdir -p "$dir/fuzz-seeds/query"
tail -n +2 tests/relevance/queries.tsv | cut -f2 | head -60 | {
  n=0
  while IFS= read -r q; do
    n=$((n + 1))
    printf '%s' "$q" >"$dir/fuzz-seeds/query/q$n"
    printf '%s\n%s' "$q" "2015-2024" >"$dir/fuzz-seeds/query/y$n"
  done
}
for target in "${all_targets[@]}"; do
  [ -d "tests/fuzz-regressions/$target" ] && seed "$target" "tests/fuzz-regressions/$target"/*
done

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# run_one <target>: one libFuzzer run; its log goes to fuzz-logs/<target>.log.
run_one() {
  local target=$1
  local corpus=$dir/fuzz-corpus/$target artifacts=$dir/fuzz-artifacts/$target/
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$dir/fuzz-logs"
  # -timeout: one input may take 10 s (a hang is a finding); -rss_limit_mb
  # bounds memory. Inputs (seeds too) are cut at 8 KiB for text formats, where
  # bugs show in short inputs and long ones only slow each run, 256 KiB for
  # the binary formats (a PDF or zip needs its structure).
  local max_len=8192
  case $target in pdf | docx | odt | document) max_len=262144 ;; esac
  if "$dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$corpus" "$dir/fuzz-seeds/$target" >"$dir/fuzz-logs/$target.log" 2>&1; then
    echo "fuzz: $target: ok, $(grep -o 'stat::number_of_executed_units: *[0-9]*' \
      "$dir/fuzz-logs/$target.log" | grep -o '[0-9]*$') runs in ${seconds} s"
  else
    echo "fuzz: $target: FOUND A PROBLEM (log: $dir/fuzz-logs/$target.log)"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error:|fuzz invariant broken|ALARM|terminate)' \
      "$dir/fuzz-logs/$target.log" | head -5 | sed 's/^/  /'
    for input in "$artifacts"*; do
      [ -e "$input" ] || continue
      echo "  reproducer: $input"
      echo "  replay:     $dir/fuzz/fuzz_$target $input"
    done
    return 1
  fi
}
export -f run_one
export dir seconds

status=0
run_start=$SECONDS
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} || status=1
echo "fuzz: ${#targets[@]} target(s) in $((SECONDS - run_start)) s"
if [ "$status" -ne 0 ]; then
  echo "fuzz: keep each reproducer as tests/fuzz-regressions/<target>/<name> once fixed" >&2
fi
exit "$status"
