// SPDX-License-Identifier: MIT
// Parses author lists and works out the CV owner's place on them.
#include "indexer/extract/authors.hpp"

#include "indexer/extract/line_model.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/ascii.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <cctype>

namespace savant::indexer::detail {
namespace {

constexpr std::string_view kParticles[] = {"van",   "von", "de", "der", "den", "da", "di", "del",
                                           "della", "le",  "la", "du",  "bin", "al", "el", "dos"};

// Words of titles and venues that are capitalised like names but are not:
// keeps "Domain Adaptation, Transfer Learning" from reading as two authors.
constexpr std::string_view kNotNameWords[] = {"learning",
                                              "language",
                                              "languages",
                                              "model",
                                              "models",
                                              "network",
                                              "networks",
                                              "processing",
                                              "vision",
                                              "data",
                                              "system",
                                              "systems",
                                              "analysis",
                                              "adaptation",
                                              "transfer",
                                              "deep",
                                              "neural",
                                              "machine",
                                              "computer",
                                              "science",
                                              "engineering",
                                              "research",
                                              "university",
                                              "training",
                                              "efficient",
                                              "large",
                                              "towards",
                                              "toward",
                                              "via",
                                              "using",
                                              "based",
                                              "generation",
                                              "detection",
                                              "recognition",
                                              "optimization",
                                              "graph",
                                              "graphs",
                                              "transformer",
                                              "transformers",
                                              "attention",
                                              "reinforcement",
                                              "representation",
                                              "representations",
                                              "conference",
                                              "proceedings",
                                              "journal",
                                              "international",
                                              "workshop",
                                              "review",
                                              "under",
                                              "accepted",
                                              "submitted",
                                              "preprint",
                                              "arxiv",
                                              "annual",
                                              "meeting",
                                              "association",
                                              "transactions",
                                              "ieee",
                                              "acm",
                                              "symposium",
                                              "advances",
                                              "intelligence",
                                              "artificial",
                                              "the",
                                              "of",
                                              "for",
                                              "and",
                                              "with",
                                              "in",
                                              "on",
                                              "a",
                                              "an",
                                              "to",
                                              "from",
                                              "is",
                                              "are",
                                              "experts",
                                              "mixture",
                                              "image",
                                              "images",
                                              "video",
                                              "text",
                                              "speech",
                                              "robust",
                                              "robustness",
                                              "scaling",
                                              "sparse",
                                              "dynamic",
                                              "multimodal",
                                              "retrieval",
                                              "search",
                                              "information",
                                              "knowledge",
                                              "reasoning",
                                              "benchmark",
                                              "framework",
                                              "approach",
                                              "method",
                                              "methods",
                                              "study",
                                              "survey",
                                              "inference",
                                              "parallelism",
                                              "sequence",
                                              "theory",
                                              "algorithm",
                                              "algorithms",
                                              "applications",
                                              "application",
                                              "foundation",
                                              "pretraining",
                                              "pre-training"};

bool is_particle(std::string_view word) {
  std::string lower = to_lower(word);
  return std::find(std::begin(kParticles), std::end(kParticles), lower) != std::end(kParticles);
}

bool is_mark_byte_sequence(std::string_view s, std::size_t i, std::size_t& length) {
  // † U+2020 and ‡ U+2021 (E2 80 A0 / E2 80 A1), § U+00A7 (C2 A7).
  if (s.substr(i, 3) == "\u2020" || s.substr(i, 3) == "\u2021") {
    length = 3;
    return true;
  }
  if (s.substr(i, 2) == "\u00A7") {
    length = 2;
    return true;
  }
  length = 0;
  return false;
}

struct Piece {
  std::string name;
  bool marked = false;
  bool bold = false;
};

// Strips emphasis and contribution marks off one comma-separated piece.
Piece read_piece(std::string_view raw) {
  Piece piece;
  std::string_view s = trim(raw);
  if (s.substr(0, 4) == "and ") s = trim(s.substr(4));
  if (s.substr(0, 2) == "& ") s = trim(s.substr(2));
  std::size_t leading_stars = 0;
  while (leading_stars < s.size() && (s[leading_stars] == '*' || s[leading_stars] == '_')) {
    ++leading_stars;
  }
  piece.bold = leading_stars >= 2;
  std::string name;
  std::size_t trailing_stars = 0;
  bool after_text = false;
  for (std::size_t i = leading_stars; i < s.size(); ++i) {
    std::size_t length = 0;
    if (is_mark_byte_sequence(s, i, length)) {
      piece.marked = true;
      i += length - 1;
      continue;
    }
    char c = s[i];
    if (c == '*' || c == '_') {
      if (after_text) ++trailing_stars;
      continue;
    }
    if (c == '^') continue;  // "Name^*" from LaTeX superscripts
    if (c != ' ') {
      // Stars followed by more name ("**Daize** Dong") closed emphasis inside the name.
      trailing_stars = 0;
      after_text = true;
    }
    name += c;
  }
  // "**Daize Dong***": two stars close the bold, the third marks equal contribution.
  if (trailing_stars > leading_stars) piece.marked = true;
  piece.name = std::string(trim_chars(collapse_spaces(name), " ."));
  return piece;
}

bool is_name_word(std::string_view word) {
  std::string_view bare = trim_chars(word, ".");
  if (bare.empty()) return false;
  // Initials: "Z.", "Z", "J.-P."
  if (bare.size() <= 2 && std::isupper(static_cast<unsigned char>(bare[0]))) return true;
  if (!starts_upper(bare)) return false;
  for (unsigned char c : bare) {
    if (c < 0x80 && !std::isalpha(c) && c != '-' && c != '\'' && c != '.') return false;
  }
  std::string lower = to_lower(bare);
  return std::find(std::begin(kNotNameWords), std::end(kNotNameWords), lower) ==
         std::end(kNotNameWords);
}

bool is_et_al(std::string_view name) {
  std::string lower = to_lower(trim_chars(name, " ."));
  return lower == "et al" || lower == "et. al" || lower == "others" || lower == "etc";
}

bool looks_like_author(std::string_view name) {
  if (name.empty() || has_digit(name) || name.find(':') != std::string_view::npos) return false;
  std::vector<std::string_view> words = split_words(name);
  if (words.empty() || words.size() > 5) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 < words.size() && is_particle(words[i])) continue;
    if (!is_name_word(words[i])) return false;
  }
  return true;
}

