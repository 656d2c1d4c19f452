#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run): install what is missing, build
# with warnings as errors, install into build/prefix (the package test builds
# examples/ against it), run every test; then the suite again under sanitizers
# and a short run of every fuzz target (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DSAVANT_WERROR=ON
cmake --install build --prefix build/prefix >/dev/null
ctest --test-dir build --output-on-failure -j 2
# The same suite under ASan+UBSan (build-asan/), then each fuzz target for 10 s.
scripts/sanitize.sh
scripts/fuzz.sh
