// SPDX-License-Identifier: MIT
// fork/exec of the savant binary with stdout and stderr sent to temp files.
#include "tests/support/run_command.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tests/support/temp_dir.hpp"

extern char** environ;

namespace savant::testing {

CommandResult run_savant(const std::vector<std::string>& args,
                         const std::vector<std::string>& env) {
  return run_savant_with(args, RunOptions{env});
}

CommandResult run_savant_with(const std::vector<std::string>& args, const RunOptions& options) {
  const std::vector<std::string>& env = options.env;
  const char* bin = std::getenv("SAVANT_BIN");
  if (bin == nullptr || *bin == '\0') bin = SAVANT_TEST_BIN;
  TempDir capture;
  const std::string out_path = capture / "stdout";
  const std::string err_path = capture / "stderr";

  std::vector<std::string> argv_storage{bin};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_storage;
  for (char** e = environ; *e != nullptr; ++e) env_storage.emplace_back(*e);
  env_storage.insert(env_storage.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (auto& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    // Files stay open across the switch; the child only loses the power to open more.
    if (options.uid >= 0 && geteuid() == 0) {
      const auto id = static_cast<uid_t>(options.uid);
      if (setgroups(0, nullptr) != 0 || setgid(id) != 0 || setuid(id) != 0) _exit(126);
    }
    if (options.timeout_seconds > 0) alarm(options.timeout_seconds);  // survives execve
    execve(bin, argv.data(), envp.data());
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  CommandResult result;
  result.max_rss_kb = usage.ru_maxrss;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace savant::testing
