// SPDX-License-Identifier: MIT
// Reads JSON documents: JSON Resume (jsonresume.org) résumés, and other JSON
// publication lists (arrays of entries with title, authors, venue, year).
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

namespace savant::indexer {

/// Reads a JSON Resume: basics (name, e-mail, summary, location), work,
/// volunteer and projects (experience), education, publications, skills,
/// awards and interests. Section keys are matched by their words, so
/// variants ("work experience", "Technical skills") are read too. Throws
/// savant::Error (input) for invalid JSON or a document that is not an object.
DocumentRecord read_json_resume(const ReaderInput& input);

/// Reads a JSON publication list: an array of publication-like objects (or an
/// object holding one under "publications", "papers", "items", ...), with
/// CSL-JSON's shapes understood too. The owner is inferred from the author
/// lists as for BibTeX. Throws savant::Error (input) for invalid JSON or when
/// no entry has a title.
DocumentRecord read_publication_list_json(const ReaderInput& input);

}  // namespace savant::indexer
