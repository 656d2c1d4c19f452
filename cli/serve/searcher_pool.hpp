// SPDX-License-Identifier: MIT
// Searchers for the server's worker threads. A Searcher is for one thread at a
// time (savant/search.hpp), so each request borrows one of its own from the
// pool and gives it back; the pool opens another when all are lent out. A
// borrowed Searcher is reopened first when the index has been committed to
// since it was opened, so `savant index` into a served index shows up in the
// next request without restarting the server.
#pragma once

#include <savant/search.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace savant::serve {

/// What identifies one committed state of an index on disk (see searcher_pool.cpp).
struct IndexStamp {
  long long modified_ns = 0;
  unsigned long long inode = 0;
  bool operator==(const IndexStamp&) const = default;
};

/// Thread-safe.
class SearcherPool {
 public:
  /// Opens the index at `path` once, so a missing or unreadable index is
  /// reported (savant::Error) before the server starts.
  explicit SearcherPool(std::string path);

  /// A Searcher lent to one thread; given back when the lease ends.
  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher, IndexStamp stamp);
    ~Lease();
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    Searcher& operator*() { return *searcher_; }
    Searcher* operator->() { return searcher_.get(); }
    /// The state of the index this Searcher sees.
    const IndexStamp& stamp() const { return stamp_; }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
    IndexStamp stamp_;
  };

  /// A Searcher on the latest committed state of the index. Throws
  /// savant::Error when the index cannot be opened.
  Lease acquire();

  const std::string& path() const { return path_; }

 private:
  struct Idle {
    std::unique_ptr<Searcher> searcher;
    IndexStamp stamp;
  };
  void give_back(std::unique_ptr<Searcher> searcher, IndexStamp stamp);

  std::string path_;
  std::mutex mutex_;
  std::vector<Idle> idle_;
};

/// The stamp of the index at `path` now.
IndexStamp index_stamp(const std::string& path);

}  // namespace savant::serve
