// SPDX-License-Identifier: MIT
// The one place where errors become messages and exit codes.
#pragma once

#include <functional>

namespace savant::cli {

/// Runs `command`, returning its exit code; any exception is printed as one
/// line `savant: <reason>` on stderr and mapped to its documented exit code.
int run_guarded(const std::function<int()>& command);

}  // namespace savant::cli
