// SPDX-License-Identifier: MIT
// The schema version an index records, and the check made whenever one is opened.
#pragma once

#include <xapian.h>

#include <string>

namespace savant::schema {

/// Bumped whenever the index layout (prefixes, slots, document data) changes
/// incompatibly. An index written with another version is refused.
/// 1: the first layout; 2: no positions (a phrase matches its words anywhere
/// in one document) and no whole-file entries (docs/index-size.md); 3: source
/// records keep a shingle signature of the file's text, not the text; 4: stems
/// only, and the words as written once per researcher for spelling; 5: stored
/// evidence leaves out empty fields and names its fields with one letter;
/// 6: evidence units refer to their source records' evidence instead of
/// holding a copy of it (docs/index-size.md); 7: evidence with a year has the
/// boolean year term `XY<year>` (year filters); 8: a source record's data
/// holds each evidence on a line of its own, so one is read without the others;
/// 9: the researcher's affiliations (`ZXI`) and e-mails (`XE`) are terms of the
/// researcher document only, not of each evidence unit (docs/index-size.md);
/// 10: the words as written once per index, on vocabulary documents, not once
/// per researcher (docs/index-size.md, "Spelling vocabulary").
inline constexpr int kSchemaVersion = 10;

/// Records kSchemaVersion in `db`'s metadata (committed with the next commit).
void write_schema_version(Xapian::WritableDatabase& db);

/// Throws savant::Error (incompatible_index) naming `path` when `db` was
/// written by another schema version or is not a savant index at all.
void check_schema_version(const Xapian::Database& db, const std::string& path);

}  // namespace savant::schema
