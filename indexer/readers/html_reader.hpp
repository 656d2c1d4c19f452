// SPDX-License-Identifier: MIT
// Reads HTML pages (profile pages, web CVs): the page's own content as light
// Markdown, without navigation, scripts and other site chrome.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// The visible text of an HTML document (UTF-8) as the Markdown the CV
/// extractor reads: h1-h6 as '#' headings, list items as '- ' bullets (two
/// spaces per nesting level), paragraphs, rows and breaks as lines, table cells
/// separated by " | ", bold-only lines as "**...**". Drops scripts, styles,
/// forms, navigation, headers, footers and elements whose id, class or role
/// mark them as menus, sidebars, cookie banners or sharing buttons. Jekyll front
/// matter is kept at the top; Liquid tags are removed. When the page has no h1,
/// its <title> becomes the first heading. Never throws on odd markup.
std::string html_to_text(std::string_view html);

/// Reader for HTML: html_to_text, normalize_text, extract_cv. Throws
/// savant::Error (input) when the page has no text.
DocumentRecord read_html(const ReaderInput& input);

}  // namespace savant::indexer
