// SPDX-License-Identifier: MIT
// Markdown front matter (the YAML block of static-site pages) as synthetic
// lines: a page's title, or for a publication page its title, authors and venue.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// A front matter block and the lines it stands for.
struct FrontMatter {
  std::size_t end = 0;      ///< Index of the first raw line after the block.
  std::vector<Line> lines;  ///< Synthetic lines (Line::synthetic set).
};

/// Reads the front matter opening at `raw_lines[first]` ("---"), or nothing
/// when there is none. A publication page (collection "publications", or a
/// venue field) becomes a "Publications" heading followed by its title,
/// author, venue-and-year and excerpt lines; any other page becomes a level-1
/// heading line holding its title, if it has one.
std::optional<FrontMatter> read_front_matter(const std::vector<std::string_view>& raw_lines,
                                             std::size_t first);

}  // namespace savant::indexer::detail
