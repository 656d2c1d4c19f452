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
  long max_rss_kb = 0;  ///< the child's peak resident set size (wait4's rusage), in KiB
};

/// How run_savant_with runs the binary.
struct RunOptions {
  std::vector<std::string> env;  ///< "NAME=value" entries added to the environment
  /// When >= 0 and the test runs as root: the child runs as this user and
  /// group id (root reads files whatever their mode, so tests of unreadable
  /// files drop to an ordinary user).
  int uid = -1;
  /// When > 0: the child is killed by SIGALRM after this many seconds, so a
  /// hang fails the test (exit code 128 + SIGALRM) instead of stalling it.
  unsigned timeout_seconds = 0;
};

/// Runs $SAVANT_BIN (default: the build's savant) with `args`, without a shell, and waits.
/// `env` entries ("NAME=value") are added to the environment.
CommandResult run_savant(const std::vector<std::string>& args,
                         const std::vector<std::string>& env = {});

/// The same, with the options above.
CommandResult run_savant_with(const std::vector<std::string>& args, const RunOptions& options);

/// The lines of a command's output, without their newlines.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace savant::testing