std::size_t word_count(std::string_view name) { return split_words(name).size(); }

// "C. M", "I", "J.-P.": nothing but initials.
bool is_initials(std::string_view name) {
  std::vector<std::string_view> words = split_words(name);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) {
    std::string_view bare = trim_chars(w, ".-");
    return !bare.empty() && bare.size() <= 2 && std::isupper(static_cast<unsigned char>(bare[0]));
  });
}

// Where a name followed by a sentence splits: "Stan Z. Li. *Under Review ...*" ->
// after "Li." (the period after a one-letter initial does not end a sentence).
std::size_t sentence_end(std::string_view piece) {
  for (std::size_t i = 1; i + 1 < piece.size(); ++i) {
    if (piece[i] != '.' || piece[i + 1] != ' ') continue;
    std::size_t word_start = piece.rfind(' ', i);
    word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
    std::string_view word = trim_chars(piece.substr(word_start, i - word_start), "*_");
    if (word.size() >= 2) return i;
  }
  return std::string_view::npos;
}

// Length of an "et al." that opens `piece` (with what separates it from the rest), or 0.
std::size_t et_al_prefix(std::string_view piece) {
  std::size_t start = piece.size() - trim(piece).size() > 0 ? piece.find_first_not_of(' ') : 0;
  if (start == std::string_view::npos || ifind(piece.substr(start), "et al") != 0) return 0;
  std::size_t end = start + 5;
  while (end < piece.size() && (piece[end] == '.' || piece[end] == ' ' || piece[end] == '*')) ++end;
  return end;
}

