// SPDX-License-Identifier: MIT
// The venue alias table: parsing venues.tsv and naming the venue of a line.
#include "schema/table_text.hpp"
#include "schema/venues.hpp"

#include "schema/embedded_data.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace savant::schema {
namespace {

using detail::fail;
using detail::id_key;
using detail::split;
using detail::trim;

constexpr std::string_view kKinds[] = {"conference", "journal", "preprint", "workshop"};

bool mentions_findings(std::string_view line) {
  for (const Token& token : tokenize(line)) {
    if (token.text.size() == 8 && id_key(token.text) == "findings") return true;
  }
  return false;
}

// A workshop (or workshops) named on the line outside the venue's own mention:
// "GRaM Workshop @ ICML", "ICML 2024 Workshop on ...", "CVPR Workshops".
bool mentions_workshop_outside(std::string_view line, std::size_t begin, std::size_t end) {
  for (const Token& token : tokenize(line)) {
    if (token.begin >= begin && token.end <= end) continue;
    const std::string key = id_key(token.text);
    if (key == "workshop" || key == "workshops") return true;
  }
  return false;
}

// "CVFAD@CVPR'21", "AdvML@KDD'21", "GRaM @ ICML": a name, '@', then the venue
// mention: the event named first is held at the venue.
bool hosted_at(std::string_view line, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && line[i - 1] == ' ') --i;
  if (i == 0 || line[i - 1] != '@') return false;
  --i;
  while (i > 0 && line[i - 1] == ' ') --i;
  return i > 0 && line[i - 1] != ' ';
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Characters that join a word to its neighbour into one name: "Computer Science",
// "Science-Based", "Science & Technology". Other punctuation ends a name.
bool is_joiner(char c) { return c == ' ' || c == '-' || c == '&'; }

// The word joined by spaces, hyphens or '&' to a name that starts at byte `at`,
// or empty when punctuation or the start of the text intervenes.
std::string_view joined_word_before(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i > 0 && is_joiner(text[i - 1])) --i;
  if (i == at || i == 0 || !is_word_byte(text[i - 1])) return {};
  const std::size_t end = i;
  while (i > 0 && is_word_byte(text[i - 1])) --i;
  return text.substr(i, end - i);
}

// The same for the word after a name that ends at byte `at`.
std::string_view joined_word_after(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && is_joiner(text[i])) ++i;
  if (i == at || i == text.size() || !is_word_byte(text[i])) return {};
  const std::size_t begin = i;
  while (i < text.size() && is_word_byte(text[i])) ++i;
  return text.substr(begin, i - begin);
}

bool starts_upper(std::string_view word) {
  return !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
}

// True for a capitalised ordinary word ("Nature", "Science", "Cell", "Sciences").
bool is_capitalised_word(std::string_view word) {
  if (word.size() < 2 || !starts_upper(word)) return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Journals named by one capitalised word ("Nature", "Science", "Cell") are also
// part of longer names: "Computer Science", "University of Science and
// Technology", "Chinese Academy of Sciences", "National Science Foundation",
// "Stem Cell", "The Nature of ...". Such a word names the journal only when it
// stands alone: not joined to a capitalised word (other than "In", as in "In
// Nature"), not after "of" and not before "and" or "of".
bool is_part_of_longer_name(std::string_view line, const PhraseMatcher::Match& match) {
  const std::string_view before = joined_word_before(line, match.begin);
  const std::string_view after = joined_word_after(line, match.end);
  if (starts_upper(before) && before != "In") return true;
  if (before == "of" || before == "Of") return true;
  if (starts_upper(after)) return true;
  return after == "and" || after == "of";
}

}  // namespace

const VenueTable& VenueTable::builtin() {
  // A function-local static: parsed once, on first use, thread-safely.
  static const VenueTable table = parse(embedded::venues_tsv, "schema/data/venues.tsv");
  return table;
}

