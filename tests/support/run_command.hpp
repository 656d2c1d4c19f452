// SPDX-License-Identifier: MIT
// Runs the real `savant` binary and captures what it prints.
#pragma once

#include <string>
#include <vector>

namespace savant::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs $SAVANT_BIN (default: the build's savant) with `args`, without a shell, and waits.
/// `env` entries ("NAME=value") are added to the environment.
CommandResult run_savant(const std::vector<std::string>& args,
                         const std::vector<std::string>& env = {});

}  // namespace savant::testing
