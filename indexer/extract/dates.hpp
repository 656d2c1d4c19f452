// SPDX-License-Identifier: MIT
// Years and date ranges as CVs write them: "Sep. 2021 - Jun. 2024",
// "Jan. 2023-Present", "2019 - 2021", "[March 2024 - July 2024]".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// Years a CV can plausibly mention for its own work.
inline constexpr int kMinYear = 1950;
inline constexpr int kMaxYear = 2035;

/// A four-digit year in text.
struct YearHit {
  int year = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Every plausible year in `text`: four digits not touching other digits.
/// Letters may touch ("preprint2026arXiv" has 2026). Skip URLs first.
std::vector<YearHit> find_years(std::string_view text);

/// A date or date range.
struct DateSpan {
  std::string text;   ///< As written, spaces around '-' normalised: "Sep. 2021 - Jun. 2024".
  int last_year = 0;  ///< Last year of the range; 0 when it runs to the present.
  int first_year = 0;
  bool open_ended = false;  ///< Ends with "Present", "Now", "Current" ...
  std::size_t begin = 0;    ///< Byte range in the searched text.
  std::size_t end = 0;
};

/// The first date range in `text`, else the first single date ("Jun. 2021", "2019").
std::optional<DateSpan> find_date(std::string_view text);

/// Whether `text` is nothing but a date or date range (brackets, "(expected)"
/// and a short place name around it allowed).
bool is_date_line(std::string_view text);

/// `text` with the date span removed and separators left dangling trimmed.
std::string remove_span(std::string_view text, const DateSpan& span);

}  // namespace savant::indexer::detail
