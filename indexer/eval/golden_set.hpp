// SPDX-License-Identifier: MIT
// The golden extraction set of tests/golden/: for chosen corpus documents, what
// a careful reader finds in them (name, e-mails, publications with venue, year
// and status), written by reading each document (see tests/golden/README.md).
#pragma once

#include <string>
#include <vector>

namespace savant::indexer::eval {

/// One publication as the golden file states it.
struct GoldenPublication {
  /// Canonical venue ids any of which is right; empty when the publication
  /// names no venue of savant's venue table (so none should be extracted).
  std::vector<std::string> venues;
  int year = 0;        ///< 0 when the document gives no year.
  std::string status;  ///< "published", "preprint", "under review", or "" when not stated.
};

/// One document of the golden set.
struct GoldenDocument {
  std::string origin;  ///< The golden file it was read from, for messages.
  std::string file;    ///< Path relative to the corpus directory ("real/x__cv.pdf").
  std::string format;  ///< The format a reader should detect.
  /// Acceptable forms of the owner's name; empty when the document names no one.
  std::vector<std::string> names;
  std::vector<std::string> emails;  ///< Lower-cased.
  std::vector<GoldenPublication> publications;
};

/// Loads every `*.json` file of `dir`, sorted by name. Venue names are mapped
/// to canonical ids through the built-in venue table by exact id, label or
/// alias; a name the table does not know means "no venue". Throws
/// savant::Error (usage) naming the file for a missing directory, bad JSON or
/// a missing or mistyped field.
std::vector<GoldenDocument> load_golden_set(const std::string& dir);

/// Venue names of the golden files in `dir` that the venue table does not know,
/// "<file>: <name>", so a typo is told from a venue savant cannot know.
std::vector<std::string> unknown_golden_venues(const std::string& dir);

}  // namespace savant::indexer::eval
