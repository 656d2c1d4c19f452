// SPDX-License-Identifier: MIT
// Small string helpers shared by the CV extractor's parts.
#include "indexer/extract/text_util.hpp"

#include "schema/ascii.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace savant::indexer::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// ASCII only, as std::tolower and std::isalnum in the "C" locale savant runs in,
// without their locale lookups: these are on the hottest path of extraction.
using schema::ascii_lower;
using schema::is_ascii_alnum;

// Calls `visit(code_point)` for every code point of `text`; invalid bytes are skipped.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && !visit(c)) return;
  }
}

}  // namespace

std::string_view trim(std::string_view text) { return trim_chars(text, " \t"); }

std::string_view trim_chars(std::string_view text, std::string_view chars) {
  std::size_t begin = text.find_first_not_of(chars);
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(chars);
  return text.substr(begin, end - begin + 1);
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

std::size_t ifind(std::string_view haystack, std::string_view needle, std::size_t from) {
  constexpr std::size_t npos = std::string_view::npos;
  if (needle.empty()) return from <= haystack.size() ? from : npos;
  if (needle.size() > haystack.size()) return npos;
  const std::size_t last = haystack.size() - needle.size();  // the last possible start
  const char first = ascii_lower(needle[0]);
  const char upper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  const std::string_view rest = needle.substr(1);
  // Candidates come from find() (memchr) for each case of the first character;
  // each case's next position is looked up again only once passed, so the
  // scan stays linear.
  std::size_t next_lower = haystack.find(first, from);
  std::size_t next_upper = upper == first ? npos : haystack.find(upper, from);
  while (true) {
    const std::size_t at = std::min(next_lower, next_upper);
    if (at == npos || at > last) return npos;
    if (iequals(haystack.substr(at + 1, rest.size()), rest)) return at;
    if (at == next_lower) next_lower = haystack.find(first, at + 1);
    if (at == next_upper) next_upper = haystack.find(upper, at + 1);
  }
}

bool contains_word(std::string_view haystack, std::string_view needle) {
  for (std::size_t at = ifind(haystack, needle); at != std::string_view::npos;
       at = ifind(haystack, needle, at + 1)) {
    bool left = at == 0 || !is_ascii_alnum(haystack[at - 1]);
    std::size_t end = at + needle.size();
    bool right = end == haystack.size() || !is_ascii_alnum(haystack[end]);
    if (left && right) return true;
  }
  return false;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

bool starts_upper(std::string_view word) {
  bool upper = false;
  for_each_code_point(word, [&](UChar32 c) {
    if (!u_isalpha(c)) return true;  // skip leading punctuation such as '(' or '"'
    upper = u_isupper(c) || u_istitle(c);
    return false;
  });
  return upper;
}

bool is_all_caps(std::string_view text) {
  std::size_t letters = 0;
  bool lower = false;
  for_each_code_point(text, [&](UChar32 c) {
    if (u_isalpha(c)) {
      ++letters;
      if (u_islower(c)) lower = true;
    }
    return !lower;
  });
  return letters >= 2 && !lower;
}

std::size_t count_letters(std::string_view text) {
  std::size_t letters = 0;
  for_each_code_point(text, [&](UChar32 c) {
    if (u_isalpha(c)) ++letters;
    return true;
  });
  return letters;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::string strip_urls(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kStarts = {"http://", "https://", "www."};
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    bool url = false;
    for (std::string_view start : kStarts) {
      if (text.substr(i, start.size()) == start && (i == 0 || !is_ascii_alnum(text[i - 1])))
        url = true;
    }
    if (!url) {
      out += text[i++];
      continue;
    }
    while (i < text.size() && !is_space(text[i]) && text[i] != ')' && text[i] != ']') ++i;
  }
  return out;
}

std::string normal_case(std::string_view text) {
  if (!is_all_caps(text)) return std::string(text);
  static constexpr std::array<std::string_view, 8> kSmall = {"and", "of",  "in", "on",
                                                             "the", "for", "to", "at"};
  std::string out;
  bool first_word = true;
  for (std::string_view word : split_words(text)) {
    std::string lower = to_lower(word);
    bool small = !first_word && std::find(kSmall.begin(), kSmall.end(), lower) != kSmall.end();
    // Only ASCII letters were lowered, so a word opening with a non-ASCII capital keeps it.
    if (!small && !lower.empty() && std::isalpha(static_cast<unsigned char>(lower[0]))) {
      lower[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(lower[0])));
    }
    if (!out.empty()) out += ' ';
    out += lower;
    first_word = false;
  }
  return out;
}

}  // namespace savant::indexer::detail
