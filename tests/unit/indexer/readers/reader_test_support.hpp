// SPDX-License-Identifier: MIT
// Helpers for the reader tests: corpus files and the owners MANIFEST.tsv gives
// them, and small DOCX, ODT and PDF files built in memory.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace savant::testing {

/// The bytes of corpus/real/<name>; fails the test when the file is missing.
std::string corpus_bytes(const std::string& name);

/// Files of corpus/real whose names end with `extension` (".pdf"), sorted.
std::vector<std::string> corpus_files(const std::string& extension);

/// The researcher MANIFEST.tsv names as the owner of corpus/real/<name>.
std::string manifest_owner(const std::string& name);

/// Runs `reader` on `bytes` as the file `path` with the built-in tables.
DocumentRecord run_reader(indexer::Reader reader, const std::string& path,
                          const std::string& bytes);

/// How many pieces of evidence of `kind` the record holds.
std::size_t count_evidence(const DocumentRecord& record, EvidenceKind kind);

/// The lines of `text`, without Markdown bold markers.
std::vector<std::string> plain_lines(const std::string& text);

/// Whether `text` contains `part`.
inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// Index of the first line containing `needle`, or -1.
int line_of(const std::vector<std::string>& lines, const std::string& needle);

/// Jaccard similarity of the sets of n-word sequences (lower-cased letters
/// and digits) of two texts: 1 for the same words in the same order.
double shingle_similarity(const std::string& a, const std::string& b, std::size_t n);

/// A zip archive holding `members` (name, content), as DOCX and ODT packages are.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members);

/// One text object of a PDF page: `text` at (x, y) from the page's top-left
/// corner, in Helvetica (or Helvetica-Bold) of `size` points.
struct PdfText {
  double x = 72;
  double y = 72;
  double size = 10;
  std::string text;
  bool bold = false;
  bool rotated = false;  ///< Set turned a quarter turn, reading upwards.
};

/// A PDF of US-letter pages, each with its text objects. With `encrypted`, the
/// file carries a standard security handler whose user password is not empty.
std::string make_pdf(const std::vector<std::vector<PdfText>>& pages, bool encrypted = false);

}  // namespace savant::testing
