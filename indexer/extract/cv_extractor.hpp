// SPDX-License-Identifier: MIT
// Turns the normalised text of a CV, résumé or profile page (plain text or
// Markdown) into a DocumentRecord: name, e-mails, affiliations and evidence.
#pragma once

#include <cstddef>
#include <string_view>

#include <savant/records.hpp>

#include "schema/taxonomy.hpp"
#include "schema/venues.hpp"

namespace savant::indexer {

/// What the extractor needs from the schema.
struct ExtractContext {
  const schema::VenueTable& venues = schema::VenueTable::builtin();
  const schema::Taxonomy& taxonomy = schema::Taxonomy::builtin();
};

/// The most document text extract_cv reads. A CV's text is kilobytes; the
/// extractor costs about 4 s and 20 MB of memory per MB of text, so longer text
/// (a log, a data dump, a 10 MB line) is refused rather than read for minutes.
constexpr std::size_t kMaxDocumentTextBytes = std::size_t{4} << 20;

/// Extracts a record from text already passed through schema::normalize_text.
/// Fills name, emails, affiliations, evidence (without topics or sources) and
/// text; leaves source and format to the caller. Never throws on odd input:
/// what it cannot recognise it leaves out. Throws savant::Error (input) when
/// the text is longer than kMaxDocumentTextBytes.
DocumentRecord extract_cv(std::string_view normalised_text, const ExtractContext& context = {});

}  // namespace savant::indexer
