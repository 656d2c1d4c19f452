// SPDX-License-Identifier: MIT
// `savant eval extraction`: how well the readers and the extractor find what
// the golden set says each document holds, and how well identity resolution
// groups the corpus into the researchers MANIFEST.tsv names.
#pragma once

#include "indexer/eval/golden_set.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace savant::indexer::eval {

/// Counts behind a precision / recall figure.
struct FieldScore {
  std::size_t expected = 0;  ///< Items the golden set holds.
  std::size_t found = 0;     ///< Items savant extracted.
  std::size_t correct = 0;   ///< Extracted items that match a golden one.
  double precision() const;  ///< correct / found; 1 when nothing was found.
  double recall() const;     ///< correct / expected; 1 when nothing was expected.
  double f1() const;
  FieldScore& operator+=(const FieldScore& other);
};

/// What one golden document got.
struct DocumentResult {
  std::string file;                ///< As the golden set names it.
  std::string expected_format;     ///< The format the golden file says.
  std::string format;              ///< Detected format.
  std::string error;               ///< Why the file could not be read; empty if read.
  std::vector<std::string> names;  ///< Golden name forms (empty: no name expected).
  std::string found_name;          ///< Extracted name.
  bool name_right = false;         ///< Found name matches (or both are empty).
  FieldScore name;                 ///< 0/1 counts, for micro figures.
  FieldScore emails;
  std::size_t publications_expected = 0;
  std::size_t publications_found = 0;
  FieldScore venue_year;  ///< Publications with a venue or a year, matched on both.
  FieldScore status;      ///< Publications with a stated status, matched by value.
};

/// Identity resolution against MANIFEST.tsv (with the golden set's corrections).
struct MergeResult {
  std::size_t files = 0;                 ///< Files of the manifest found and read.
  std::size_t expected_researchers = 0;  ///< Distinct researchers the manifest names.
  std::size_t found_researchers = 0;     ///< Distinct clusters those files fell into.
  std::size_t corpus_researchers = 0;    ///< Clusters over the whole corpus directory.
  FieldScore pairs;                      ///< "Same person" file pairs.
  std::vector<std::string> split;   ///< "<researcher>: <cluster> | <cluster>" split across ids.
  std::vector<std::string> merged;  ///< "<cluster id>: <researcher> + <researcher>".
};

struct ExtractionReport {
  std::vector<DocumentResult> documents;
  FieldScore names;
  std::size_t names_right = 0;    ///< Documents whose name (or its absence) is right.
  std::size_t formats_right = 0;  ///< Documents whose detected format is the golden one.
  FieldScore emails;
  std::size_t counts_right = 0;  ///< Documents with exactly the golden number of publications.
  std::size_t publications_expected = 0;
  std::size_t publications_found = 0;
  FieldScore venue_year;
  FieldScore status;
  MergeResult merge;
  std::vector<std::string> formats;  ///< Distinct golden formats, sorted.
};

struct ExtractionEvalOptions {
  std::string corpus_dir;  ///< The corpus the golden files' paths are relative to.
  std::string golden_dir;  ///< Golden *.json files (and manifest-corrections.tsv).
  std::string manifest;    ///< Default: <corpus_dir>/real/MANIFEST.tsv.
};

/// Reads every golden document with the same readers `savant index` uses and
/// scores what was extracted; reads every indexable file under `corpus_dir`,
/// groups them with the identity resolver and scores the grouping against the
/// manifest. Throws savant::Error (usage) for a missing golden set or manifest.
ExtractionReport evaluate_extraction(const ExtractionEvalOptions& options);

/// Whether `found` names the same person as `golden`: the same words once case,
/// accents and punctuation are folded and word order is ignored.
bool same_name(const std::string& found, const std::string& golden);

}  // namespace savant::indexer::eval
