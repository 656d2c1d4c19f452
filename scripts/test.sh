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
# step <name> <command>...: runs one step and prints its time and the total so far.
step() {
  local name=$1 step_start=$SECONDS
  shift
  "$@"
  echo "test.sh: $name: $((SECONDS - step_start)) s (total $((SECONDS - start)) s)"
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
