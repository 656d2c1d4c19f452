// SPDX-License-Identifier: MIT
// Snippet HTML as terminal text, with and without colour.
#include "cli/render/highlight.hpp"

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

constexpr const char* kSnippet =
    "...machine <mark>translation</mark> &amp; <mark>MoE</mark>&#39;s &lt;b&gt;";

TEST(Highlight, PlainWithoutColour) {
  EXPECT_EQ(cli::render_snippet(kSnippet, cli::Style(false)), "...machine translation & MoE's <b>");
}

TEST(Highlight, MarksBecomeBoldYellowWithColour) {
  EXPECT_EQ(cli::render_snippet(kSnippet, cli::Style(true)),
            "...machine \033[1;33mtranslation\033[0m & \033[1;33mMoE\033[0m's <b>");
}

TEST(Highlight, AnUnclosedMarkIsKeptAsText) {
  EXPECT_EQ(cli::render_snippet("a <mark>b", cli::Style(true)), "a <mark>b");
}

}  // namespace
}  // namespace savant::testing
