// SPDX-License-Identifier: MIT
// Word-by-word spelling correction of the free text of a query.
#include "searcher/spelling.hpp"

#include <cctype>
#include <string>
#include <vector>

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

// A stretch of the query: copied as it is, or a free-text word that may be
// corrected.
struct Piece {
  std::string_view text;
  bool correctable = false;
};

// The query cut into pieces; concatenated they give it back. Quoted phrases,
// fields with their values, operators, topic aliases ("NeRF", "GNNs": words
// savant knows even when no document spells them that way) and words joined
// to digits are not correctable.
std::vector<Piece> pieces_of(std::string_view query, const schema::Taxonomy& taxonomy) {
  std::vector<Piece> pieces;
  bool in_quotes = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes || !is_word_char(c)) {
      pieces.push_back({query.substr(i, 1), false});
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() &&
           (is_word_char(query[end]) || static_cast<unsigned char>(query[end]) >= 0x80)) {
      ++end;
    }
    std::string_view word = query.substr(i, end - i);
    if (end < query.size() && query[end] == ':') {
      // A field's value is the whole token after `field:`, not its first
      // word: `email:x@lab.example.org` must not become `...examples.org`.
      // A quoted value is left to the quote handling above.
      end = field_value_end(query, end + 1);
      pieces.push_back({query.substr(i, end - i), false});
      i = end;
      continue;
    }
    const bool joined_to_digits =
        end < query.size() && std::isdigit(static_cast<unsigned char>(query[end]));
    const bool topic_word = !taxonomy.find_in(word, /*ignore_case=*/true).empty();
    pieces.push_back({word, !joined_to_digits && !is_query_operator(word) && !topic_word});
    i = end;
  }
  return pieces;
}

}  // namespace

std::optional<std::string> suggest_spelling(std::string_view query, const Vocabulary& vocabulary,
                                            const schema::Taxonomy& taxonomy) {
  const std::vector<Piece> pieces = pieces_of(query, taxonomy);
  // The query's known words choose between equally close corrections.
  std::vector<std::string> known;
  for (const Piece& piece : pieces) {
    if (!piece.correctable) continue;
    std::string word = lower(piece.text);
    if (vocabulary.contains(word)) known.push_back(std::move(word));
  }
  std::string out;
  bool changed = false;
  for (const Piece& piece : pieces) {
    std::optional<std::string> fix;
    if (piece.correctable) fix = vocabulary.closest(lower(piece.text), known);
    if (fix) {
      out += *fix;
      changed = true;
    } else {
      out += piece.text;
    }
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace savant::searcher
