// SPDX-License-Identifier: MIT
// Tests for PhraseMatcher: word folding, case rules, leftmost-longest matching.
#include "schema/phrase_matcher.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::schema {
namespace {

// The matched text of each match, for readable expectations.
std::vector<std::string> matched_text(const PhraseMatcher& matcher, std::string_view text,
                                      bool ignore_case = false) {
  std::vector<std::string> out;
  for (const auto& match : matcher.find_all(text, ignore_case)) {
    out.emplace_back(text.substr(match.begin, match.end - match.begin));
  }
  return out;
}

TEST(PhraseMatcher, MatchesHyphenatedPhrase) {
  PhraseMatcher matcher;
  matcher.add("mixture of experts", 7);
  const std::string text = "We scale Mixture-of-Experts models.";
  const auto matches = matcher.find_all(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].value, 7);
  EXPECT_EQ(matches[0].begin, text.find("Mixture"));
  EXPECT_EQ(matches[0].end, text.find(" models"));
  EXPECT_EQ(matches[0].words, 3u);
}

struct WordCase {
  const char* phrase;
  const char* text;
  bool matches;
};

class PhraseMatcherWords : public testing::TestWithParam<WordCase> {};

TEST_P(PhraseMatcherWords, FoldsCaseAndPluralsAsSpecified) {
  const WordCase& c = GetParam();
  PhraseMatcher matcher(CaseRule::abbreviations_exact);
  matcher.add(c.phrase, 1);
  EXPECT_EQ(!matcher.find_all(c.text).empty(), c.matches)
      << "phrase '" << c.phrase << "' in '" << c.text << "'";
}

const WordCase kWordCases[] = {
    // Plurals and case of ordinary words.
    {"mixture of experts", "mixtures of experts", true},
    {"mixtures of experts", "a mixture of experts", true},
    {"mixture of experts", "MIXTURE OF EXPERTS", true},
    {"mixture of experts", "mixture, of experts", true},
    {"mixture of experts", "mixture of expertise", false},
    {"models", "model", true},
    // Words of 3 letters or ending in ss/us/is keep their 's'.
    {"bus", "bu", false},
    {"glass", "glas", false},
    {"status", "statu", false},
    {"thesis", "thesi", false},
    // Abbreviations match only in their own case, plural or not.
    {"MoE", "MoE", true},
    {"MoE", "MoEs", true},
    {"MoE", "MoE-based", true},
    {"MoE", "moe", false},
    {"MoE", "MOE", false},
    {"MoE", "Moe Szyslak", false},
    {"LLMs", "LLM", true},
    {"NLP", "nlp", false},
    {"SMoE", "Lingual-SMoE", true},
    {"NeurIPS", "NeurIPs", false},
    {"NeurIPs", "NeurIPs", true},
    // A word must match whole: no matching inside longer words.
    {"MoE", "OpenMoE", false},
    {"expert", "experts", true},
    {"expert", "expertise", false},
    // Non-ASCII bytes are kept as they are.
    {"Noûs", "Noûs 2020", true},
    {"Nous", "Noûs 2020", false},
};

INSTANTIATE_TEST_SUITE_P(Table, PhraseMatcherWords, testing::ValuesIn(kWordCases));

TEST(PhraseMatcher, CapitalisedWordsExactAppliesToOneWordPhrases) {
  PhraseMatcher venues(CaseRule::capitalised_words_exact);
  venues.add("Nature", 1);
  venues.add("Nature Communications", 2);
  EXPECT_EQ(matched_text(venues, "Published in Nature, 2023"), std::vector<std::string>{"Nature"});
  EXPECT_TRUE(venues.find_all("on the nature of things").empty());
  EXPECT_TRUE(venues.find_all("NATURE").empty());
  // Multi-word names are not common words: any case.
  EXPECT_EQ(matched_text(venues, "nature communications"),
            std::vector<std::string>{"nature communications"});

  // The default rule leaves capitalised one-word phrases case-insensitive.
  PhraseMatcher topics(CaseRule::abbreviations_exact);
  topics.add("Robotics", 1);
  EXPECT_EQ(matched_text(topics, "soft robotics"), std::vector<std::string>{"robotics"});
}

TEST(PhraseMatcher, IgnoreCaseRelaxesCaseRules) {
  PhraseMatcher matcher(CaseRule::capitalised_words_exact);
  matcher.add("MoE", 1);
  matcher.add("Nature", 2);
  EXPECT_TRUE(matcher.find_all("moe nature").empty());
  const auto matches = matcher.find_all("moe nature", /*ignore_case=*/true);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].value, 1);
  EXPECT_EQ(matches[1].value, 2);
}

