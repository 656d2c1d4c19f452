// SPDX-License-Identifier: MIT
// The function words, as written and as stems, and those a query asks for.
#include "searcher/function_words.hpp"

#include <algorithm>
#include <cctype>

namespace savant::searcher {
namespace {

bool is_operator_word(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" ||
         word == "ADJ";
}

bool is_word_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '_';
}

bool all_capitals(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) != 0;
         });
}

}  // namespace

bool is_function_word(std::string_view word) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end();
}

bool is_function_word_stem(std::string_view stem) {
  // Built once, thread-safe: the stemmer is not shared with any caller.
  static const std::set<std::string, std::less<>> kStems = [] {
    Xapian::Stem stemmer("english");
    std::set<std::string, std::less<>> stems;
    for (std::string_view word : kFunctionWords) stems.insert(stemmer(std::string(word)));
    return stems;
  }();
  return kStems.find(stem) != kStems.end();
}

std::set<std::string> function_words_asked_for(std::string_view query,
                                               const Xapian::Stem& stemmer) {
  // In a query typed all in capitals, capitals say nothing.
  const bool has_lower_case = std::any_of(query.begin(), query.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) != 0;
  });
  std::set<std::string> asked;
  bool required_field = false;  // the word follows `+field:`
  std::size_t i = 0;
  while (i < query.size()) {
    if (!is_word_character(query[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < query.size() && is_word_character(query[i])) ++i;
    const std::string_view word = query.substr(start, i - start);
    const bool required =
        (start > 0 && query[start - 1] == '+') || (required_field && query[start - 1] == ':');
    required_field = required && i < query.size() && query[i] == ':';
    if (!required && !(has_lower_case && all_capitals(word) && !is_operator_word(word))) continue;
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (is_function_word(lower)) asked.insert(stemmer(lower));
  }
  return asked;
}

}  // namespace savant::searcher
