#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run): install what is missing, build
# with warnings as errors, install into build/prefix (the package test builds
# examples/ against it), run every test. ctest runs last so its summary line
# closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DSAVANT_WERROR=ON
cmake --install build --prefix build/prefix >/dev/null
ctest --test-dir build --output-on-failure -j 2
