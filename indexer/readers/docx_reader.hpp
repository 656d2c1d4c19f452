// SPDX-License-Identifier: MIT
// Reads Word documents (Office Open XML, .docx) into CV records.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// The text of a .docx package as the Markdown the CV extractor reads:
/// headings (Heading 1-6, Title, outline levels) as '#', list paragraphs as
/// '- ' items, bold runs as '**', tables laid out by detail::flatten_table,
/// text boxes after the paragraph that anchors them, page headers first.
/// Throws savant::Error (input) with a reason (no path) for a broken package.
std::string docx_to_text(std::string_view bytes);

/// Reader for DOCX: docx_to_text, normalize_text, extract_cv. Throws
/// savant::Error (input) "<path>: <reason>" for a broken or empty document.
DocumentRecord read_docx(const ReaderInput& input);

}  // namespace savant::indexer
