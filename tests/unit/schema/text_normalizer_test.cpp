// SPDX-License-Identifier: MIT
// Text normalisation, matching keys and display names, table-driven.
#include "schema/text_normalizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace savant::schema {
namespace {

using Cases = std::vector<std::pair<std::string, std::string>>;

TEST(TextNormalizer, CleansText) {
  const Cases cases = {
      {"Sep. 2021 \u2013 Jun. 2024", "Sep. 2021 - Jun. 2024"},
      {"\u201cquoted\u201d and \u2018single\u2019", "\"quoted\" and 'single'"},
      {"line one\r\nline two\r\n", "line one\nline two\n"},
      {"no\u00a0break", "no break"},
      {"ﬁne ligature", "fine ligature"},
      {"Title $ICLR\\ 2024$", "Title ICLR 2024"},
      {" $Co\text{-}first\\ Author$", " Co-first Author"},
      {" $Co\\text{-}first\\ Author$", " Co-first Author"},
      {"plain \\textbf{bold} word", "plain bold word"},
      {" $Co ext{-}first\\ Author$", " Co-first Author"},
      {"Shenggui Li\\*, Fuzhao Xue\\*", "Shenggui Li*, Fuzhao Xue*"},
      {"50\\% \\& more", "50% & more"},
      {"costs $5 and more", "costs $5 and more"},
      {"soft\u00adhyphen", "softhyphen"},
      {"bell\x07gone", "bellgone"},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(normalize_text(input), expected) << input;
  }
}

TEST(TextNormalizer, AsciiAndOtherLinesAreCleanedAlike) {
  // ASCII lines take a path without ICU: the same cleaning either way.
  EXPECT_EQ(normalize_text("a\x01"
                           "b\x7f\tc\r\nd\x0b\x0c"
                           "e\n"),
            "ab\tc\nde\n");
  EXPECT_EQ(normalize_text("\xef\xac\x81le\x01\r\nfile\x01\r\n"), "file\nfile\n");  // U+FB01 fi
  // A combining accent at the start of a line does not join the line feed.
  EXPECT_EQ(normalize_text("e\n\xcc\x81x"), "e\n\xcc\x81x");
  EXPECT_EQ(normalize_text("e\xcc\x81\nx"), "\xc3\xa9\nx");
  // Cleaning that spans lines still sees the whole text.
  EXPECT_EQ(normalize_text("caf\xc3\xa9 $ICLR\\ 2024$\n\\textbf{x}"), "caf\xc3\xa9 ICLR 2024\nx");
}

TEST(TextNormalizer, ValidatesUtf8) {
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("J\xc3\xbcrgen"));
  EXPECT_FALSE(is_valid_utf8("J\xfcrgen"));
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));      // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("truncated \xe2\x82"));
}

TEST(TextNormalizer, MatchKeysFoldCaseAccentsAndPunctuation) {
  const Cases cases = {
      {"J\u00fcrgen Schmidhuber", "jurgen schmidhuber"},
      {"XINYU  ZHAO", "xinyu zhao"},
      {"Mixture-of-Experts", "mixture of experts"},
      {"  Fran\u00e7ois, Chollet. ", "francois chollet"},
      {"\u5f20\u4f1f", "zhang wei"},
  };
  for (const auto& [input, expected] : cases) EXPECT_EQ(match_key(input), expected) << input;
  EXPECT_EQ(slugify("Xinyu Zhao"), "xinyu-zhao");
}

TEST(TextNormalizer, DisplayCaseForNames) {
  const Cases cases = {
      {"XINYU ZHAO", "Xinyu Zhao"},
      {"Fuzhao XUE", "Fuzhao Xue"},
      {"DAIZE DONG", "Daize Dong"},
      {"Simiao Zuo", "Simiao Zuo"},
      {"J. R. R. TOLKIEN", "J. R. R. Tolkien"},
      {"Jean-PIERRE McDONALD", "Jean-Pierre McDONALD"},
      {"J\u00dcRGEN", "J\u00fcrgen"},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(display_case_name(input), expected) << input;
  }
}

TEST(TextNormalizer, TokenizeKeepsOffsets) {
  const std::string text = "Sparse MoE-based (SMoE) models";
  auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[1].text, "MoE");
  EXPECT_EQ(tokens[2].text, "based");
  EXPECT_EQ(tokens[3].text, "SMoE");
  EXPECT_EQ(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin), "SMoE");
}

TEST(TextNormalizer, StableHashIsStable) {
  // FNV-1a test vectors: the value is stored in indexes, so it must never change.
  EXPECT_EQ(stable_hash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(stable_hash("a"), 0xaf63dc4c8601ec8cULL);
}

}  // namespace
}  // namespace savant::schema
