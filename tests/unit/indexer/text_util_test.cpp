// SPDX-License-Identifier: MIT
// Case-insensitive search, which e-mail deobfuscation and status words use on
// every document: the same answers as a character-by-character scan.
#include "indexer/extract/text_util.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace savant::indexer::detail {
namespace {

// The plain definition: the first position at or after `from` where `needle`
// equals the text, ASCII letters compared without case.
std::size_t ifind_by_scan(std::string_view haystack, std::string_view needle, std::size_t from) {
  for (std::size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    if (iequals(haystack.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

TEST(TextUtilIfind, FindsEitherCaseOfTheFirstLetter) {
  EXPECT_EQ(ifind("Write to jane [AT] mit", "[at]"), 14u);
  EXPECT_EQ(ifind("ATLAS and atoms", "atoms"), 10u);
  EXPECT_EQ(ifind("ATLAS and Atoms", "atoms"), 10u);
  EXPECT_EQ(ifind("x (At) y (at) z", "(at)", 3), 9u);
  EXPECT_EQ(ifind("no match here", "(at)"), std::string_view::npos);
  EXPECT_EQ(ifind("ab", "abc"), std::string_view::npos);
  EXPECT_EQ(ifind("abc", "c", 5), std::string_view::npos);
  EXPECT_EQ(ifind("abc", "", 1), 1u);
  EXPECT_EQ(ifind("abc", "ABC"), 0u);
  EXPECT_EQ(ifind("xxabc", "ABC"), 2u);  // a match ending at the last character
}

TEST(TextUtilIfind, AgreesWithAScanOnEveryStart) {
  const std::string text =
      "Mail: jane @ mit.edu, JOHN [at] Uni [DOT] org; (At) (dot) [at ] aT at AT a";
  for (std::string_view needle : {" @ ", "[at]", " [dot] ", "(at)", "(dot)", "at", "A", "t a"}) {
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      EXPECT_EQ(ifind(text, needle, from), ifind_by_scan(text, needle, from))
          << "'" << needle << "' from " << from;
    }
  }
}

}  // namespace
}  // namespace savant::indexer::detail
