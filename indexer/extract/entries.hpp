// SPDX-License-Identifier: MIT
// Cuts a section's lines into entries (one publication, job or degree each),
// from whatever structure the section has: headings, numbering, bullets, or
// bare lines.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace savant::indexer::detail {

/// Lines [begin, end) of the span given to split_entries.
struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// What the section's parser knows about its entries.
struct EntryRules {
  /// Lines that open an entry whatever the layout ("preprint2026arXiv").
  std::function<bool(const Line&)> is_marker;
  /// For sections of bare lines (PDF text): whether `line` opens a new entry,
  /// given the lines of the entry open so far.
  std::function<bool(const Line& line, std::span<const Line> open)> opens_entry;
  /// Lines that belong to the entry below them when the section writes them
  /// above its headlines (author lines above bold titles). Applied only when
  /// the first entry does so too.
  std::function<bool(const Line&)> leads_entry;
  /// Lines that say when or where a complete entry appeared (a venue or a
  /// year): a heading over a list of such items labels the group, and the
  /// items are the entries.
  std::function<bool(const Line&)> is_dated;
  /// Lines before the first entry opener are an introduction, not an entry.
  bool drop_intro = false;
  /// Short headings over lists ("## 2024", "### Under Review") label groups of
  /// entries rather than being entries themselves.
  bool group_labels = false;
};

/// Splits `lines` into entries. Entry openers, by precedence: headings,
/// numbered lines, marker lines and bold lines; else, where bare lines and
/// bullets mix, each bare line after a bullet (the bullets describe it); else
/// top-level bullets; else blank-line blocks or `opens_entry`.
std::vector<LineRange> split_entries(std::span<const Line> lines, const EntryRules& rules);

}  // namespace savant::indexer::detail
