// SPDX-License-Identifier: MIT
// Picks the researcher's name out of the first lines of a document.
#include "indexer/extract/name_finder.hpp"

#include "indexer/extract/sections.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/text_normalizer.hpp"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace savant::indexer::detail {
namespace {

// The name is near the top; further down, two capitalised words are anything.
constexpr std::size_t kMaxLinesScanned = 15;
// A name with nothing else speaking for it must be among the very first lines.
constexpr std::size_t kMaxPlainLine = 3;

constexpr std::string_view kParticles[] = {"van", "von",   "de", "der", "den", "da",  "di",
                                           "del", "della", "le", "la",  "du",  "bin", "binti",
                                           "al",  "el",    "y",  "dos", "das", "ten", "ter"};

// Words of page furniture, document titles and organisations, never of a person's name.
constexpr std::string_view kNotNameWords[] = {
    "curriculum", "vitae",        "resume",      "résumé",       "cv",          "researcher",
    "profile",    "personal",     "page",        "google",       "scholar",     "home",
    "homepage",   "about",        "contact",     "publications", "university",  "institute",
    "college",    "school",       "department",  "lab",          "laboratory",  "research",
    "science",    "sciences",     "engineering", "computer",     "email",       "e-mail",
    "phone",      "address",      "website",     "github",       "linkedin",    "twitter",
    "blog",       "welcome",      "hello",       "news",         "professor",   "student",
    "candidate",  "phd",          "ph.d.",       "postdoc",      "scientist",   "engineer",
    "the",        "and",          "of",          "for",          "with",        "open",
    "full",       "log",          "claim",       "follow",       "trust",       "learning",
    "machine",    "intelligence", "artificial",  "data",         "group",       "center",
    "centre",     "academy",      "inc",         "ltd",          "company",     "china",
    "usa",        "singapore",    "menu",        "search",       "skip",        "navigation",
    "content",    "download",     "pdf",         "updated",      "last",        "copyright",
    "all",        "rights",       "language",    "languages",    "processing",  "vision",
    "systems",    "networks",     "robotics",    "statistics",   "mathematics", "physics",
    "biology",    "economics",    "theory",      "analysis"};

bool is_particle(std::string_view word) {
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// "Z." / "J." initials; "Jean-Pierre", "O'Neil", "XUE" words.
bool is_name_word(std::string_view word) {
  if (word.size() <= 3 && word.size() >= 2 && word.back() == '.') {
    return starts_upper(word.substr(0, word.size() - 1));
  }
  if (!starts_upper(word)) return false;
  for (unsigned char c : word) {
    if (c < 0x80 && !std::isalpha(c) && c != '-' && c != '\'') return false;
  }
  return true;
}

// Credentials after a name: "Jane Doe, PhD", "Jane Doe Ph.D.".
std::string_view strip_credentials(std::string_view text) {
  for (std::string_view suffix :
       {", PhD", ", Ph.D.", ", Ph.D", " PhD", " Ph.D.", ", MD", ", MSc"}) {
    if (text.size() > suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix)) {
      return trim(text.substr(0, text.size() - suffix.size()));
    }
  }
  return text;
}

// Parts of a line that may each be a name: "Jane Doe | jane@x.org | Boston".
std::vector<std::string_view> line_parts(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool cut = i == text.size() || text[i] == '|';
    std::size_t skip = 1;
    if (!cut && text.substr(i, 3) == " - ") {
      cut = true;
      skip = 3;
    }
    if (!cut && (text.substr(i, 2) == "\u00B7" || text.substr(i, 3) == "\u2022")) {
      cut = true;
      skip = text[i] == '\xC2' ? 2 : 3;
    }
    if (!cut) continue;
    std::string_view part = strip_credentials(trim(text.substr(start, i - start)));
    if (!part.empty()) parts.push_back(part);
    start = i + skip;
    i = start - 1;
  }
  return parts;
}

// How strongly the e-mail local parts agree with `key` (a match_key of the name).
bool agrees_with_email(std::string_view key, const std::vector<std::string>& emails) {
  for (const std::string& email : emails) {
    std::string local = email.substr(0, email.find('@'));
    for (std::string_view word : split_words(key)) {
      if (word.size() >= 3 && local.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

std::size_t count_mentions(std::string_view text, std::string_view name) {
  std::size_t count = 0;
  for (std::size_t at = ifind(text, name); at != std::string_view::npos;
       at = ifind(text, name, at + name.size())) {
    ++count;
  }
  return count;
}

// "张伟", "山田 太郎", "김민준": names in scripts without letter case or spaces
// between given and family name, 2-6 ideographs or syllables in at most two words.
bool looks_like_cjk_name(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int characters = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c == ' ') continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || (script != USCRIPT_HAN && script != USCRIPT_HANGUL &&
                              script != USCRIPT_HIRAGANA && script != USCRIPT_KATAKANA)) {
      return false;
    }
    ++characters;
  }
  return characters >= 2 && characters <= 6 && split_words(text).size() <= 2;
}

}  // namespace

bool looks_like_person_name(std::string_view text) {
  text = trim(text);
  if (looks_like_cjk_name(text)) return true;
  if (text.empty() || has_digit(text) ||
      text.find_first_of("@:/,;()[]{}<>|!?") != std::string_view::npos) {
    return false;
  }
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = to_lower(words[i]);
    bool inner = i > 0 && i + 1 < words.size();
    if (inner && is_particle(lower)) continue;
    if (!is_name_word(words[i])) return false;
    if (std::find(std::begin(kNotNameWords), std::end(kNotNameWords), lower) !=
        std::end(kNotNameWords)) {
      return false;
    }
  }
  // A surname is not an initial, and section names are not names.
  if (words.back().back() == '.') return false;
  return !classify_heading(text).has_value();
}

std::string find_name(std::span<const Line> preamble, const std::vector<std::string>& emails,
                      std::string_view full_text) {
  std::string best;
  int best_score = 0;
  std::size_t scanned = 0;
  for (const Line& line : preamble) {
    if (++scanned > kMaxLinesScanned) break;
    // List items are topics and links, not the page's title.
    if (line.is_bullet()) continue;
    for (std::string_view part : line_parts(line.text)) {
      if (!looks_like_person_name(part)) continue;
      std::string display = schema::display_case_name(part);
      std::string key = schema::match_key(display);
      int score = 100 - 3 * static_cast<int>(scanned);
      bool styled = line.is_heading() || line.bold;
      bool agrees = agrees_with_email(key, emails);
      // Pages repeat their subject's name ("Simiao Zuo contributes to ...").
      std::size_t mentions = count_mentions(full_text, part);
      std::size_t repeats = mentions > 0 ? mentions - 1 : 0;
      // Further down, two capitalised words on a line are as likely a room or a
      // topic as a name: they need support.
      if (!styled && !agrees && repeats == 0 && scanned > kMaxPlainLine) continue;
      score += (styled ? 20 : 0) + (agrees ? 40 : 0);
      score += 10 * static_cast<int>(std::min<std::size_t>(repeats, 3));
      if (score > best_score) {
        best_score = score;
        best = display;
      }
    }
  }
  return best;
}

}  // namespace savant::indexer::detail
