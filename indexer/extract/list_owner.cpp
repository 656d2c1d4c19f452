// SPDX-License-Identifier: MIT
// Works out who a publication list belongs to from its author lines.
#include "indexer/extract/list_owner.hpp"

#include "indexer/extract/authors.hpp"
#include "indexer/extract/dates.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace savant::indexer::detail {
namespace {


// Fewer lines than this say nothing about who the list belongs to.
constexpr std::size_t kMinLines = 3;

// Where the author list ends: at the year, the quoted title or a colon.
std::size_t author_part_end(std::string_view s) {
  std::size_t cut = s.find_first_of(":\"");
  for (std::string_view mark : {"\u201C", "\u00AB"}) cut = std::min(cut, s.find(mark));
  std::vector<YearHit> years = find_years(s);
  if (!years.empty()) cut = std::min(cut, years.front().begin);
  return cut;
}

// Next separator between names: ",", ";", " and ", " & ", " et " (French lists).
std::size_t next_owner_separator(std::string_view s, std::size_t from, std::size_t& length) {
  std::size_t best = std::string_view::npos;
  length = 0;
  for (std::string_view sep : {",", ";", " and ", " & ", " et "}) {
    std::size_t at = s.find(sep, from);
    if (at < best) {
      best = at;
      length = sep.size();
    }
  }
  return best;
}

struct OwnerPiece {
  std::string text;
  bool bold = false;
};

OwnerPiece read_owner_piece(std::string_view raw) {
  OwnerPiece piece;
  std::string_view s = trim(raw);
  for (std::string_view lead : {"and ", "& ", "et "}) {
    if (s.substr(0, lead.size()) == lead) s = trim(s.substr(lead.size()));
  }
  piece.bold = s.find("**") != std::string_view::npos || s.find("__") != std::string_view::npos;
  std::string text;
  for (char c : s) {
    if (c != '*' && c != '_') text += c;
  }
  const std::string collapsed = collapse_spaces(text);
  std::string_view view = trim_chars(collapsed, " \\");
  // A sentence's period goes; an initial's stays ("Ajayi, M.").
  while (!view.empty() && view.back() == '.' && split_words(view).back().size() > 2) {
    view = trim_chars(view.substr(0, view.size() - 1), " \\");
  }
  piece.text = std::string(view);
  return piece;
}

bool is_single_word(std::string_view text) { return split_words(text).size() == 1; }

// "M.", "B. N.", "Moyo", "Jill-Jênn": what stands after the comma of "Surname, Given".
bool is_given_part(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.empty() || words.size() > 2) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    std::string_view bare = trim_chars(w, ".");
    return !bare.empty() && starts_upper(bare);
  });
}

}  // namespace

std::vector<LineAuthor> bibliography_authors(std::string_view content) {
  std::string cleaned = strip_links_and_html(content);
  std::string_view s = trim(cleaned);
  s = trim_chars(s.substr(0, std::min(s.size(), author_part_end(s))), " .,;(\\");
  std::vector<OwnerPiece> pieces;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t length = 0;
    std::size_t sep = next_owner_separator(s, pos, length);
    OwnerPiece piece = read_owner_piece(
        s.substr(pos, sep == std::string_view::npos ? std::string_view::npos : sep - pos));
    // "Bray, N., ... & Guerin, M.": elided authors leave a piece without letters.
    if (count_letters(piece.text) > 0) {
      pieces.push_back(std::move(piece));
    }
    if (sep == std::string_view::npos) break;
    pos = sep + length;
  }
  std::vector<LineAuthor> authors;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    LineAuthor author{pieces[i].text, pieces[i].bold};
    if (to_lower(author.name) == "et al" || to_lower(author.name) == "al") continue;
    if (is_single_word(author.name) && i + 1 < pieces.size() && is_given_part(pieces[i + 1].text)) {
      // "Ajayi, Moyo" -> "Moyo Ajayi".
      author.name = pieces[i + 1].text + " " + author.name;
      author.bold = author.bold || pieces[i + 1].bold;
      ++i;
    }
    if (!looks_like_person_name(author.name)) return {};
    authors.push_back(std::move(author));
  }
  return authors;
}

std::string publication_list_owner(std::span<const Line> lines) {
  struct Person {
    std::string spelling;
    std::size_t lines = 0;
    std::size_t bold = 0;
  };
  std::vector<Person> people;
  std::size_t author_lines = 0;
  for (const Line& line : lines) {
    std::vector<LineAuthor> authors = bibliography_authors(line.content);
    if (authors.empty()) continue;
    ++author_lines;
    std::vector<std::size_t> seen;  // count each person once per line
    for (const LineAuthor& author : authors) {
      auto it = std::find_if(people.begin(), people.end(),
                             [&](const Person& p) { return same_person(p.spelling, author.name); });
      if (it == people.end()) {
        people.push_back({author.name, 0, 0});
        it = people.end() - 1;
      }
      auto index = static_cast<std::size_t>(it - people.begin());
      if (std::find(seen.begin(), seen.end(), index) != seen.end()) continue;
      seen.push_back(index);
      ++it->lines;
      it->bold += author.bold ? 1 : 0;
      // The fullest spelling: "Moyo Ajayi" over "M. Ajayi".
      if (count_letters(author.name) > count_letters(it->spelling)) it->spelling = author.name;
    }
  }
  if (author_lines < kMinLines) return {};
  const Person* best = nullptr;
  for (const Person& person : people) {
    if (best == nullptr ||
        std::tie(person.lines, person.bold) > std::tie(best->lines, best->bold)) {
      best = &person;
    }
  }
  if (best == nullptr) return {};
  bool on_most = best->lines >= kMinLines && best->lines * 4 >= author_lines * 3;
  bool marked = best->bold >= kMinLines;
  if (!on_most && !marked) return {};
  return schema::display_case_name(best->spelling);
}

}  // namespace savant::indexer::detail
