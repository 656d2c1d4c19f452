// SPDX-License-Identifier: MIT
// Word-by-word spelling correction of the free text of a query.
#include "searcher/spelling.hpp"

#include <cctype>

namespace savant::searcher {
namespace {

bool is_word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool is_query_operator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR";
}

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<std::string> suggest_spelling(std::string_view query, const Vocabulary& vocabulary,
                                            const schema::Taxonomy& taxonomy) {
  std::string out;
  bool changed = false;
  bool in_quotes = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes || !is_word_char(c)) {
      out += c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && (is_word_char(query[end]) ||
                                  static_cast<unsigned char>(query[end]) >= 0x80)) {
      ++end;
    }
    std::string_view word = query.substr(i, end - i);
    const bool field_name = end < query.size() && query[end] == ':';
    const bool field_value = i > 0 && query[i - 1] == ':';
    const bool joined_to_digits = end < query.size() && std::isdigit(static_cast<unsigned char>(query[end]));
    std::optional<std::string> fix;
    // A topic alias ("NeRF", "GNNs") is a word savant knows even when no
    // document spells it that way.
    const bool topic_word = !taxonomy.find_in(word, /*ignore_case=*/true).empty();
    if (!field_name && !field_value && !joined_to_digits && !is_query_operator(word) &&
        !topic_word) {
      fix = vocabulary.closest(lower(word));
    }
    if (fix) {
      out += *fix;
      changed = true;
    } else {
      out += word;
    }
    i = end;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace savant::searcher
