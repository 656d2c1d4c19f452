#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds savant with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (plus libFuzzer's coverage, so scripts/fuzz.sh reuses this build) into
# build-asan/, then runs the test suite there. Any sanitizer report fails the
# test that triggered it. Not built here: the shared library, benchmarks, examples, install rules
# (the package test), the browser test (a browser's speed under test, not ours).
#   scripts/sanitize.sh            build and run the suite
#   scripts/sanitize.sh --configure   configure only (scripts/fuzz.sh then builds its targets)
# Extra GoogleTest arguments after `--`, e.g. scripts/sanitize.sh -- --gtest_filter='Hostile*'
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build-asan
configure_only=0
if [ "${1:-}" = "--configure" ]; then configure_only=1; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi

# ccache when there is one (developers); CI machines have none.
launcher() { command -v ccache >/dev/null && echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache" || true; }

# -O1: ASan's own advice for speed at run time; line tables are enough for
# stack traces; assertions stay on (no NDEBUG). Warnings are the gcc build's
# job (scripts/test.sh, -Werror); clang's extra ones do not stop this build.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize \
  -DCMAKE_CXX_COMPILER=clang++ $(launcher) \
  -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only" \
  -DSAVANT_SANITIZE=address,undefined -DSAVANT_FUZZ=ON \
  -DSAVANT_BUILD_BENCH=OFF -DSAVANT_BUILD_EXAMPLES=OFF -DSAVANT_BUILD_DOCS=OFF \
  -DSAVANT_INSTALL=OFF >/dev/null
[ "$configure_only" = 1 ] && exit 0
build_start=$SECONDS
cmake --build "$dir" -j "$(nproc)"
echo "sanitize: build: $((SECONDS - build_start)) s"

# Reports stop the program (exit code 1 from ASan, halt_on_error from UBSan),
# so a test that triggers one fails; leaks are reported at exit.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Each GoogleTest program runs once with all its tests (ctest would start one
# process per test, and ASan's start-up is most of a small test's time), two
# jobs at a time. The end-to-end tests run the sanitized binary and take
# minutes: SAVANT_SANITIZE_SPLIT runs each test suite it names as a job of its
# own, then the program's other tests as one more, all before the other
# programs and longest first, so that both slots end together. Arguments go to
# every program, e.g. --gtest_filter='Hostile*' (then nothing is split).
split=${SAVANT_SANITIZE_SPLIT:-"e2e_tests:ParallelIndex,EvalRanking,RankingStability,EvalExtraction
  reliability_tests:Concurrency,CrashSafety"}
first=${SAVANT_SANITIZE_FIRST:-"shards_tests indexer_tests serve_tests"}
[ "$#" -gt 0 ] && split=""
# run_program <program> <filter> [args]: one program, the tests `filter` selects
# ("all" for every test); its output goes to <program>[.<suite>].sanitize.log.
run_program() {
  local program=$1 filter=$2 name=$1 log=$PWD/$1.sanitize.log
  shift 2
  local selection=()
  if [ "$filter" != all ]; then
    selection=(--gtest_filter="$filter")
    local part=${filter%%.*}
    [ "${filter:0:1}" = - ] && part=rest
    name="$program ($part)"
    log=$PWD/$program.$part.sanitize.log
  fi
  local start=$SECONDS
  if "./$program" --gtest_brief=1 "${selection[@]}" "$@" >"$log" 2>&1; then
    echo "sanitize: $name: $(grep -Eo '[0-9]+ tests? from [0-9]+ test suites? ran' "$log" | head -1), no report, $((SECONDS - start)) s"
  else
    echo "sanitize: $name FAILED (log: $log)"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error:|\[  FAILED  \])' "$log" | head -20 | sed 's/^/  /'
    return 1
  fi
}
export -f run_program
cd "$dir/tests"
# The test programs this configuration builds (not a stale one left by an older tree).
programs=$(sed -n 's/^build tests\/\([a-z0-9_]*_tests\): CXX_EXECUTABLE_LINKER.*/\1/p' ../build.ninja)
# sanitize_jobs: "<program> <filter>" lines, longest first: the suites split
# out, the rest of their programs, the programs of SAVANT_SANITIZE_FIRST, the others.
sanitize_jobs() {
  local entry program suites suite rest listed=" "
  for entry in $split; do
    program=${entry%%:*} suites=${entry#*:} rest=""
    printf '%s\n' $programs | grep -qx "$program" || continue
    for suite in ${suites//,/ }; do
      echo "$program $suite.*"
      rest+="${rest:+:}$suite.*"
    done
    echo "$program -$rest"
    listed+="$program "
  done
  for program in $first $programs; do
    [[ "$listed" == *" $program "* ]] && continue
    printf '%s\n' $programs | grep -qx "$program" || continue
    echo "$program all"
    listed+="$program "
  done
}
start=$SECONDS
status=0
# set -f: the filters' * are for GoogleTest, not file names.
sanitize_jobs | xargs -P "$(nproc)" -I{} bash -c 'set -f; run_program {} "$@"' _ "$@" || status=1
echo "sanitize: every test program in $((SECONDS - start)) s"
exit "$status"
