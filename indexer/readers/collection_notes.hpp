// SPDX-License-Identifier: MIT
// Tells a collection's own notes (the README, LICENSE or MANIFEST of a folder
// of CVs) from researcher documents, so that they are not indexed as a person.
#pragma once

#include <savant/records.hpp>

#include <string>

namespace savant::indexer {

/// Why `record` is the notes of the collection it sits in rather than a
/// researcher's document, or "" when it may be a researcher's. A file is notes
/// when its name, without extension and case, is one a repository gives its
/// own documentation (README, LICENSE, MANIFEST, CHANGELOG, ...) and the
/// reader found in it no person's name and no e-mail address. A GitHub profile
/// README ("Hi, I'm Ada Lovelace") names its owner and stays a researcher's.
std::string collection_note_reason(const DocumentRecord& record);

}  // namespace savant::indexer
