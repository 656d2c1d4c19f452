// SPDX-License-Identifier: MIT
#include "cli/serve/searcher_pool.hpp"

#include <sys/stat.h>
#include <utility>

namespace savant::serve {

// Xapian's glass backend rewrites its version file `iamglass` (a new file,
// renamed into place) at every commit, so its inode and time change then and
// only then. For anything else at `path` (a stub database file listing
// shards), the path's own stamp is the best there is.
IndexStamp index_stamp(const std::string& path) {
  struct stat st {};
  if (::stat((path + "/iamglass").c_str(), &st) != 0 && ::stat(path.c_str(), &st) != 0) return {};
  return IndexStamp{static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
                    static_cast<unsigned long long>(st.st_ino)};
}

SearcherPool::SearcherPool(std::string path) : path_(std::move(path)) {
  const IndexStamp stamp = index_stamp(path_);
  idle_.push_back(Idle{std::make_unique<Searcher>(path_), stamp});
}

SearcherPool::Lease SearcherPool::acquire() {
  const IndexStamp now = index_stamp(path_);
  Idle idle;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Prefer a searcher already on the current state; drop stale ones.
    while (!idle_.empty() && !idle.searcher) {
      Idle candidate = std::move(idle_.back());
      idle_.pop_back();
      if (candidate.stamp == now) idle = std::move(candidate);
    }
  }
  // Opening happens outside the lock: other threads need not wait for it.
  if (!idle.searcher) idle = Idle{std::make_unique<Searcher>(path_), now};
  return Lease(*this, std::move(idle.searcher), idle.stamp);
}

void SearcherPool::give_back(std::unique_ptr<Searcher> searcher, IndexStamp stamp) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(Idle{std::move(searcher), stamp});
}

SearcherPool::Lease::Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher, IndexStamp stamp)
    : pool_(&pool), searcher_(std::move(searcher)), stamp_(stamp) {}

SearcherPool::Lease::~Lease() {
  if (searcher_) pool_->give_back(std::move(searcher_), stamp_);
}

}  // namespace savant::serve
