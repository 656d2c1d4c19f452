#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's first command: install what is missing, build, index corpus/
# and run an example search.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/savant index --db savant-index corpus/
build/savant search --db savant-index --facets "mixture of experts"
