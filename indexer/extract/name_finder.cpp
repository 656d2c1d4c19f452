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

constexpr std::string_view kNameParticles[] = {"van", "von",   "de", "der", "den", "da",  "di",
                                               "del", "della", "le", "la",  "du",  "bin", "binti",
                                               "al",  "el",    "y",  "dos", "das", "ten", "ter"};

// Words of page furniture, document titles and organisations, never of a person's name.
constexpr std::string_view kNotPersonNameWords[] = {
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

bool is_name_particle(std::string_view word) {
  return std::find(std::begin(kNameParticles), std::end(kNameParticles), word) !=
         std::end(kNameParticles);
}

// "Z." / "J." initials; "Jean-Pierre", "O'Neil", "XUE" words.
bool is_name_candidate_word(std::string_view word) {
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

// Academic titles before a name: "Dr.-Ing. Maximilian Raff", "Prof. Dr. Jane Doe".
std::string_view strip_titles(std::string_view text) {
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view title : {"Dr.-Ing. ", "Dr.-Ing ", "Dr. ", "Dr ", "Prof. ", "Prof ",
                                   "Professor ", "PD Dr. ", "Mr. ", "Ms. ", "Mrs. "}) {
      if (text.size() > title.size() && text.substr(0, title.size()) == title) {
        text = trim(text.substr(title.size()));
        again = true;
      }
    }
  }
  return text;
}

bool is_cjk_char(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HANGUL ||
                               script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA);
}

// A Latin-script name followed by the same name in CJK script, bare or in
// parentheses: "Yiping Wang 王宜平", "Shizhu He (何世柱)". The Latin form is the
// one the person's other documents use, so it is the name.
std::string_view strip_cjk_suffix(std::string_view text) {
  std::size_t cut = text.size();
  while (cut > 0) {
    std::size_t space = text.find_last_of(' ', cut - 1);
    if (space == std::string_view::npos) break;
    std::string_view word = trim_chars(text.substr(space + 1, cut - space - 1), "()");
    if (word.empty()) break;
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    const auto length = static_cast<int32_t>(word.size());
    bool all_cjk = true;
    for (int32_t i = 0; i < length && all_cjk;) {
      UChar32 c = 0;
      U8_NEXT(bytes, i, length, c);
      all_cjk = is_cjk_char(c);
    }
    if (!all_cjk) break;
    cut = space;
  }
  return cut == text.size() ? text : trim(text.substr(0, cut));
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
    std::string_view part =
        strip_cjk_suffix(strip_titles(strip_credentials(trim(text.substr(start, i - start)))));
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

// "Zhaoheng (Billy) Li", "Yi Ru (Helen) Wang": the name without the nickname.
std::string without_nickname(std::string_view text) {
  std::size_t open = text.find(" (");
  std::size_t close = text.find(") ", open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos || close - open > 20) {
    return std::string(text);
  }
  std::string_view inner = text.substr(open + 2, close - open - 2);
  if (inner.empty() || split_words(inner).size() != 1) return std::string(text);
  return std::string(text.substr(0, open)) + std::string(text.substr(close + 1));
}

bool looks_like_person_name(std::string_view text) {
  text = trim(text);
  if (looks_like_cjk_name(text)) return true;
  if (text.find(" (") != std::string_view::npos) {
    std::string plain = without_nickname(text);
    return plain != text && looks_like_person_name(plain);
  }
  if (text.empty() || has_digit(text) ||
      text.find_first_of("@:/,;()[]{}<>|!?") != std::string_view::npos) {
    return false;
  }
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string lower = to_lower(words[i]);
    bool inner = i > 0 && i + 1 < words.size();
    if (inner && is_name_particle(lower)) continue;
    if (!is_name_candidate_word(words[i])) return false;
    if (std::find(std::begin(kNotPersonNameWords), std::end(kNotPersonNameWords), lower) !=
        std::end(kNotPersonNameWords)) {
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
  if (best.empty()) {
    for (const Line& line : preamble) {
      if (line.is_bullet() || line.text.empty()) continue;
      best = biography_subject(line.text);
      break;
    }
  }
  return best;
}

std::string biography_subject(std::string_view sentence) {
  constexpr std::string_view kVerbs[] = {"is",     "was",   "has",   "received", "works",
                                         "joined", "holds", "leads", "earned",   "obtained"};
  std::vector<std::string_view> words = split_words(sentence);
  if (words.size() < 6) return {};
  for (std::size_t k = 2; k <= 4 && k < words.size(); ++k) {
    if (std::find(std::begin(kVerbs), std::end(kVerbs), words[k]) == std::end(kVerbs)) continue;
    std::string_view subject(
        words.front().data(),
        static_cast<std::size_t>(words[k - 1].data() + words[k - 1].size() - words.front().data()));
    return looks_like_person_name(subject) ? schema::display_case_name(subject) : std::string();
  }
  return {};
}

}  // namespace savant::indexer::detail
