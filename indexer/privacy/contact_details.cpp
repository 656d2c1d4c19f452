// SPDX-License-Identifier: MIT
// Finds phone numbers, postal addresses and dates of birth by hand-written
// scanning rather than std::regex: linear time and no recursion, whatever the
// length of a line.
#include "indexer/privacy/contact_details.hpp"

#include "schema/ascii.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

namespace savant::indexer {
namespace {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

using schema::ascii_lower;
using schema::is_ascii_alnum;
using schema::is_ascii_alpha;
using schema::is_ascii_digit;

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Without the punctuation of whatever format the value sat in (JSON quotes,
// YAML indicators, HTML brackets); empty when nothing but punctuation is left.
std::string trimmed(std::string_view s) {
  constexpr std::string_view kEdge = " \t\r\n:,;|-\"'{}<>~";
  const auto first = s.find_first_not_of(kEdge);
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(kEdge);
  return std::string(s.substr(first, last - first + 1));
}

void add_once(std::vector<std::string>& values, std::string value) {
  if (value.empty()) return;
  if (std::find(values.begin(), values.end(), value) == values.end()) {
    values.push_back(std::move(value));
  }
}

// Whether `label` occurs in `lower` at `at` as a whole word.
bool word_at(const std::string& lower, std::size_t at, std::string_view label) {
  if (lower.compare(at, label.size(), label) != 0) return false;
  if (at > 0 && is_ascii_alpha(lower[at - 1])) return false;
  const std::size_t after = at + label.size();
  return after >= lower.size() || !is_ascii_alpha(lower[after]) || !is_ascii_alpha(label.back());
}

// Every whole-word occurrence of each label: (start, end) in `lower`, label by
// label in the order given, each label's leftmost first. One pass that tries
// the labels only where a word starts (word_at's own condition) with a label's
// first byte, rather than a search of the whole text per label: the 23
// searches (`find` stopping at every "a" and "d" for "address" and "date of
// birth") were 1.5% of indexing CPU.
std::vector<Span> find_labels(const std::string& lower,
                              const std::vector<std::string_view>& labels) {
  std::array<bool, 256> first_byte{};
  for (std::string_view label : labels) first_byte[static_cast<unsigned char>(label[0])] = true;
  std::vector<std::pair<std::size_t, Span>> hits;  // (label's index, where)
  for (std::size_t at = 0; at < lower.size(); ++at) {
    // Here lower[at - 1] is not a letter, so a label may start at `at`.
    if (first_byte[static_cast<unsigned char>(lower[at])]) {
      for (std::size_t k = 0; k < labels.size(); ++k) {
        if (labels[k][0] == lower[at] && word_at(lower, at, labels[k])) {
          hits.push_back({k, {at, at + labels[k].size()}});
        }
      }
    }
    // Within a word no label starts: on to the byte after its end.
    if (is_ascii_alpha(lower[at])) {
      while (at + 1 < lower.size() && is_ascii_alpha(lower[at + 1])) ++at;
      ++at;
    }
  }
  // Found in text order; stable, so each label's stay leftmost first.
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Span> found;
  found.reserve(hits.size());
  for (const auto& hit : hits) found.push_back(hit.second);
  return found;
}

// Where a line-like value ends: newline or a separator CVs put between
// contact items, at most `limit` bytes on.
std::size_t value_end(std::string_view text, std::size_t from, std::size_t limit) {
  std::size_t end = from;
  const std::size_t stop = std::min(text.size(), from + limit);
  while (end < stop) {
    const char c = text[end];
    if (c == '\n' || c == '|' || c == ';' || c == '<') break;
    if (text.compare(end, 3, "\xE2\x80\xA2") == 0) break;  // a bullet "•"
    ++end;
  }
  return end;
}

// --- phone numbers ---------------------------------------------------------

const std::vector<std::string_view> kPhoneLabels{"phone",
                                                 "telephone",
                                                 "tel",
                                                 "tel.",
                                                 "mobile",
                                                 "mob",
                                                 "cell",
                                                 "cellphone",
                                                 "fax",
                                                 "handy",
                                                 "telefon",
                                                 "whatsapp",
                                                 "\xE7\x94\xB5\xE8\xAF\x9D" /* 电话 */,
                                                 "\xE6\x89\x8B\xE6\x9C\xBA" /* 手机 */};

bool phone_char(char c) {
  return is_ascii_digit(c) || c == '(' || c == ')' || c == '-' || c == '.' || c == '/' || c == ' ';
}

// Whether a phone label ends just before `at` (only punctuation between).
std::optional<std::size_t> label_before(const std::string& lower, std::size_t at) {
  std::size_t i = at;
  std::size_t skipped = 0;
  if (i >= 3 && lower.compare(i - 3, 3, "\xEF\xBC\x9A") == 0) i -= 3;  // full-width colon
  while (i > 0 && skipped < 12) {
    const char c = lower[i - 1];
    if (c != ' ' && c != '\t' && c != ':' && c != '.' && c != '=' && c != '&' && c != '{' &&
        c != '}' && c != '#' && c != '-' && c != '\\' && c != '(' && c != '[' && c != ']') {
      break;
    }
    --i;
    ++skipped;
  }
  for (std::string_view label : kPhoneLabels) {
    if (i >= label.size() && word_at(lower, i - label.size(), label)) return i - label.size();
  }
  return std::nullopt;
}

// A phone number starting at `at`, if one does.
std::optional<Span> phone_at(std::string_view text, const std::string& lower, std::size_t at) {
  const bool plus =
      text[at] == '+' || (text[at] == '(' && at + 1 < text.size() && text[at + 1] == '+');
  std::size_t end = at + (text[at] == '+' ? 1 : 0) + (plus && text[at] == '(' ? 2 : 0);
  while (end < text.size() && phone_char(text[end])) {
    if (text[end] == ' ' && (end + 1 >= text.size() || text[end + 1] == ' ')) break;
    ++end;
  }
  while (end > at && !is_ascii_digit(text[end - 1])) --end;  // ends on its last digit
  if (end <= at || (end < text.size() && is_ascii_alnum(text[end]))) return std::nullopt;
  std::vector<std::size_t> groups;
  std::size_t digits = 0;
  for (std::size_t i = at; i < end; ++i) {
    if (!is_ascii_digit(text[i])) continue;
    if (i == at || !is_ascii_digit(text[i - 1])) groups.push_back(0);
    ++groups.back();
    ++digits;
  }
  const auto labelled = label_before(lower, at);
  const bool north_american =
      digits == 10 && groups.size() == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4;
  const bool national = groups.size() == 1 && (digits == 10 || digits == 11) && text[at] == '0';
  if ((plus && digits >= 8 && digits <= 15) || (labelled && digits >= 6 && digits <= 15) ||
      north_american || national) {
    return Span{labelled ? *labelled : at, end};
  }
  return std::nullopt;
}

void find_phones(std::string_view text, const std::string& lower, std::vector<Span>& spans,
                 ContactDetails& found) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (!is_ascii_digit(c) && c != '+' && c != '(') continue;
    if (at > 0) {
      const char before = text[at - 1];
      if (is_ascii_alnum(before) || before == '.' || before == '/' || before == '-' ||
          before == '+') {
        continue;
      }
    }
    if (auto span = phone_at(text, lower, at)) {
      std::size_t value = span->begin;
      while (value < span->end && !is_ascii_digit(text[value]) && text[value] != '+' &&
             text[value] != '(') {
        ++value;
      }
      // Skip the label's own text when it is what `value` points into.
      if (span->begin < at) value = at;
      add_once(found.phones, trimmed(text.substr(value, span->end - value)));
      spans.push_back(*span);
      at = span->end;
    }
  }
}

// --- postal addresses ------------------------------------------------------

const std::vector<std::string_view> kAddressLabels{"home address",
                                                   "postal address",
                                                   "mailing address",
                                                   "address",
                                                   "adresse",
                                                   "anschrift",
                                                   "\xE5\x9C\xB0\xE5\x9D\x80" /* 地址 */,
                                                   "\xE4\xBD\x8F\xE5\x9D\x80" /* 住址 */};

const std::array<std::string_view, 24> kStreetWords{
    "Street",  "St",      "Avenue",  "Ave", "Road",   "Rd",     "Boulevard", "Blvd",
    "Lane",    "Ln",      "Drive",   "Dr",  "Court",  "Ct",     "Place",     "Pl",
    "Terrace", "Parkway", "Highway", "Hwy", "Circle", "Square", "Crescent",  "Way"};

void find_labelled_addresses(std::string_view text, const std::string& lower,
                             std::vector<Span>& spans, ContactDetails& found) {
  for (const Span& label : find_labels(lower, kAddressLabels)) {
    std::size_t colon = label.end;
    while (colon < text.size() && colon < label.end + 3 && text[colon] == ' ') ++colon;
    // "Address:" labels a value; "address the problem" does not.
    const bool full_width = text.compare(colon, 3, "\xEF\xBC\x9A") == 0;  // "："
    if (colon >= text.size() || (text[colon] != ':' && !full_width)) continue;
    std::size_t start = colon + (full_width ? 3 : 1);
    std::size_t end = value_end(text, start, 160);
    // YAML's "address: >" (or "|"): the value is on the indented lines below.
    const std::string indicator = trimmed(text.substr(start, end - start));
    const std::string_view rest = text.substr(start, end - start);
    if (indicator.empty() && rest.find_first_of(">|") != std::string_view::npos) {
      start = end;
      while (end < text.size() && end + 1 < text.size() && text[end] == '\n' &&
             (text[end + 1] == ' ' || text[end + 1] == '\t')) {
        end = text.find('\n', end + 1);
        if (end == std::string_view::npos) end = text.size();
      }
    }
    add_once(found.addresses, trimmed(text.substr(start, end - start)));
    spans.push_back({label.begin, end});
  }
}

// "2712 Broadway St", "77 Massachusetts Avenue, Cambridge, MA 02139": a house
// number, one to four capitalised words, a street word; then the rest of the line.
void find_street_addresses(std::string_view text, std::vector<Span>& spans, ContactDetails& found) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!is_ascii_digit(text[at]) || (at > 0 && is_ascii_alnum(text[at - 1]))) continue;
    std::size_t i = at;
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    if (i - at > 5 || i >= text.size() || text[i] != ' ') {
      at = i;
      continue;
    }
    bool street = false;
    std::size_t words = 0;
    std::size_t pos = i;
    while (words < 5 && pos < text.size() && text[pos] == ' ') {
      std::size_t w = pos + 1;
      if (w >= text.size() || !(text[w] >= 'A' && text[w] <= 'Z')) break;
      std::size_t e = w;
      while (e < text.size() && is_ascii_alpha(text[e])) ++e;
      const std::string_view word = text.substr(w, e - w);
      ++words;
      pos = e;
      if (words >= 2 &&
          std::find(kStreetWords.begin(), kStreetWords.end(), word) != kStreetWords.end()) {
        street = true;
        break;
      }
    }
    if (!street) {
      at = i;
      continue;
    }
    const std::size_t end = value_end(text, pos, 100);
    add_once(found.addresses, trimmed(text.substr(at, end - at)));
    spans.push_back({at, end});
    at = end;
  }
}

