// SPDX-License-Identifier: MIT
// Reads experience and project entries.
#include "indexer/extract/experience_parser.hpp"

#include "indexer/extract/dates.hpp"
#include "indexer/extract/entry_fields.hpp"
#include "indexer/extract/organisations.hpp"
#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

// Job title and employer lines follow the headline closely; further down is description.
constexpr std::size_t kFieldWindow = 4;

bool is_short_plain(const Line& line) {
  return !line.is_bullet() && split_words(line.text).size() <= 8;
}

}  // namespace

EntryRules experience_entry_rules() {
  EntryRules rules;
  rules.opens_entry = [](const Line& line, std::span<const Line> open) {
    bool dated =
        std::any_of(open.begin(), open.end(), [](const Line& l) { return is_date_line(l.text); });
    if (!dated || is_date_line(line.text) || is_position(line.text)) return false;
    std::string_view text = line.text;
    if (text.empty() || text.back() == '.' || split_words(text).size() > 15) return false;
    return text.find('|') != std::string_view::npos || looks_like_organisation(text);
  };
  return rules;
}

std::optional<Evidence> parse_experience(std::span<const Line> entry, bool project) {
  if (entry.empty()) return std::nullopt;
  std::vector<bool> used(entry.size(), false);
  std::size_t head = 0;
  // Some CVs put the dates above the headline.
  if (entry.size() > 1 && is_date_line(entry[0].text)) head = 1;
  used[head] = true;
  HeadlineText headline = headline_of(entry[head]);

  Evidence evidence;
  evidence.kind = EvidenceKind::experience;
  EntryDates dates = find_entry_dates(headline, entry.subspan(head), kFieldWindow);
  if (dates.text.empty() && head == 1) {
    HeadlineText above{entry[0].text, {}};
    dates = find_entry_dates(above, entry, 0);
  }
  if (head == 1) used[0] = true;
  for (std::size_t i : dates.lines) used[head + i] = true;
  evidence.dates = dates.text;
  evidence.year = dates.year;

  std::string title = without_dates(headline.headline);
  evidence.title = std::string(trim_chars(title, " .,;:|-"));
  if (count_letters(evidence.title) < 2) return std::nullopt;

  if (!project) {
    Headline parts = split_headline(evidence.title);
    evidence.organisation = parts.organisation;
    evidence.position = parts.position;
    // "OpenGVLab, ..." / dates / "Research Assistant": the job title on its own line.
    for (std::size_t i = head + 1; i < entry.size() && i <= head + kFieldWindow; ++i) {
      if (used[i] || !is_short_plain(entry[i])) continue;
      if (evidence.position.empty() && is_position(entry[i].text)) {
        evidence.position = std::string(trim_chars(entry[i].text, " .,;:"));
        used[i] = true;
      } else if (evidence.organisation.empty() && looks_like_organisation(entry[i].text)) {
        evidence.organisation = std::string(trim_chars(entry[i].text, " .,;:"));
        used[i] = true;
      }
    }
    // A headline that is only a job title names no employer.
    if (evidence.organisation == evidence.position) evidence.organisation.clear();
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
