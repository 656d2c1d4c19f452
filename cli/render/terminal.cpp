// SPDX-License-Identifier: MIT
// isatty, TIOCGWINSZ and the colour rules.
#include "cli/render/terminal.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <cstring>
#include <sys/ioctl.h>
#include <unistd.h>

namespace savant::cli {

When parse_when(const std::string& value, const char* option) {
  if (value == "auto") return When::automatic;
  if (value == "always") return When::always;
  if (value == "never") return When::never;
  throw Error(ErrorCategory::usage,
              fmt::format("unknown {} '{}' (choose auto, always or never)", option, value));
}

bool is_terminal(int fd) { return isatty(fd) != 0; }

int terminal_columns(int fd) {
  if (!is_terminal(fd)) return 0;
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;  // a terminal that will not say: the classic width
}

bool wants_colour(When when, int fd, const Getenv& getenv) {
  if (when != When::automatic) return when == When::always;
  const char* term = getenv("TERM");
  const bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
  return is_terminal(fd) && !is_set(getenv, "NO_COLOR") && !dumb;
}

}  // namespace savant::cli
