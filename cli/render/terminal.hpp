// SPDX-License-Identifier: MIT
// What the CLI asks of the terminal: is this a terminal, how wide, and may it
// have colour (`--color WHEN`, NO_COLOR, TERM=dumb).
#pragma once

#include "cli/environment.hpp"

#include <string>

namespace savant::cli {

/// The WHEN of `--color WHEN` and `--progress WHEN`.
enum class When { automatic, always, never };

/// Parses "auto", "always" or "never"; throws savant::Error (usage) naming `option` otherwise.
When parse_when(const std::string& value, const char* option);

/// Whether `fd` is a terminal.
bool is_terminal(int fd);

/// The width in columns of the terminal on `fd`, or 0 when it is not a terminal.
int terminal_columns(int fd);

/// Whether output to `fd` gets colour: always, never, or (auto) when `fd` is a
/// terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is not "dumb".
bool wants_colour(When when, int fd, const Getenv& getenv = process_getenv);

}  // namespace savant::cli
