#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run): install what is missing, build
# with warnings as errors, run every test. ctest runs last so its summary
# line closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DSAVANT_WERROR=ON
ctest --test-dir build --output-on-failure -j 2