TEST(PhraseMatcher, LongestMatchWinsAtEachPosition) {
  PhraseMatcher matcher;
  matcher.add("machine translation", 1);
  matcher.add("neural machine translation", 2);
  matcher.add("translation quality", 3);
  const std::string text = "neural machine translation quality";
  const auto matches = matcher.find_all(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].value, 2);
  EXPECT_EQ(matches[0].words, 3u);
  EXPECT_EQ(matches[0].begin, 0u);
  EXPECT_EQ(matches[0].end, text.find(" quality"));
}

TEST(PhraseMatcher, MatchesAreLeftmostAndDoNotOverlap) {
  PhraseMatcher matcher;
  matcher.add("a b", 1);
  matcher.add("b c", 2);
  matcher.add("c", 3);
  const auto matches = matcher.find_all("a b c b c");
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].value, 1);
  EXPECT_EQ(matches[1].value, 3);
  EXPECT_EQ(matches[2].value, 2);
}

TEST(PhraseMatcher, LongerPatternFallsBackToShorterAtEndOfText) {
  PhraseMatcher matcher;
  matcher.add("graph neural networks", 1);
  matcher.add("graph", 2);
  EXPECT_EQ(matched_text(matcher, "we study the graph neural"), std::vector<std::string>{"graph"});
  EXPECT_EQ(matched_text(matcher, "Graph Neural Networks"),
            std::vector<std::string>{"Graph Neural Networks"});
}

TEST(PhraseMatcher, ReportsByteOffsetsAfterNonAsciiText) {
  PhraseMatcher matcher;
  matcher.add("speech recognition", 4);
  // Text reaches the matcher normalised (ASCII quotes), but names keep their accents.
  const std::string text = "Jürgen — works on \"speech-recognition\".";
  const auto matches = matcher.find_all(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin), "speech-recognition");
}

TEST(PhraseMatcher, EmptyPhrasesAreIgnored) {
  PhraseMatcher matcher;
  matcher.add("", 1);
  matcher.add(" -- ", 2);
  EXPECT_TRUE(matcher.find_all("-- anything --").empty());
  EXPECT_FALSE(matcher.match_whole("").has_value());
  EXPECT_FALSE(matcher.match_whole(" -- ").has_value());
}

TEST(PhraseMatcher, FirstRegistrationOfAPhraseWins) {
  PhraseMatcher matcher;
  matcher.add("IEEE-TIP", 1);
  matcher.add("IEEE TIP", 2);
  const auto matches = matcher.find_all("(IEEE TIP)");
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].value, 1);
}

TEST(PhraseMatcher, MatchWholeIgnoresCaseAndNeedsTheWholeText) {
  PhraseMatcher matcher;
  matcher.add("MoE", 1);
  matcher.add("mixture of experts", 2);
  EXPECT_EQ(matcher.match_whole("moe"), 1);
  EXPECT_EQ(matcher.match_whole("  Mixtures-of-Experts "), 2);
  EXPECT_FALSE(matcher.match_whole("mixture of experts models").has_value());
  EXPECT_FALSE(matcher.match_whole("sparse moe").has_value());
  EXPECT_FALSE(matcher.match_whole("mixture of").has_value());
}

// find_all skips the words its first-word filter rules out: with more first
// words than the filter has bits to spare, every phrase must still be found
// (as its folded, plural and capitalised forms), and only those.
TEST(PhraseMatcher, EveryPhraseIsFoundAmongManyFirstWords) {
  PhraseMatcher matcher;
  constexpr int kPhrases = 20000;
  for (int i = 0; i < kPhrases; ++i) matcher.add("Topic" + std::to_string(i) + " Models", i);
  for (int i = 0; i < kPhrases; ++i) {
    const std::string text = "a topic" + std::to_string(i) + " model b";
    const auto matches = matcher.find_all(text);
    ASSERT_EQ(matches.size(), 1u) << text;
    EXPECT_EQ(matches[0].value, i) << text;
  }
  EXPECT_TRUE(matcher.find_all("topic" + std::to_string(kPhrases) + " model").empty());
}

TEST(PhraseMatcher, EmptyMatcherFindsNothing) {
  const PhraseMatcher matcher;
  EXPECT_TRUE(matcher.find_all("anything at all").empty());
  EXPECT_FALSE(matcher.match_whole("anything").has_value());
}

}  // namespace
}  // namespace savant::schema
