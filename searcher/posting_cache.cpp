// SPDX-License-Identifier: MIT
#include "searcher/posting_cache.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <tuple>
#include <unistd.h>

namespace savant::searcher {

namespace {

std::string_view revision_of(const std::string& key) {
  return std::string_view(key).substr(0, key.find('\0'));
}

// The machine's memory in bytes (0 when it cannot be told), asked once: the
// budget is worked out on every walked search.
std::size_t machine_memory() {
  static const std::size_t bytes = [] {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page_size = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page_size <= 0) return std::size_t{0};
    return static_cast<std::size_t>(pages) * static_cast<std::size_t>(page_size);
  }();
  return bytes;
}

}  // namespace

std::shared_ptr<const DecodedPostings> PostingCache::postings(
    const Xapian::Database& db, const std::string& term, Xapian::doccount termfreq,
    const std::function<DecodedPostings()>& decode) {
  if (termfreq < min_postings_) return nullptr;
  const std::size_t bytes = DecodedPostings::bytes_for(termfreq);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Half the budget at most, so that one list does not push out all others.
    if (bytes > budget_ / 2) return nullptr;
  }
  const std::string uuid = db.get_uuid();
  if (uuid.empty()) return nullptr;
  std::string key = uuid + ':' + std::to_string(db.get_revision());
  key.push_back('\0');
  key += term;

  std::unique_lock<std::mutex> lock(mutex_);
  count_use(key);
  for (auto it = entries_.find(key); it != entries_.end(); it = entries_.find(key)) {
    if (it->second.postings) return it->second.postings;
    // Another thread reads it: the two halves of a walk ask for the same lists.
    decoded_cv_.wait(lock);
  }
  if (!make_room(key, bytes, uses_[key])) return nullptr;
  entries_.emplace(key, Entry{nullptr, bytes});
  kept_ += bytes;
  lock.unlock();

  std::shared_ptr<const DecodedPostings> list;
  try {
    list = std::make_shared<const DecodedPostings>(decode());
  } catch (...) {
    lock.lock();
    entries_.erase(key);
    kept_ -= bytes;
    decoded_cv_.notify_all();
    throw;
  }
  lock.lock();
  entries_[key].postings = list;
  ++decoded_;
  decoded_cv_.notify_all();
  return list;
}

void PostingCache::count_use(const std::string& key) {
  ++uses_[key];
  if (++requests_ % kAgeEvery != 0) return;
  for (auto it = uses_.begin(); it != uses_.end();) {
    it->second /= 2;
    // A count gone to 0 is forgotten, unless its list is kept.
    it = it->second == 0 && !entries_.contains(it->first) ? uses_.erase(it) : std::next(it);
  }
}

bool PostingCache::make_room(const std::string& key, std::size_t bytes, std::uint32_t uses) {
  if (kept_ + bytes <= budget_) return true;
  // Candidates, first to go first: other revisions', then the least used.
  const std::string_view revision = revision_of(key);
  struct Candidate {
    bool same_revision;
    std::uint32_t uses;
    std::map<std::string, Entry>::iterator entry;
  };
  std::vector<Candidate> candidates;
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    // A list being read is waited for by its readers.
    if (!it->second.postings) continue;
    const bool same = revision_of(it->first) == revision;
    const std::uint32_t used = same ? uses_[it->first] : 0;
    if (same && used >= uses) continue;
    candidates.push_back(Candidate{same, used, it});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.same_revision, a.uses) < std::tie(b.same_revision, b.uses);
  });
  std::size_t freed = 0;
  std::size_t enough = 0;
  while (enough < candidates.size() && kept_ - freed + bytes > budget_) {
    freed += candidates[enough++].entry->second.bytes;
  }
  if (kept_ - freed + bytes > budget_) return false;
  // A walk still holding a list keeps it alive until it is done.
  for (std::size_t i = 0; i < enough; ++i) {
    kept_ -= candidates[i].entry->second.bytes;
    entries_.erase(candidates[i].entry);
  }
  return true;
}

void PostingCache::keep_at_least(std::size_t bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  budget_ = std::max(budget_, bytes);
}

std::size_t PostingCache::budget() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return budget_;
}

std::size_t PostingCache::kept_bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return kept_;
}

std::size_t PostingCache::kept_lists() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<std::size_t>(
      std::count_if(entries_.begin(), entries_.end(),
                    [](const auto& e) { return e.second.postings != nullptr; }));
}

std::size_t PostingCache::decoded() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return decoded_;
}

std::size_t posting_cache_budget_for(Xapian::doccount documents) {
  if (const char* mb = std::getenv("SAVANT_POSTING_CACHE_MB")) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(mb, &end, 10);
    if (end != mb && *end == '\0') return static_cast<std::size_t>(value) << 20;
  }
  constexpr std::size_t kAtLeast = std::size_t{128} << 20;
  const std::size_t wanted = std::max(kAtLeast, std::size_t{documents} * 32);
  // Never more than an eighth of the machine's memory: a very large index on
  // a small machine keeps fewer lists rather than pushing out everything else.
  const std::size_t memory = machine_memory();
  return memory == 0 ? wanted : std::min(wanted, memory / 8);
}

PostingCache& process_posting_cache() {
  static PostingCache instance(0);
  return instance;
}

PostingCache& process_posting_cache_for(Xapian::doccount documents) {
  PostingCache& cache = process_posting_cache();
  cache.keep_at_least(posting_cache_budget_for(documents));
  return cache;
}

}  // namespace savant::searcher
