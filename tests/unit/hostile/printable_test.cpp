// SPDX-License-Identifier: MIT
// schema::printable: what a message may quote of a query or a file name.
#include "schema/printable.hpp"

#include <gtest/gtest.h>

namespace savant::schema {
namespace {

TEST(Printable, KeepsUtf8Text) {
  EXPECT_EQ(printable("J\u00fcrgen Schmidt \u5f20\u4e09"), "J\u00fcrgen Schmidt \u5f20\u4e09");
}

TEST(Printable, EscapesControlCharacters) {
  EXPECT_EQ(printable("a\nb\tc\x1b[2J\x07\x7f"), "a\\nb\\tc\\x1b[2J\\x07\\x7f");
  EXPECT_EQ(printable("\u0085next line"), "\\x85next line");  // C1 control NEL
}

TEST(Printable, EscapesBytesThatAreNotUtf8) {
  EXPECT_EQ(printable("bad\xff name\xc3"), "bad\\xff name\\xc3");
}

TEST(Printable, IsStableWhenAppliedTwice) {
  const std::string once = printable("x\x1b\xff\n");
  EXPECT_EQ(printable(once), once);
}

TEST(Printable, CutsLongTextAtACharacterBoundary) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\u00e9";  // two bytes each
  // Whole characters only: never half of a two-byte one.
  EXPECT_EQ(printable(text, 11), "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9... (200 bytes)");
  EXPECT_EQ(printable(text, 1000), text);
}

}  // namespace
}  // namespace savant::schema
