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

// Where an unquoted field value that starts at `from` ends: at white space
// or a closing bracket, as Xapian's QueryParser reads a prefixed term.
std::size_t field_value_end(std::string_view query, std::size_t from) {
  if (from < query.size() && query[from] == '"') return from;
  std::size_t end = from;
  while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) &&
         query[end] != ')') {
    ++end;
  }
  return end;
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
    while (end < query.size() &&
           (is_word_char(query[end]) || static_cast<unsigned char>(query[end]) >= 0x80)) {
      ++end;
    }
    std::string_view word = query.substr(i, end - i);
    const bool field_name = end < query.size() && query[end] == ':';
    if (field_name) {
      // A field's value is the whole token after `field:`, not its first
      // word: `email:x@lab.example.org` must not become `...examples.org`.
      // A quoted value is left to the quote handling above.
      end = field_value_end(query, end + 1);
      out += query.substr(i, end - i);
      i = end;
      continue;
    }
    const bool joined_to_digits =
        end < query.size() && std::isdigit(static_cast<unsigned char>(query[end]));
    std::optional<std::string> fix;
    // A topic alias ("NeRF", "GNNs") is a word savant knows even when no
    // document spells it that way.
    const bool topic_word = !taxonomy.find_in(word, /*ignore_case=*/true).empty();
    if (!joined_to_digits && !is_query_operator(word) && !topic_word) {
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
