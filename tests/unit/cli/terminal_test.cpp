// SPDX-License-Identifier: MIT
// --color / --progress values and the colour rules (NO_COLOR, TERM=dumb).
#include "cli/render/terminal.hpp"

#include "tests/unit/cli/error_of.hpp"
#include "tests/unit/cli/fake_env.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <map>
#include <stdlib.h>
#include <unistd.h>

namespace savant::testing {
namespace {

using cli::When;

TEST(Terminal, ParsesWhen) {
  EXPECT_EQ(cli::parse_when("auto", "--color"), When::automatic);
  EXPECT_EQ(cli::parse_when("always", "--color"), When::always);
  EXPECT_EQ(cli::parse_when("never", "--color"), When::never);
  Error e = error_of([] { cli::parse_when("sometimes", "--color"); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
  EXPECT_STREQ(e.what(), "unknown --color 'sometimes' (choose auto, always or never)");
}

TEST(Terminal, AlwaysAndNeverIgnoreTheEnvironment) {
  EXPECT_TRUE(cli::wants_colour(When::always, -1, fake_env({{"NO_COLOR", "1"}})));
  EXPECT_FALSE(cli::wants_colour(When::never, -1, fake_env({})));
}

TEST(Terminal, AutoNeedsATerminal) {
  // A file descriptor that is not a terminal (and -1, none at all).
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  EXPECT_FALSE(cli::wants_colour(When::automatic, fds[1], fake_env({})));
  EXPECT_FALSE(cli::wants_colour(When::automatic, -1, fake_env({})));
  EXPECT_EQ(cli::terminal_columns(fds[1]), 0);
  close(fds[0]);
  close(fds[1]);
}

TEST(Terminal, AutoColoursATerminalUnlessNoColorOrDumb) {
  const int master = posix_openpt(O_RDWR | O_NOCTTY);
  ASSERT_GE(master, 0);
  ASSERT_EQ(grantpt(master), 0);
  ASSERT_EQ(unlockpt(master), 0);
  const int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
  ASSERT_GE(terminal, 0);
  EXPECT_TRUE(cli::wants_colour(When::automatic, terminal, fake_env({{"TERM", "xterm"}})));
  EXPECT_TRUE(cli::wants_colour(When::automatic, terminal, fake_env({{"NO_COLOR", ""}})));
  EXPECT_FALSE(cli::wants_colour(When::automatic, terminal, fake_env({{"NO_COLOR", "1"}})));
  EXPECT_FALSE(cli::wants_colour(When::automatic, terminal, fake_env({{"TERM", "dumb"}})));
  EXPECT_GT(cli::terminal_columns(terminal), 0);
  close(terminal);
  close(master);
}

}  // namespace
}  // namespace savant::testing
