#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds savant into build/ (the program ends up at build/savant).
# Extra arguments go to the CMake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build -j "$(nproc)"
