// SPDX-License-Identifier: MIT
// Finds years and date ranges in CV lines.
#include "indexer/extract/dates.hpp"

#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace savant::indexer::detail {
namespace {

bool is_year_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

#define SAVANT_MONTH                                                                        \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"        \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|" \
  "winter)\\.?,?"
#define SAVANT_YEAR "(?:19[5-9][0-9]|20[0-3][0-9])(?![0-9])"
#define SAVANT_DATE \
  "\\b(?:" SAVANT_MONTH "\\s*(?:[0-9]{1,2},?\\s+)?|[0-9]{1,2}\\s*[/.]\\s*)?" SAVANT_YEAR

// std::regex objects are immutable after construction, so sharing them across threads is safe.
const std::regex& range_pattern() {
  static const std::regex pattern(
      SAVANT_DATE "\\s*(?:-+|to|until|till)\\s*(?:(" SAVANT_DATE
                  ")|(present|now|current|today|ongoing|date)\\b)",
      std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  return pattern;
}

const std::regex& single_pattern() {
  static const std::regex pattern(
      SAVANT_DATE, std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
  return pattern;
}

#undef SAVANT_DATE
#undef SAVANT_YEAR
#undef SAVANT_MONTH

// "Sep. 2021-Jun. 2024" and "Sep. 2021 -- Jun. 2024" both read "Sep. 2021 - Jun. 2024".
std::string tidy_range(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      while (i + 1 < text.size() && text[i + 1] == '-') ++i;
      out += " - ";
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      continue;
    }
    out += text[i];
  }
  return collapse_spaces(out);
}

// Whether `text` holds what SAVANT_YEAR matches: 195x-199x or 200x-203x not
// followed by a digit. A necessary condition of both patterns.
bool has_year_candidate(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    const char a = text[i];
    const char b = text[i + 1];
    const bool century = (a == '1' && b == '9' && text[i + 2] >= '5' && text[i + 2] <= '9') ||
                         (a == '2' && b == '0' && text[i + 2] >= '0' && text[i + 2] <= '3');
    if (century && is_year_digit(text[i + 3]) &&
        (i + 4 == text.size() || !is_year_digit(text[i + 4]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<YearHit> find_years(std::string_view text) {
  std::vector<YearHit> hits;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!is_year_digit(text[i]) || (i > 0 && is_year_digit(text[i - 1]))) continue;
    std::size_t j = i;
    while (j < text.size() && is_year_digit(text[j])) ++j;
    if (j - i == 4) {
      int year = std::stoi(std::string(text.substr(i, 4)));
      // "3.2019" and "2019.5" are numbers, not years.
      bool decimal = (i >= 2 && text[i - 1] == '.' && is_year_digit(text[i - 2])) ||
                     (j + 1 < text.size() && text[j] == '.' && is_year_digit(text[j + 1]));
      if (year >= kMinYear && year <= kMaxYear && !decimal) hits.push_back({year, i, j});
    }
    i = j;
  }
  return hits;
}

std::optional<DateSpan> find_date(std::string_view text) {
  // Date lines are short; long prose lines are not worth a regex pass.
  if (text.size() > 600) text = text.substr(0, 600);
  // Every date the patterns match holds a year: without one, skip std::regex,
  // the slowest part of extraction.
  if (!has_year_candidate(text)) return std::nullopt;
  std::match_results<std::string_view::const_iterator> match;
  bool range = false;
  try {
    range = std::regex_search(text.begin(), text.end(), match, range_pattern());
    if (!range && !std::regex_search(text.begin(), text.end(), match, single_pattern())) {
      return std::nullopt;
    }
  } catch (const std::regex_error&) {
    return std::nullopt;  // odd input exhausting the matcher is no date
  }
  DateSpan span;
  span.begin = static_cast<std::size_t>(match.position(0));
  span.end = span.begin + static_cast<std::size_t>(match.length(0));
  span.text = tidy_range(text.substr(span.begin, span.end - span.begin));
  std::vector<YearHit> years = find_years(text.substr(span.begin, span.end - span.begin));
  if (!years.empty()) span.first_year = years.front().year;
  span.open_ended = range && match[2].matched;
  span.last_year = span.open_ended || years.empty() ? 0 : years.back().year;
  return span;
}

namespace {

// The most letters a date the patterns match can hold: two month names of at
// most 9 ASCII letters ("september") around "until" (5); "present" and its
// kin are shorter than a month name.
constexpr std::size_t kMaxDateLetters = 9 + 5 + 9;
// The most letters beside the date on a date line (is_date_line).
constexpr std::size_t kMaxLettersBesideDate = 16;

std::size_t count_ascii_letters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }));
}

}  // namespace

bool is_date_line(std::string_view text) {
  // A line with more letters than a date and what may stand beside it can
  // be no date line: the common case of a reference with its year, decided
  // without the regex. ASCII letters are a lower bound of count_letters().
  if (count_ascii_letters(text) > kMaxDateLetters + kMaxLettersBesideDate) return false;
  std::optional<DateSpan> span = find_date(text);
  if (!span) return false;
  std::string rest = remove_span(text, *span);
  // What may stand beside a date: "(expected)", a place, "Present" spelled oddly.
  auto words = split_words(rest);
  std::size_t letters = count_letters(rest);
  if (words.size() > 2 || letters > kMaxLettersBesideDate) return false;
  return !has_digit(rest) || rest.size() < 4;
}

std::string remove_span(std::string_view text, const DateSpan& span) {
  std::string out(text.substr(0, span.begin));
  out += ' ';
  out += text.substr(span.end);
  std::string tidy;
  // Drop brackets that held the date ("[2019 - 2021]", "(2020)").
  for (std::size_t i = 0; i < out.size(); ++i) {
    if ((out[i] == '(' || out[i] == '[') && i + 1 < out.size()) {
      std::size_t j = i + 1;
      while (j < out.size() && out[j] == ' ') ++j;
      if (j < out.size() && (out[j] == ')' || out[j] == ']')) {
        i = j;
        continue;
      }
    }
    tidy += out[i];
  }
  std::string rest(trim_chars(collapse_spaces(tidy), " ,;|-:()[]*"));
  // "(Paris, France, 2021)" lost its date and its closing parenthesis with it.
  if (std::count(rest.begin(), rest.end(), '(') > std::count(rest.begin(), rest.end(), ')')) {
    rest += ')';
  }
  return rest;
}

}  // namespace savant::indexer::detail
