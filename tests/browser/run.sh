#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The browser test (ctest web.browser): installs playwright-core exactly as
# package-lock.json pins it (npm ci, into tests/browser/node_modules), then
# runs page_test.js against Debian's chromium.
# Usage: run.sh SAVANT_BIN CORPUS_DIR ARTIFACTS_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
chromium=${SAVANT_CHROMIUM:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "run.sh: $chromium is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
# npm ci replaces node_modules; two runs at once would trip over each other.
exec 9>"$here/.npm-ci.lock"
flock 9
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
flock -u 9
exec node "$here/page_test.js" "$@"