// --- dates of birth --------------------------------------------------------

const std::vector<std::string_view> kBirthLabels{
    "date of birth",
    "birth date",
    "birthdate",
    "birthday",
    "d.o.b.",
    "dob",
    "born",
    "geburtsdatum",
    "geboren am",
    "geboren",
    "date de naissance",
    "n\xC3\xA9 le" /* né le */,
    "n\xC3\xA9"
    "e le" /* née le */,
    "\xE5\x87\xBA\xE7\x94\x9F\xE6\x97\xA5\xE6\x9C\x9F" /* 出生日期 */,
    "\xE5\x87\xBA\xE7\x94\x9F\xE5\xB9\xB4\xE6\x9C\x88" /* 出生年月 */};

const std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};

bool month_at(const std::string& lower, std::size_t at) {
  return std::any_of(kMonths.begin(), kMonths.end(),
                     [&](std::string_view m) { return lower.compare(at, m.size(), m) == 0; });
}

void find_birth_dates(std::string_view text, const std::string& lower, std::vector<Span>& spans,
                      ContactDetails& found) {
  for (const Span& label : find_labels(lower, kBirthLabels)) {
    std::size_t start = label.end;
    while (start < text.size() && (text[start] == ' ' || text[start] == ':' || text[start] == ',' ||
                                   text[start] == '\t')) {
      ++start;
    }
    for (std::string_view word : {"on ", "in ", "am "}) {
      if (lower.compare(start, word.size(), word) == 0) start += word.size();
    }
    if (text.compare(start, 3, "\xEF\xBC\x9A") == 0) start += 3;  // full-width colon
    // A date begins with a number or a month name; "born and raised" is not one.
    if (start >= text.size() || !(is_ascii_digit(text[start]) || month_at(lower, start))) continue;
    std::size_t end = start;
    std::size_t last_digit = std::string_view::npos;
    while (end < text.size() && end < start + 32) {
      const char c = text[end];
      const bool ok = is_ascii_alnum(c) || c == ' ' || c == '.' || c == ',' || c == '/' ||
                      c == '-' || static_cast<unsigned char>(c) >= 0x80;  // 年 月 日
      if (!ok || c == '\n') break;
      if (is_ascii_digit(c)) last_digit = end;
      ++end;
    }
    if (last_digit == std::string_view::npos) continue;
    end = last_digit + 1;
    // A CJK date ends in 日 or 月 after its last digit.
    for (std::string_view suffix : {"\xE6\x97\xA5", "\xE6\x9C\x88"}) {
      if (text.compare(end, suffix.size(), suffix) == 0) end += suffix.size();
    }
    add_once(found.birth_dates, trimmed(text.substr(start, end - start)));
    spans.push_back({label.begin, end});
  }
}

}  // namespace

std::string redact_contact_details(std::string_view text, ContactDetails& found) {
  if (text.empty()) return {};
  const std::string lower = to_lower_ascii(text);
  std::vector<Span> spans;
  find_birth_dates(text, lower, spans, found);
  find_labelled_addresses(text, lower, spans, found);
  find_street_addresses(text, spans, found);
  find_phones(text, lower, spans, found);
  if (spans.empty()) return std::string(text);
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (const Span& span : spans) {
    if (span.end <= at) continue;
    if (span.begin > at) out.append(text.substr(at, span.begin - at));
    out += ' ';
    at = std::max(at, span.end);
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

void redact_contact_details(DocumentRecord& record) {
  ContactDetails& found = record.contact;
  record.text = redact_contact_details(record.text, found);
  for (Evidence& e : record.evidence) {
    for (std::string* field : {&e.title, &e.text, &e.organisation, &e.position}) {
      *field = redact_contact_details(*field, found);
    }
  }
}

}  // namespace savant::indexer