VenueTable VenueTable::parse(std::string_view tsv, std::string_view origin) {
  VenueTable table;
  std::unordered_map<std::string, std::size_t> line_of_id;
  std::size_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    const std::vector<std::string_view> fields = split(content, '\t');
    if (fields.size() < 3) {
      fail(origin, line_no,
           fmt::format("expected id<TAB>label<TAB>kind<TAB>aliases, found {} field(s)",
                       fields.size()));
    }
    if (fields.size() > 5) {
      fail(origin, line_no, fmt::format("expected at most 5 fields, found {}", fields.size()));
    }
    Venue venue;
    venue.id = std::string(trim(fields[0]));
    venue.label = std::string(trim(fields[1]));
    venue.kind = std::string(trim(fields[2]));
    if (venue.id.empty()) fail(origin, line_no, "empty id");
    if (venue.label.empty()) fail(origin, line_no, fmt::format("empty label for '{}'", venue.id));
    if (std::find(std::begin(kKinds), std::end(kKinds), venue.kind) == std::end(kKinds)) {
      fail(origin, line_no,
           fmt::format("unknown kind '{}' (expected conference, journal, preprint or workshop)",
                       venue.kind));
    }
    const std::string key = id_key(venue.id);
    if (auto [it, inserted] = line_of_id.emplace(key, line_no); !inserted) {
      fail(origin, line_no,
           fmt::format("duplicate id '{}' (first defined on line {})", venue.id, it->second));
    }
    if (fields.size() >= 4) {
      for (std::string_view alias : split(fields[3], '|')) {
        alias = trim(alias);
        if (!alias.empty()) venue.aliases.emplace_back(alias);
      }
    }
    if (fields.size() == 5) {
      for (std::string_view topic : split(fields[4], '|')) {
        topic = trim(topic);
        if (!topic.empty()) venue.topics.emplace_back(topic);
      }
    }
    table.by_id_.emplace(key, table.venues_.size());
    table.venues_.push_back(std::move(venue));
  }

  // Venue ids are written the way researchers write the venue ("NeurIPS",
  // "ICLR"), so unlike topic ids they are matched in text too.
  for (std::size_t i = 0; i < table.venues_.size(); ++i) {
    const Venue& venue = table.venues_[i];
    const int value = static_cast<int>(i);
    table.matcher_.add(venue.id, value);
    table.matcher_.add(venue.label, value);
    for (const std::string& alias : venue.aliases) table.matcher_.add(alias, value);
  }
  return table;
}

const Venue* VenueTable::find(std::string_view name) const {
  if (auto it = by_id_.find(id_key(name)); it != by_id_.end()) return &venues_[it->second];
  const std::optional<int> value = matcher_.match_whole(name);
  if (!value) return nullptr;
  return &venues_[static_cast<std::size_t>(*value)];
}

VenueTable::Mention VenueTable::best_mention(std::string_view line) const {
  // The longest mention is the most specific ("Findings of the Association for
  // Computational Linguistics: EMNLP" over "EMNLP"); on a tie the first wins.
  const PhraseMatcher::Match* best = nullptr;
  const std::vector<PhraseMatcher::Match> matches = matcher_.find_all(line);
  for (const PhraseMatcher::Match& match : matches) {
    if (best != nullptr && match.words <= best->words) continue;
    const Venue& venue = venues_[static_cast<std::size_t>(match.value)];
    if (match.words == 1 && venue.kind == "journal" &&
        is_capitalised_word(line.substr(match.begin, match.end - match.begin)) &&
        is_part_of_longer_name(line, match)) {
      continue;
    }
    best = &match;
  }
  if (best == nullptr) return {};
  // A workshop held at a conference is not the conference: its papers must not
  // count for `--venue ICML`. The table's own workshops (SemEval, "Workshop on
  // Statistical Machine Translation") name the word inside their mention.
  const Venue& chosen = venues_[static_cast<std::size_t>(best->value)];
  if (chosen.kind != "workshop" &&
      (mentions_workshop_outside(line, best->begin, best->end) || hosted_at(line, best->begin))) {
    return {};
  }
  Mention mention{&venues_[static_cast<std::size_t>(best->value)], best->begin, best->end};
  // "Findings of The 2022 Conference on Empirical Methods in ... (EMNLP 2022)"
  // names EMNLP in full; the word "Findings" makes it the Findings track.
  if (mentions_findings(line)) {
    if (auto it = by_id_.find(id_key(mention.venue->id + "-Findings")); it != by_id_.end()) {
      mention.venue = &venues_[it->second];
    }
  }
  return mention;
}

const Venue* VenueTable::identify(std::string_view line) const { return best_mention(line).venue; }

std::pair<std::size_t, std::size_t> VenueTable::locate(std::string_view line) const {
  const Mention mention = best_mention(line);
  if (mention.venue == nullptr) return {std::string_view::npos, std::string_view::npos};
  return {mention.begin, mention.end};
}

}  // namespace savant::schema
