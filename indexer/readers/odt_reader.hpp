// SPDX-License-Identifier: MIT
// Reads OpenDocument text files (.odt) into CV records.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// The text of an .odt package as the Markdown the CV extractor reads:
/// text:h (by outline level) and outline-level styles as '#' headings, list
/// items as '- ' (two spaces per level), bold spans as '**', tables laid out
/// by detail::flatten_table, frames' text boxes after their paragraph. Throws
/// savant::Error (input) with a reason (no path) for a broken package.
std::string odt_to_text(std::string_view bytes);

/// Reader for ODT: odt_to_text, normalize_text, extract_cv. Throws
/// savant::Error (input) "<path>: <reason>" for a broken or empty document.
DocumentRecord read_odt(const ReaderInput& input);

}  // namespace savant::indexer
