// SPDX-License-Identifier: MIT
// Fields experience and education entries share: the headline and the dates.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace savant::indexer::detail {

/// An entry's headline and what its first line says beyond it.
struct HeadlineText {
  std::string headline;  ///< "**Research Fellow at X.** Did Y" -> "Research Fellow at X".
  std::string rest;      ///< "Did Y": description on the headline's line.
};

/// The headline of an entry whose first line is `line`: a leading bold span
/// when the line goes on after it, else the whole line.
HeadlineText headline_of(const Line& line);

/// The dates of an entry.
struct EntryDates {
  std::string text;                ///< "Sep. 2021 - Jun. 2024", "" when none.
  int year = 0;                    ///< Last year; 0 when open-ended or none.
  std::vector<std::size_t> lines;  ///< Lines that held nothing but the dates.
};

/// Dates from the headline, else from the rest of its line (taken out of
/// `headline.rest`), else from date lines among the first `window` lines of
/// `entry` after the first. Two single dates on consecutive lines ("Jul. 2021"
/// / "Dec. 2024 (expected)", from PDF columns) make a range.
EntryDates find_entry_dates(HeadlineText& headline, std::span<const Line> entry,
                            std::size_t window);

/// `text` with its date range cut out and trailing separators trimmed.
std::string without_dates(const std::string& text);

}  // namespace savant::indexer::detail
