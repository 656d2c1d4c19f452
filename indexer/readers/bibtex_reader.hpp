// SPDX-License-Identifier: MIT
// Reads a BibTeX publication list: one publication per entry, the file's
// owner taken as the author on most entries.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

namespace savant::indexer {

/// Reads a .bib file. Each entry becomes publication evidence (title, authors,
/// year, venue, status, role relative to the owner, abstract and keywords as
/// text). The owner is the author on more than half of the entries (name
/// spellings folded); without one the record has no name. Malformed entries
/// are skipped; throws savant::Error (input) when no entry can be read.
DocumentRecord read_bibtex(const ReaderInput& input);

}  // namespace savant::indexer
