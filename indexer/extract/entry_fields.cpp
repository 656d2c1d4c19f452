// SPDX-License-Identifier: MIT
// Headlines and dates of experience and education entries.
#include "indexer/extract/entry_fields.hpp"

#include "indexer/extract/dates.hpp"
#include "indexer/extract/text_util.hpp"

namespace savant::indexer::detail {

HeadlineText headline_of(const Line& line) {
  HeadlineText out;
  const std::string& bold = line.lead_bold;
  if (!bold.empty() && bold.back() != ':' && bold.size() + 2 < line.text.size() &&
      line.text.compare(0, bold.size(), bold) == 0) {
    out.headline = std::string(trim_chars(bold, " .,;"));
    out.rest = std::string(trim_chars(std::string_view(line.text).substr(bold.size()), " .,;"));
    // "**Doctor of Philosophy** (Ph.D.)": a short parenthesis belongs to the headline.
    if (!out.rest.empty() && out.rest.front() == '(' && out.rest.back() == ')' &&
        out.rest.size() < 20) {
      out.headline = line.text;
      out.rest.clear();
    }
    return out;
  }
  out.headline = line.text;
  return out;
}

EntryDates find_entry_dates(HeadlineText& headline, std::span<const Line> entry,
                            std::size_t window) {
  EntryDates dates;
  if (std::optional<DateSpan> span = find_date(headline.headline)) {
    dates.text = span->text;
    dates.year = span->last_year;
    return dates;
  }
  // "**Aveni - Senior AI Engineer** - Edinburgh, Aug 2024-present"
  if (std::optional<DateSpan> span = find_date(headline.rest)) {
    dates.text = span->text;
    dates.year = span->last_year;
    headline.rest = remove_span(headline.rest, *span);
    return dates;
  }
  for (std::size_t i = 1; i < entry.size() && i <= window; ++i) {
    if (!is_date_line(entry[i].text)) continue;
    std::optional<DateSpan> span = find_date(entry[i].text);
    dates.lines.push_back(i);
    dates.text = span->text;
    dates.year = span->last_year;
    bool single = span->first_year == span->last_year && !span->open_ended &&
                  span->text.find(" - ") == std::string::npos;
    if (single && i + 1 < entry.size() && is_date_line(entry[i + 1].text)) {
      std::optional<DateSpan> end = find_date(entry[i + 1].text);
      // Keep what stands beside the end date ("(expected)").
      std::string note = remove_span(entry[i + 1].text, *end);
      dates.text += " - " + end->text + (note.empty() ? "" : " (" + note + ")");
      dates.year = end->open_ended ? 0 : end->last_year;
      dates.lines.push_back(i + 1);
    }
    break;
  }
  return dates;
}

std::string without_dates(const std::string& text) {
  std::optional<DateSpan> span = find_date(text);
  if (!span) return text;
  return remove_span(text, *span);
}

}  // namespace savant::indexer::detail
