#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages savant needs to build, test and run.
# Idempotent: asks dpkg first and only calls apt-get for what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libxapian-dev xapian-tools
  libicu-dev
  libboost-program-options-dev
  libfmt-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libpoppler-cpp-dev libzip-dev libpugixml-dev libgumbo-dev libyaml-cpp-dev
  libsqlite3-dev
  libcpp-httplib-dev chromium
  # The sanitizer and fuzzing builds (scripts/sanitize.sh, scripts/fuzz.sh):
  # clang, its runtimes (ASan, UBSan, libFuzzer) and llvm-symbolizer for traces.
  clang libclang-rt-14-dev llvm
)
# The browser test runs playwright-core under Node.js (Debian's nodejs and
# npm, unless a node and npm are already on the PATH).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
