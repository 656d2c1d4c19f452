// SPDX-License-Identifier: MIT
// Stored records read back on worker threads while the writer keeps its
// transaction open: each thread borrows its own read-only view of the index.
#pragma once

#include <savant/records.hpp>

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace savant::indexer {

/// Reads committed source records of the index at `path`. Thread-safe: each
/// call borrows one of a pool of read-only databases (one per thread at
/// most), so readers never share a Xapian object.
class RecordReaders {
 public:
  explicit RecordReaders(std::string path) : path_(std::move(path)) {}

  /// The stored record of `source`. Throws savant::Error (index) when the
  /// index has none; Xapian errors propagate. `docid`, when not 0, is where
  /// the record is looked for first (IdentityRecord::docid): a document read
  /// by id costs no posting list cursor, which the unique term's lookup does.
  DocumentRecord load(const std::string& source, std::uint32_t docid = 0);

 private:
  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
};

}  // namespace savant::indexer
