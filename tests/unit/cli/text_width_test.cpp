// SPDX-License-Identifier: MIT
// Terminal columns of UTF-8 text, and padding, cutting and wrapping by them.
#include "cli/render/text_width.hpp"

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

using cli::display_width;

TEST(TextWidth, CountsColumnsNotBytes) {
  struct Case {
    const char* text;
    std::size_t columns;
  };
  for (const Case& c : std::vector<Case>{
           {"", 0},
           {"Xinyu Zhao", 10},
           {"Jürgen", 6},                // precomposed ü
           {"Ju\xcc\x88rgen", 6},        // u + combining diaeresis
           {"张伟", 4},                  // wide
           {"ＡＢ", 4},                  // fullwidth
           {"\033[1;33mMoE\033[0m", 3},  // colour codes take no room
           {"…", 1},
       }) {
    EXPECT_EQ(display_width(c.text), c.columns) << c.text;
  }
}

TEST(TextWidth, PadsByColumns) {
  EXPECT_EQ(cli::pad_right("张伟", 6), "张伟  ");
  EXPECT_EQ(cli::pad_left("7", 3), "  7");
  EXPECT_EQ(cli::pad_right("toolong", 3), "toolong");
}

TEST(TextWidth, FitCutsWithAnEllipsis) {
  EXPECT_EQ(cli::fit("mixture-of-experts", 30), "mixture-of-experts");
  EXPECT_EQ(cli::fit("mixture-of-experts", 8), "mixture…");
  EXPECT_EQ(cli::fit("张伟张伟", 5), "张伟…");
  EXPECT_EQ(cli::fit("abc", 0), "");
  // A cut inside a colour ends with a reset, so the terminal is not left coloured.
  EXPECT_EQ(cli::fit("\033[1mbold text\033[0m", 5), "\033[1mbold…\033[0m");
}

TEST(TextWidth, WrapBreaksAtSpaces) {
  EXPECT_EQ(cli::wrap("one two three four", 9),
            (std::vector<std::string>{"one two", "three", "four"}));
  EXPECT_EQ(cli::wrap("averyveryverylongword x", 5),
            (std::vector<std::string>{"averyveryverylongword", "x"}));
  EXPECT_EQ(cli::wrap("no  limit  here", 0), (std::vector<std::string>{"no limit here"}));
  EXPECT_EQ(cli::wrap("", 10), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace savant::testing
