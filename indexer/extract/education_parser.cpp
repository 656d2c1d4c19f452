// SPDX-License-Identifier: MIT
// Reads education entries.
#include "indexer/extract/education_parser.hpp"

#include "indexer/extract/dates.hpp"
#include "indexer/extract/entry_fields.hpp"
#include "indexer/extract/organisations.hpp"
#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

// Institution, degree and dates stand within the first lines of an entry.
constexpr std::size_t kEducationFieldWindow = 5;

// "B.S. in Physics, Peking University": the degree and the institution on one line.
std::pair<std::string, std::string> split_degree_and_institution(std::string_view text) {
  // Every cut point; an institution-named right side wins over a merely capitalised one
  // ("MA, MSci in Natural Sciences, Trinity College" cuts before "Trinity").
  std::pair<std::string, std::string> fallback;
  for (std::string_view sep : {" | ", " at ", " - ", ", "}) {
    for (std::size_t at = text.find(sep); at != std::string_view::npos;
         at = text.find(sep, at + sep.size())) {
      std::string_view left = trim(text.substr(0, at));
      std::string_view right = trim_chars(text.substr(at + sep.size()), " .,;");
      if (is_degree(left) && looks_like_institution(right) && !is_degree(right)) {
        return {degree_of(left), std::string(right)};
      }
      if (looks_like_institution(left) && !is_degree(left) && is_degree(right)) {
        return {degree_of(right), std::string(trim_chars(left, " .,;"))};
      }
      // "Ph.D in Computer Science, UC Riverside, USA": a short capitalised name after the degree.
      if (fallback.first.empty() && is_degree(left) && !is_degree(right) && starts_upper(right) &&
          split_words(right).size() <= 6 && !has_digit(right)) {
        fallback = {degree_of(left), std::string(right)};
      }
    }
  }
  return fallback;
}

}  // namespace

EntryRules education_entry_rules() {
  EntryRules rules;
  rules.opens_entry = [](const Line& line, std::span<const Line> open) {
    auto has = [&](bool (*test)(std::string_view)) {
      return std::any_of(open.begin(), open.end(), [&](const Line& l) { return test(l.text); });
    };
    if (looks_like_institution(line.text) && !is_degree(line.text)) {
      return has(+[](std::string_view t) { return looks_like_institution(t) && !is_degree(t); });
    }
    if (is_degree(line.text)) return has(+[](std::string_view t) { return is_degree(t); });
    return false;
  };
  return rules;
}

std::optional<Evidence> parse_education(std::span<const Line> entry) {
  if (entry.empty()) return std::nullopt;
  std::vector<bool> used(entry.size(), false);
  used[0] = true;
  HeadlineText headline = headline_of(entry[0]);

  Evidence evidence;
  evidence.kind = EvidenceKind::education;
  EntryDates dates = find_entry_dates(headline, entry, kEducationFieldWindow);
  for (std::size_t i : dates.lines) used[i] = true;
  evidence.dates = dates.text;
  evidence.year = dates.year;
  evidence.title = std::string(trim_chars(without_dates(headline.headline), " .,;:|-"));
  if (count_letters(evidence.title) < 2) return std::nullopt;

  std::size_t last = std::min(entry.size(), kEducationFieldWindow + 1);
  for (std::size_t i = 0; i < last; ++i) {
    const Line& line = entry[i];
    if ((i > 0 && line.is_bullet()) || (i > 0 && used[i])) continue;
    std::string text = i == 0 ? evidence.title : line.text;
    auto [degree, institution] = split_degree_and_institution(text);
    if (!degree.empty() && evidence.position.empty() && evidence.organisation.empty()) {
      evidence.position = degree;
      evidence.organisation = institution;
      used[i] = true;
      continue;
    }
    if (evidence.position.empty() && is_degree(text)) {
      evidence.position = degree_of(text);
      used[i] = true;
    } else if (evidence.organisation.empty() && looks_like_institution(text)) {
      evidence.organisation = std::string(trim_chars(text, " .,;"));
      used[i] = true;
    }
  }
  // A headline that is neither degree nor date names the institution ("Peking University");
  // a label ("Also see: Projects") or a sentence does not.
  const std::string& title = evidence.title;
  if (evidence.organisation.empty() && !is_degree(title) && starts_upper(title) &&
      title.find(':') == std::string::npos && split_words(title).size() <= 10) {
    evidence.organisation = title;
  }

  std::vector<std::string> text;
  if (!headline.rest.empty()) text.push_back(headline.rest);
  for (std::size_t i = 0; i < entry.size(); ++i) {
    if (!used[i]) text.push_back(entry[i].text);
  }
  evidence.text = join(text, "\n");
  return evidence;
}

}  // namespace savant::indexer::detail
