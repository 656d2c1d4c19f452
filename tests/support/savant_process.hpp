// SPDX-License-Identifier: MIT
// The savant binary running in the background, its stderr read line by line,
// so a test can act (search, start a second writer, SIGKILL it) mid-run.
#pragma once

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace savant::testing {

class SavantProcess {
 public:
  /// Starts $SAVANT_BIN (default: the build's savant) with `args`; stdout is discarded.
  explicit SavantProcess(const std::vector<std::string>& args);
  /// Kills the process if it still runs, and reaps it.
  ~SavantProcess();
  SavantProcess(const SavantProcess&) = delete;
  SavantProcess& operator=(const SavantProcess&) = delete;

  /// The next line of stderr without its newline; nothing at end of file or
  /// when no line comes within `timeout_seconds`.
  std::optional<std::string> next_line(double timeout_seconds = 120.0);

  /// Reads stderr until a line containing `text` (returned), or end of file.
  std::optional<std::string> wait_for_line(const std::string& text, double timeout_seconds = 120.0);

  /// Whether the process has not exited yet (it is reaped if it has).
  bool running();

  /// Sends SIGKILL and reaps the process.
  void kill_now();

  /// Waits for the process to end; its exit code, or 128 + the signal.
  int wait();

  /// Everything read from stderr so far.
  const std::string& err() const { return all_; }

 private:
  pid_t pid_ = -1;
  int err_fd_ = -1;
  int status_ = -1;
  std::string buffer_;
  std::string all_;
};

}  // namespace savant::testing
