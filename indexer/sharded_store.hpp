// SPDX-License-Identifier: MIT
// The stores of a sharded index's shards, seen as one record store. A new
// record is stored at once (in the shards' batches) on the shard its name
// suggests; once researchers are derived, place_record() moves any record to
// the shard of the researcher it belongs to.
#pragma once

#include "indexer/index_store.hpp"
#include "indexer/record_store.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace savant::indexer {

/// Owns one IndexStore per shard. Not thread-safe.
class ShardedStore : public RecordStore {
 public:
  /// Opens (creating when missing) shards 0 .. `shards`-1 under `dir`.
  /// Throws savant::Error as IndexStore does, for the first shard that fails.
  ShardedStore(const std::string& dir, std::size_t shards);

  std::optional<StoredRecord> find_record(const std::string& source) override;
  std::optional<StoredSource> find_source(const std::string& source) override;
  std::vector<std::string> all_sources() override;
  void expect_source_lookups(std::size_t lookups) override;
  void put_record(const DocumentRecord& record, std::uint64_t content_hash,
                  const std::optional<FileStamp>& stamp = std::nullopt,
                  std::size_t bytes = 0) override;
  void put_stamp(const std::string& source, const FileStamp& stamp) override;
  void remove_record(const std::string& source) override;
  std::size_t batch_records() const override;
  std::size_t batch_bytes() const override;
  bool commit_batch() override;
  /// Whether any shard needs researchers derived again.
  bool needs_derive() override;
  /// The excluded sources of every shard.
  std::map<std::string, std::string> excluded() override;
  /// Keeps each exclusion on the shard of the researcher it belonged to
  /// (schema::shard_of(id)); shards whose share is unchanged are not written.
  void set_excluded(const std::map<std::string, std::string>& excluded) override;
  /// Looks on the researcher's shard first, then on the others.
  std::optional<Researcher> find_researcher(const std::string& id) override;

  /// What grouping reads of every stored record, each once (from the first
  /// shard holding it, as find_record() reads it), from the shards' identity
  /// values; titles and sketches only when some record names no one.
  std::vector<IdentityRecord> identity_records();

  /// The shard whose copy of each stored record find_record() reads.
  std::unordered_map<std::string, std::size_t> record_holders() const;

  /// Makes shard `target` the only one holding the record of `source`,
  /// moving it (with its hash and file stamp) when it lives elsewhere.
  void place_record(const std::string& source, std::size_t target);

  std::size_t shard_count() const { return stores_.size(); }
  IndexStore& shard(std::size_t i) { return *stores_.at(i); }

 private:
  std::vector<std::unique_ptr<IndexStore>> stores_;
  std::map<std::string, std::vector<std::size_t>> where_;  // source -> shards holding it
};

}  // namespace savant::indexer
