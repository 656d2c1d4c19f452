// SPDX-License-Identifier: MIT
// Records of a sharded index: where each one lives, and moving them to the
// shard of their researcher.
#include "indexer/sharded_store.hpp"

#include "schema/shard_layout.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <filesystem>

namespace savant::indexer {
namespace {

// Where a record no shard holds yet goes first. A researcher's id is most
// often the slug of their name, so most records land on their final shard
// and need no move once researchers are derived.
std::size_t first_guess(const DocumentRecord& record, std::size_t shards) {
  const std::string key = record.name.empty() ? record.source : schema::slugify(record.name);
  return schema::shard_of(key, shards);
}

}  // namespace

ShardedStore::ShardedStore(const std::string& dir, std::size_t shards) {
  for (std::size_t i = 0; i < shards; ++i) {
    const std::string path =
        (std::filesystem::path(dir) / schema::shard_directory_name(i)).string();
    stores_.push_back(std::make_unique<IndexStore>(path));
    // A record may sit on two shards when a run stopped between the commits
    // of a move; place_record() keeps the one copy that belongs.
    for (const std::string& source : stores_.back()->all_sources()) where_[source].push_back(i);
  }
}

std::optional<StoredRecord> ShardedStore::find_record(const std::string& source) {
  auto it = where_.find(source);
  if (it == where_.end()) return std::nullopt;
  return stores_[it->second.front()]->find_record(source);
}

std::optional<StoredSource> ShardedStore::find_source(const std::string& source) {
  auto it = where_.find(source);
  if (it == where_.end()) return std::nullopt;
  return stores_[it->second.front()]->find_source(source);
}

void ShardedStore::expect_source_lookups(std::size_t lookups) {
  // Each shard holds about its share of the sources asked for.
  for (auto& store : stores_) store->expect_source_lookups(lookups / stores_.size());
}

std::vector<std::string> ShardedStore::all_sources() {
  std::vector<std::string> sources;
  sources.reserve(where_.size());
  for (const auto& [source, shards] : where_) sources.push_back(source);
  return sources;
}

void ShardedStore::put_record(const DocumentRecord& record, std::uint64_t content_hash,
                              const std::optional<FileStamp>& stamp, std::size_t bytes) {
  std::vector<std::size_t>& holders = where_[record.source];
  if (holders.empty()) holders.push_back(first_guess(record, stores_.size()));
  stores_[holders.front()]->put_record(record, content_hash, stamp, bytes);
}

void ShardedStore::put_stamp(const std::string& source, const FileStamp& stamp) {
  auto it = where_.find(source);
  if (it == where_.end()) return;
  for (std::size_t shard : it->second) stores_[shard]->put_stamp(source, stamp);
}

void ShardedStore::remove_record(const std::string& source) {
  auto it = where_.find(source);
  if (it == where_.end()) return;
  for (std::size_t shard : it->second) stores_[shard]->remove_record(source);
  where_.erase(it);
}

std::size_t ShardedStore::batch_records() const {
  std::size_t n = 0;
  for (const auto& store : stores_) n += store->batch_records();
  return n;
}

std::size_t ShardedStore::batch_bytes() const {
  std::size_t n = 0;
  for (const auto& store : stores_) n += store->batch_bytes();
  return n;
}

bool ShardedStore::commit_batch() {
  bool committed = false;
  for (auto& store : stores_) committed = store->commit_batch() || committed;
  return committed;
}

bool ShardedStore::needs_derive() {
  bool needed = false;
  for (auto& store : stores_) needed = store->needs_derive() || needed;
  return needed;
}

std::map<std::string, std::string> ShardedStore::excluded() {
  std::map<std::string, std::string> all;
  for (auto& store : stores_) all.merge(store->excluded());
  return all;
}

void ShardedStore::set_excluded(const std::map<std::string, std::string>& excluded) {
  std::vector<std::map<std::string, std::string>> shares(stores_.size());
  for (const auto& [path, id] : excluded) {
    shares[schema::shard_of(id, stores_.size())].emplace(path, id);
  }
  for (std::size_t i = 0; i < stores_.size(); ++i) {
    if (stores_[i]->excluded() != shares[i]) stores_[i]->set_excluded(shares[i]);
  }
}

std::optional<Researcher> ShardedStore::find_researcher(const std::string& id) {
  const std::size_t home = schema::shard_of(id, stores_.size());
  if (auto found = stores_[home]->find_researcher(id)) return found;
  for (std::size_t i = 0; i < stores_.size(); ++i) {
    if (i == home) continue;
    if (auto found = stores_[i]->find_researcher(id)) return found;
  }
  return std::nullopt;
}

std::vector<IdentityRecord> ShardedStore::identity_records() {
  std::vector<IdentityRecord> all;
  for (std::size_t i = 0; i < stores_.size(); ++i) {
    for (IdentityRecord& record : stores_[i]->identity_records(true)) {
      // A record on two shards (a run stopped between the commits of a move)
      // is read from the first, as find_record() does.
      const auto it = where_.find(record.source);
      if (it != where_.end() && it->second.front() == i) all.push_back(std::move(record));
    }
  }
  if (std::none_of(all.begin(), all.end(), [](const auto& r) { return is_anonymous(r); })) {
    drop_near_duplicate_fields(all);
  }
  return all;
}

std::unordered_map<std::string, std::size_t> ShardedStore::record_holders() const {
  std::unordered_map<std::string, std::size_t> holders;
  holders.reserve(where_.size());
  for (const auto& [source, shards] : where_) holders.emplace(source, shards.front());
  return holders;
}

void ShardedStore::place_record(const std::string& source, std::size_t target) {
  auto it = where_.find(source);
  if (it == where_.end()) return;  // not a record of this index
  const std::vector<std::size_t> holders = it->second;
  if (std::find(holders.begin(), holders.end(), target) == holders.end()) {
    IndexStore& from = *stores_[holders.front()];
    std::optional<StoredRecord> record = from.find_record(source);
    std::optional<StoredSource> stored = from.find_source(source);
    if (!record || !stored) return;
    stores_.at(target)->put_record(record->record, record->content_hash, stored->stamp);
  }
  for (std::size_t shard : holders) {
    if (shard != target) stores_[shard]->remove_record(source);
  }
  it->second = {target};
}

}  // namespace savant::indexer
