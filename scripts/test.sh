#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run): install what is missing, build
# with warnings as errors, install into build/prefix (the package test builds
# examples/ against it), run every test; then the suite again under sanitizers
# and a short run of every fuzz target (docs/reliability.md). Each step prints
# how long it took, so a CI log shows where the time goes.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
# cpu_now: sets $cpu to the CPU (user + system) seconds of every finished child
# process so far. On a shared machine the wall time says little; the CPU time is
# what an idle 2-core machine spends, about twice its wall time when both cores
# are busy. Not $(...): `times` must run in this shell, not in a subshell.
cpu_now() {
  times >"$cpu_file"
  cpu=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/)
                       printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$cpu_file")
}
# step <name> <command>...: runs one step and prints its time and the total so far.
step() {
  local name=$1 step_start=$SECONDS step_cpu
  cpu_now
  step_cpu=$cpu
  shift
  "$@"
  cpu_now
  echo "test.sh: $name: $((SECONDS - step_start)) s, CPU $((cpu - step_cpu)) s" \
    "(total $((SECONDS - start)) s, CPU $cpu s)"
}
step install-deps scripts/install-deps.sh
# The test build is RelWithDebInfo without -g: the same -O2 (and so the same
# warnings that need the optimiser, -Wmaybe-uninitialized, -Wstringop-*), no
# debug information, which was a third of the compile time (docs/reliability.md).
step build scripts/build.sh -DSAVANT_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG"
install_prefix() { cmake --install build --prefix build/prefix >/dev/null; }
step install install_prefix
step tests ctest --test-dir build --output-on-failure -j 2
# The same suite under ASan+UBSan (build-asan/), then each fuzz target for 10 s.
step sanitize scripts/sanitize.sh
step fuzz scripts/fuzz.sh
