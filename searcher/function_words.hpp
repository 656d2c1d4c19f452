// SPDX-License-Identifier: MIT
// The function words: the one list both the query and the spelling
// suggestions use (docs/ARCHITECTURE.md, "Function words").
#pragma once

#include <xapian.h>

#include <array>
#include <set>
#include <string>
#include <string_view>

namespace savant::searcher {

/// Words a search for expertise never means by themselves. A query leaves
/// them out beside another word (query_builder.cpp): the first ten below
/// (a ... with) are each in 11-49% of the evidence units of corpus/, so
/// requiring one matched almost the same units while the AND skipped through
/// its posting list at every match; the rest are in under 10%, so
/// requiring one ("researchers who ...") left almost nothing, and the relaxed
/// retry's OR then matched units holding only it. The spelling suggestions
/// never offer one: "wavs" is not "was". Lower case, as written.
inline constexpr std::array<std::string_view, 60> kFunctionWords = {
    // The commonest: in 11-49% of the units of corpus/.
    "a", "an", "and", "for", "in", "of", "on", "the", "to", "with",
    // The rest: in under 10%.
    "about", "after", "all", "also", "any", "are", "been", "but", "can", "could", "from", "had",
    "has", "have", "her", "his", "how", "into", "its", "may", "more", "most", "not", "our", "she",
    "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
    "those", "very", "was", "were", "what", "when", "where", "which", "while", "who", "will",
    "would", "you", "your"};

/// Whether `word` (lower case, as written) is one of kFunctionWords.
bool is_function_word(std::string_view word);

/// Whether `stem` (without prefix) is the English stem of one of
/// kFunctionWords ("veri" for "very"; most are their own stem). The query
/// has stems only, so this is what the query builder can ask.
bool is_function_word_stem(std::string_view stem);

/// The stems of the function words `query` asks for itself, which it keeps
/// even beside other words: typed with `+` (`+of`), or in capitals in a
/// query that has lower-case letters too, as an acronym is (`WHO guidelines`,
/// `CAN bus`, `ALL leukemia`). The operators AND, NOT, ... are not words.
std::set<std::string> function_words_asked_for(std::string_view query, const Xapian::Stem& stemmer);

}  // namespace savant::searcher
