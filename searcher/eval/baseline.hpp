// SPDX-License-Identifier: MIT
// The plain baseline savant is measured against: BM25 over each source
// document's whole text, no taxonomy, no fields, no filters.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace savant::searcher::eval {

/// An in-memory Xapian index of the source documents stored in a savant index.
class Baseline {
 public:
  /// Builds the baseline from the stored records of the index at `db_path`.
  explicit Baseline(const std::string& db_path);

  /// Source paths of the documents matching `query`, best first (at most `limit`).
  /// Xapian's defaults: BM25, OR between words, English stemming.
  std::vector<std::string> search(const std::string& query, std::size_t limit) const;

  std::size_t size() const { return db_.get_doccount(); }

 private:
  Xapian::WritableDatabase db_;
};

}  // namespace savant::searcher::eval
