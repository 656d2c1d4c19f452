// SPDX-License-Identifier: MIT
// Measuring, padding, cutting and wrapping text by the columns it takes on a
// terminal: names in Chinese take two columns a character, colour codes none.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace savant::cli {

/// Terminal columns of UTF-8 `text`: East Asian wide and fullwidth characters
/// count 2, combining marks and format characters 0, ANSI escape sequences 0.
std::size_t display_width(std::string_view text);

/// `text` followed by spaces up to `columns` (unchanged when already wider).
std::string pad_right(std::string_view text, std::size_t columns);

/// Spaces up to `columns`, then `text` (unchanged when already wider).
std::string pad_left(std::string_view text, std::size_t columns);

/// `text` cut to at most `columns` columns, ending in "…" when cut. Escape
/// sequences are kept, and a colour reset added after a cut, so that a cut
/// never leaves the terminal coloured.
std::string fit(std::string_view text, std::size_t columns);

/// `text` broken at spaces into lines of at most `columns` columns (a word
/// wider than that gets a line of its own). `columns` 0 means no limit: one line.
std::vector<std::string> wrap(std::string_view text, std::size_t columns);

}  // namespace savant::cli