// Offset of a "(2024)" in `piece`, or npos.
std::size_t year_in_parentheses(std::string_view piece) {
  for (std::size_t at = piece.find('('); at != std::string_view::npos;
       at = piece.find('(', at + 1)) {
    if (at + 6 <= piece.size() && piece[at + 5] == ')' &&
        std::all_of(piece.begin() + at + 1, piece.begin() + at + 5,
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Next list separator at or after `from`: ",", ";", " and ", " & ".
std::size_t next_separator(std::string_view s, std::size_t from, std::size_t& length) {
  std::size_t best = std::string_view::npos;
  length = 0;
  for (std::string_view sep : {",", ";", " and ", " & "}) {
    std::size_t at = s.find(sep, from);
    if (at < best) {
      best = at;
      length = sep.size();
    }
  }
  return best;
}

std::vector<std::string> key_words(std::string_view name) {
  std::vector<std::string> words;
  const std::string key = schema::match_key(name);  // outlives the views split_words returns
  for (std::string_view w : split_words(key)) words.emplace_back(w);
  return words;
}

}  // namespace

std::optional<AuthorList> parse_author_list(std::string_view content, std::string_view owner) {
  std::string s = strip_links_and_html(content);
  std::string_view view = trim(s);
  for (std::string_view label : {"Authors:", "Author:", "By "}) {
    if (view.substr(0, label.size()) == label) view = trim(view.substr(label.size()));
  }
  // A leading tag ("[CCF-A (SIGMOD)]", "[J3]") ranks or numbers the entry.
  if (!view.empty() && view.front() == '[') {
    std::size_t close = view.find(']');
    if (close != std::string_view::npos && close < 48) view = trim(view.substr(close + 1));
  }
  AuthorList list;
  std::size_t pos = 0;
  bool stopped = false;
  while (pos < view.size() && !stopped) {
    std::size_t sep_length = 0;
    std::size_t sep = next_separator(view, pos, sep_length);
    std::string_view raw = view.substr(pos, sep == std::string_view::npos ? view.npos : sep - pos);
    Piece piece = read_piece(raw);
    if (piece.name.empty() && sep != std::string_view::npos) {
      pos = sep + sep_length;  // ", ," or a lone marker
      continue;
    }
    if (std::size_t et_al = et_al_prefix(raw); et_al > 0 && et_al < raw.size()) {
      // "et al. \"Title\". Venue": the list ends, the citation goes on.
      list.rest = std::string(trim(view.substr(pos + et_al)));
      break;
    }
    if (!looks_like_author(piece.name) && !is_et_al(piece.name)) {
      // "Burbrink F (2024) Pleistocene ...": the year closes the list.
      if (std::size_t year = year_in_parentheses(raw); year != std::string_view::npos) {
        Piece head = read_piece(raw.substr(0, year));
        if (looks_like_author(head.name)) {
          list.names.push_back(head.name);
          list.marked.push_back(head.marked);
          list.bold.push_back(head.bold);
          list.rest = std::string(trim(view.substr(pos + year)));
          break;
        }
      }
      // The last name may run into the next sentence: "Stan Z. Li. *Under Review*".
      std::size_t end = sentence_end(raw);
      if (end == std::string_view::npos) {
        std::size_t italic = raw.find(" *");
        end = italic != std::string_view::npos && italic > 0 ? italic : end;
      }
      if (end != std::string_view::npos) {
        Piece head = read_piece(raw.substr(0, end));
        if (looks_like_author(head.name)) {
          piece = head;
          list.rest = std::string(trim(view.substr(pos + end + 1)));
          stopped = true;
        }
      }
      if (!stopped) {
        list.rest = std::string(trim(view.substr(pos)));
        break;
      }
    }
    if (is_initials(piece.name) && !list.names.empty() && word_count(list.names.back()) == 1) {
      // "French, C. M., Berezin, C. T.": surname and initials were one name.
      list.names.back() = piece.name + " " + list.names.back();
      list.marked.back() = list.marked.back() || piece.marked;
      list.bold.back() = list.bold.back() || piece.bold;
    } else if (!is_et_al(piece.name)) {
      list.names.push_back(piece.name);
      list.marked.push_back(piece.marked);
      list.bold.push_back(piece.bold);
    }
    if (sep == std::string_view::npos) break;
    pos = sep + sep_length;
  }
  if (list.names.empty()) return std::nullopt;
  bool multiword = std::any_of(list.names.begin(), list.names.end(),
                               [](const std::string& n) { return word_count(n) >= 2; });
  if (list.names.size() >= 2 && multiword) return list;
  if (list.names.size() == 1 && !owner.empty() && same_person(list.names[0], owner)) return list;
  return std::nullopt;
}

bool same_person(std::string_view a, std::string_view b) {
  std::vector<std::string> ka = key_words(a);
  std::vector<std::string> kb = key_words(b);
  if (ka.empty() || kb.empty()) return false;
  if (ka == kb) return true;
  std::vector<std::string> sa = ka;
  std::vector<std::string> sb = kb;
  std::sort(sa.begin(), sa.end());
  std::sort(sb.begin(), sb.end());
  if (sa == sb) return true;
  // "F. Xue" / "Xue F." / "Fuzhao Xue": same surname and first initial.
  auto initial_matches = [](const std::string& x, const std::string& y) { return x[0] == y[0]; };
  if (ka.back() == kb.back() && initial_matches(ka.front(), kb.front())) return true;
  if (ka.front() == kb.back() && initial_matches(ka.back(), kb.front()) && ka.back().size() == 1) {
    return true;
  }
  return kb.front() == ka.back() && initial_matches(kb.back(), ka.front()) && kb.back().size() == 1;
}

int find_owner(const AuthorList& list, std::string_view owner) {
  if (!owner.empty()) {
    for (std::size_t i = 0; i < list.names.size(); ++i) {
      if (same_person(list.names[i], owner)) return static_cast<int>(i);
    }
  }
  if (std::count(list.bold.begin(), list.bold.end(), true) == 1) {
    return static_cast<int>(std::find(list.bold.begin(), list.bold.end(), true) -
                            list.bold.begin());
  }
  return -1;
}

AuthorRole role_in_list(const AuthorList& list, int owner_index) {
  if (owner_index < 0 || static_cast<std::size_t>(owner_index) >= list.names.size()) {
    return AuthorRole::unknown;
  }
  if (owner_index == 0) return AuthorRole::first;
  // Marked like the first author: the mark means equal contribution.
  if (list.marked[static_cast<std::size_t>(owner_index)] && list.marked[0]) {
    return AuthorRole::co_first;
  }
  return AuthorRole::co_author;
}

std::optional<AuthorRole> parse_role_line(std::string_view text) {
  std::string cleaned = fix_latex_residue(text);
  std::string lower;
  for (char c : cleaned) {
    if (schema::is_ascii_alpha(c) || c == '-' || c == ' ' || c == '\t') {
      lower += schema::ascii_lower(c);
    } else {
      lower += ' ';
    }
  }
  lower = collapse_spaces(lower);
  // "Co ext-first": what a PDF tool left of "Co\text{-}first".
  for (std::size_t at = lower.find(" ext-"); at != std::string::npos; at = lower.find(" ext-")) {
    lower.erase(at, 4);
  }
  std::string key;
  for (std::string_view word : split_words(lower)) {
    if (!key.empty()) key += ' ';
    key += word;
  }
  auto is = [&](std::initializer_list<std::string_view> forms) {
    return std::find(forms.begin(), forms.end(), key) != forms.end();
  };
  if (is({"first author", "sole author", "single author", "lead author"})) return AuthorRole::first;
  if (is({"co-first author", "co first author", "cofirst author", "joint first author",
          "equal first author", "co-first", "equal contribution", "co-first authors",
          "shared first author"})) {
    return AuthorRole::co_first;
  }
  if (is({"co-author", "coauthor", "co author", "second author", "third author",
          "contributing author", "corresponding author", "last author", "senior author"})) {
    return AuthorRole::co_author;
  }
  return std::nullopt;
}

}  // namespace savant::indexer::detail
