// SPDX-License-Identifier: MIT
// Reads PDF CVs with poppler: text in reading order, columns and sidebars kept
// apart, headings marked from font sizes.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// The text of a PDF as the Markdown the CV extractor reads. Lines are rebuilt
/// from poppler's word boxes; a page laid out in two columns or with a sidebar
/// gives each column as its own block (the one holding the largest type, the
/// owner's name, first; else left, then right) instead of interleaving their
/// lines; cells of a row ("Research Assistant", "2019 - 2021") are joined by
/// " | ", and a heading-like label cell ("EDUCATION") goes on its own line.
/// Lines set clearly larger than the body become '#' (the name) or '##'
/// headings; bold words are marked '**'; bullet glyphs and icon-font list marks
/// become "- "; icons, private-use glyphs, rotated text, page numbers and
/// repeated running headers are dropped; words hyphenated across lines are
/// joined. A page with only rotated text falls back to poppler's physical
/// layout. Throws savant::Error (input) with a reason (no path) for an
/// encrypted, damaged or text-less PDF.
std::string pdf_to_text(std::string_view bytes);

/// Reader for PDF: pdf_to_text, normalize_text, extract_cv. Throws
/// savant::Error (input) "<path>: <reason>".
DocumentRecord read_pdf(const ReaderInput& input);

}  // namespace savant::indexer
