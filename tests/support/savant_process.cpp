// SPDX-License-Identifier: MIT
// fork/exec of the savant binary with a pipe on stderr.
#include "tests/support/savant_process.hpp"

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace savant::testing {

SavantProcess::SavantProcess(const std::vector<std::string>& args) {
  const char* bin = std::getenv("SAVANT_BIN");
  if (bin == nullptr || *bin == '\0') bin = SAVANT_TEST_BIN;
  std::vector<std::string> storage{bin};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    int null_fd = open("/dev/null", O_RDWR);
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(pipe_fds[1], 2);
    close(pipe_fds[0]);
    execv(bin, argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  err_fd_ = pipe_fds[0];
}

SavantProcess::~SavantProcess() {
  if (running()) kill_now();
  if (err_fd_ >= 0) close(err_fd_);
}

std::optional<std::string> SavantProcess::next_line(double timeout_seconds) {
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
  for (;;) {
    if (auto end = buffer_.find('\n'); end != std::string::npos) {
      std::string line = buffer_.substr(0, end);
      buffer_.erase(0, end + 1);
      return line;
    }
    if (err_fd_ < 0) return std::nullopt;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    pollfd p{err_fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    char chunk[4096];
    const ssize_t n = read(err_fd_, chunk, sizeof chunk);
    if (n <= 0) {
      close(err_fd_);
      err_fd_ = -1;
      if (buffer_.empty()) return std::nullopt;
      std::string line = std::move(buffer_);
      buffer_.clear();
      return line;
    }
    buffer_.append(chunk, static_cast<std::size_t>(n));
    all_.append(chunk, static_cast<std::size_t>(n));
  }
}

std::optional<std::string> SavantProcess::wait_for_line(const std::string& text,
                                                        double timeout_seconds) {
  while (auto line = next_line(timeout_seconds)) {
    if (line->find(text) != std::string::npos) return line;
  }
  return std::nullopt;
}

bool SavantProcess::running() {
  if (pid_ < 0) return false;
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) == pid_) {
    status_ = status;
    pid_ = -1;
    return false;
  }
  return true;
}

void SavantProcess::kill_now() {
  if (pid_ < 0) return;
  ::kill(pid_, SIGKILL);
  waitpid(pid_, &status_, 0);
  pid_ = -1;
}

int SavantProcess::wait() {
  if (pid_ >= 0) {
    waitpid(pid_, &status_, 0);
    pid_ = -1;
  }
  return WIFEXITED(status_) ? WEXITSTATUS(status_) : 128 + WTERMSIG(status_);
}

}  // namespace savant::testing
