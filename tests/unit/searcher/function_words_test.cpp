// SPDX-License-Identifier: MIT
// The one list of function words: as written, as stems, and those a query
// asks for itself.
#include "searcher/function_words.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace savant::searcher {
namespace {

TEST(FunctionWords, OneListOfLowerCaseWordsEachOnce) {
  std::set<std::string_view> seen;
  for (std::string_view word : kFunctionWords) {
    EXPECT_FALSE(word.empty());
    EXPECT_TRUE(std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        << word;
    EXPECT_TRUE(seen.insert(word).second) << word << " twice";
    EXPECT_TRUE(is_function_word(word)) << word;
  }
  // What the phrases and the spelling suggestions each had before.
  for (const char* word : {"of", "the", "a", "an", "and", "for", "in", "on", "to", "with", "was",
                           "who", "which", "would"}) {
    EXPECT_TRUE(is_function_word(word)) << word;
  }
  EXPECT_FALSE(is_function_word("often"));
  EXPECT_FALSE(is_function_word("The"));  // as written: lower case
}

TEST(FunctionWords, StemsAreWhatTheQueryHas) {
  for (const char* stem : {"of", "the", "veri", "ani", "it", "who"}) {
    EXPECT_TRUE(is_function_word_stem(stem)) << stem;
  }
  for (const char* stem : {"very", "theori", "histori", "wang", ""}) {
    EXPECT_FALSE(is_function_word_stem(stem)) << stem;
  }
}

TEST(FunctionWords, AskedForWithAPlusOrInCapitals) {
  const Xapian::Stem stemmer("english");
  using Stems = std::set<std::string>;
  EXPECT_EQ(function_words_asked_for("history of science", stemmer), Stems{});
  EXPECT_EQ(function_words_asked_for("history +of science", stemmer), Stems{"of"});
  EXPECT_EQ(function_words_asked_for("+title:the history", stemmer), Stems{"the"});
  EXPECT_EQ(function_words_asked_for("WHO guidelines on VERY", stemmer), (Stems{"who", "veri"}));
  EXPECT_EQ(function_words_asked_for("C++ for science", stemmer), Stems{});
  // Not when every letter is a capital, nor the operators, nor one letter.
  EXPECT_EQ(function_words_asked_for("HISTORY OF SCIENCE", stemmer), Stems{});
  EXPECT_EQ(function_words_asked_for("history AND science NOT art", stemmer), Stems{});
  EXPECT_EQ(function_words_asked_for("A history of science", stemmer), Stems{});
}

}  // namespace
}  // namespace savant::searcher
