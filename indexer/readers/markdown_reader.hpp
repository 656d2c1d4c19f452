// SPDX-License-Identifier: MIT
// Reads Markdown pages of static sites (Jekyll, Hugo, Quarto): YAML front
// matter, Liquid tags and embedded HTML around a Markdown body.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// A page body cleaned for the CV extractor: Liquid tags (`{% ... %}`,
/// `{{ ... }}`, comment blocks) removed, HTML blocks reduced to lines
/// (headings to "#", list items to "- ", block ends to line breaks, scripts
/// and styles dropped; inline tags are left to the extractor), TOML front
/// matter dropped.
std::string clean_page_body(std::string_view body);

/// Reads a Markdown page. A single-publication page (front matter with a
/// `publications` collection, a venue, a citation or Hugo's publication
/// fields) becomes one publication (title, authors from `authors`/`author` or
/// the citation, venue, year from the date, excerpt/abstract and body as
/// text); the owner is named only when one author is set in bold. Any other
/// page goes through the CV extractor, with Hugo author-page fields (bio,
/// education, interests, role) added as sections and a person's name from
/// the front matter (`name`, `author`, or a `title` shaped like a name).
/// Throws nothing on odd front matter: it is then read as text.
DocumentRecord read_markdown(const ReaderInput& input);

}  // namespace savant::indexer
