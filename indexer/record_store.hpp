// SPDX-License-Identifier: MIT
// Where an indexing run keeps the records it reads: one index (IndexStore)
// or the shards of a sharded index (ShardedStore). Inputs are stored through
// this interface, so files and in-memory records reach either alike.
#pragma once

#include "indexer/file_stamp.hpp"
#include <savant/records.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace savant::indexer {

/// A stored record with the content hash it was read from.
struct StoredRecord {
  DocumentRecord record;
  std::uint64_t content_hash = 0;
};

/// What is stored about a source without parsing its record: enough to decide
/// whether the file must be read again.
struct StoredSource {
  std::uint64_t content_hash = 0;
  std::optional<FileStamp> stamp;  ///< Absent for in-memory records and older indexes.
};

/// The record side of a store, as IndexStore documents it. Not thread-safe.
class RecordStore {
 public:
  virtual ~RecordStore() = default;

  /// The stored record of `source`, if any.
  virtual std::optional<StoredRecord> find_record(const std::string& source) = 0;

  /// The stored hash and file stamp of `source`, without parsing its record.
  virtual std::optional<StoredSource> find_source(const std::string& source) = 0;

  /// Sources of every stored record.
  virtual std::vector<std::string> all_sources() = 0;

  /// Says that about `lookups` find_source() calls follow. When they are many
  /// against the records stored, the store may read every source's hash and
  /// stamp at once and answer them from memory until its next change.
  virtual void expect_source_lookups(std::size_t lookups) = 0;

  /// Stores (or replaces) a record; `bytes` is its input size, for batching.
  virtual void put_record(const DocumentRecord& record, std::uint64_t content_hash,
                          const std::optional<FileStamp>& stamp = std::nullopt,
                          std::size_t bytes = 0) = 0;

  /// Replaces the file stamp of a stored source whose content is unchanged.
  virtual void put_stamp(const std::string& source, const FileStamp& stamp) = 0;

  /// Drops a stored record.
  virtual void remove_record(const std::string& source) = 0;

  /// Records changed in the open batch, and the input bytes they came from.
  virtual std::size_t batch_records() const = 0;
  virtual std::size_t batch_bytes() const = 0;

  /// Commits the open batch of record changes, if any. Returns whether it did.
  virtual bool commit_batch() = 0;

  /// Whether researchers must be derived again (records changed, now or in a
  /// run stopped before deriving).
  virtual bool needs_derive() = 0;

  /// Excluded source paths (`savant forget`), each with the researcher id it belonged to.
  virtual std::map<std::string, std::string> excluded() = 0;

  /// Replaces the excluded set; written with the next commit. Changes no
  /// record, so it alone does not make researchers be derived again.
  virtual void set_excluded(const std::map<std::string, std::string>& excluded) = 0;

  /// The stored profile of researcher `id`, if the store holds one.
  virtual std::optional<Researcher> find_researcher(const std::string& id) = 0;
};

}  // namespace savant::indexer
