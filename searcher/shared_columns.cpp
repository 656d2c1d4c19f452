// SPDX-License-Identifier: MIT
#include "searcher/shared_columns.hpp"

#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace savant::searcher {
namespace {

struct Shared {
  std::mutex mutex;
  // Weak: the columns go with the last Searcher holding them.
  std::map<std::string, std::weak_ptr<const UnitColumns>> by_revision;
  std::atomic<std::size_t> reads{0};
};

Shared& shared() {
  static Shared instance;
  return instance;
}

// Empty when the database cannot name its revision (no UUID: in-memory).
std::string revision_key(const Xapian::Database& db) {
  const std::string uuid = db.get_uuid();
  if (uuid.empty()) return {};
  return uuid + ":" + std::to_string(db.get_revision());
}

std::shared_ptr<const UnitColumns> alive(Shared& s, const std::string& key) {
  for (auto it = s.by_revision.begin(); it != s.by_revision.end();) {
    it = it->second.expired() ? s.by_revision.erase(it) : std::next(it);
  }
  auto it = s.by_revision.find(key);
  return it == s.by_revision.end() ? nullptr : it->second.lock();
}

}  // namespace

std::shared_ptr<const UnitColumns> shared_columns(const Xapian::Database& db, bool* built) {
  if (built) *built = false;
  Shared& s = shared();
  const std::string key = revision_key(db);
  // Read under the lock: threads asking for the same new revision wait for
  // one read instead of each making their own.
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!key.empty()) {
    if (auto columns = alive(s, key)) return columns;
  }
  auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  ++s.reads;
  if (built) *built = true;
  if (!key.empty()) s.by_revision[key] = columns;
  return columns;
}

std::shared_ptr<const UnitColumns> shared_or_loaded_columns(
    const Xapian::Database& db, const std::function<std::shared_ptr<const UnitColumns>()>& load) {
  Shared& s = shared();
  const std::string key = revision_key(db);
  if (key.empty()) return nullptr;
  std::lock_guard<std::mutex> lock(s.mutex);
  if (auto columns = alive(s, key)) return columns;
  auto columns = load();
  if (columns) s.by_revision[key] = columns;
  return columns;
}

std::shared_ptr<const UnitColumns> existing_columns(const Xapian::Database& db) {
  Shared& s = shared();
  const std::string key = revision_key(db);
  if (key.empty()) return nullptr;
  std::lock_guard<std::mutex> lock(s.mutex);
  return alive(s, key);
}

std::size_t columns_read() { return shared().reads.load(); }

}  // namespace savant::searcher
