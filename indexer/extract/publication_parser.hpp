// SPDX-License-Identifier: MIT
// Reads one publication entry (title, authors, venue, year, role, status) from
// the lines of a publications section.
#pragma once

#include "indexer/extract/entries.hpp"
#include "indexer/extract/line_model.hpp"
#include "schema/venues.hpp"
#include <savant/records.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace savant::indexer::detail {

/// What a publication entry is read against.
struct PublicationContext {
  const schema::VenueTable& venues;
  std::string_view owner;  ///< The CV owner's name, for their place on author lists; may be empty.
};

/// How publications sections divide into entries: glued status lines
/// ("preprint2026arXiv") open entries, a lead-in line is no entry, and in
/// bare-line lists a line after the venue line opens the next entry.
EntryRules publication_entry_rules(const schema::VenueTable& venues);

/// Cleans a title: "[Paper]" labels, Markdown, a venue and year standing at
/// its end ("..., ACL 2023", "... Token-Crisis. NeurIPS 2023"), a trailing year
/// and trailing punctuation go.
std::string clean_title(std::string_view text, const schema::VenueTable& venues);

/// A title line cut in two: the title, and what followed it on the line
/// (venue, year, status: "NeurIPS 2023", "Under review").
struct TitleSplit {
  std::string title;
  std::string tail;
};

/// Splits a title line as clean_title does, keeping the tail.
TitleSplit split_title(std::string_view text, const schema::VenueTable& venues);

/// The publication an entry describes, or nothing when it has no usable title
/// (a "Full list: <url>" line, a label). Venues are looked for in the title's
/// tail and the entry's venue, author and status lines, never in its
/// description (bullets, abstracts).
std::optional<Evidence> parse_publication(std::span<const Line> entry,
                                          const PublicationContext& context);

}  // namespace savant::indexer::detail
