// SPDX-License-Identifier: MIT
// Reads PDF CVs with poppler: text in reading order, columns and sidebars kept
// apart, headings marked from font sizes.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace savant::indexer {

/// Pages read_pdf reads at most: a CV or publication list has far fewer.
inline constexpr int kMaxPdfPages = 2000;

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
///
/// Memory stays bounded: a PDF of more than `max_pages` pages is refused
/// before any page is read, and reading stops (refusing the PDF) at the page
/// where the words read so far pass `max_text_bytes`, the limit the extractor
/// sets on any document's text (kMaxDocumentTextBytes by default).
std::string pdf_to_text(std::string_view bytes, std::size_t max_text_bytes = 0,
                        int max_pages = kMaxPdfPages);

/// Reader for PDF: pdf_to_text, normalize_text, extract_cv. Throws
/// savant::Error (input) "<path>: <reason>".
DocumentRecord read_pdf(const ReaderInput& input);

}  // namespace savant::indexer
