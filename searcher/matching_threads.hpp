// SPDX-License-Identifier: MIT
// How many threads the large matchings of this process use, so that a search
// takes a second core for its matching (split_spied_matches) only while one
// is free. `savant serve` runs a search per worker thread: were each of them
// to split, a busy server would run twice as many matching threads as it has
// cores, and every search would wait longer for the same work.
#pragma once

#include <cstddef>
#include <mutex>

namespace savant::searcher {

/// Thread-safe.
class MatchingThreads {
 public:
  /// `cores`: how many threads may match at once before a matching stops
  /// taking a second one (0 counts as 1).
  explicit MatchingThreads(unsigned cores);

  /// One matching, from start to end: one thread, or two when split().
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    /// Whether this matching may use a second thread.
    bool split() const { return threads_ == 2; }

   private:
    friend class MatchingThreads;
    Lease(MatchingThreads* owner, unsigned threads) : owner_(owner), threads_(threads) {}
    MatchingThreads* owner_;
    unsigned threads_;
  };

  /// A matching starts: it may split when its two threads and those of the
  /// matchings already running fit in the cores. Taken for as long as it runs.
  Lease start();

  /// Threads the running matchings use now.
  unsigned in_use() const;

 private:
  void end(unsigned threads);

  const unsigned cores_;
  mutable std::mutex mutex_;
  unsigned in_use_ = 0;
};

/// The process's: as many cores as std::thread::hardware_concurrency() says.
MatchingThreads& process_matching_threads();

}  // namespace savant::searcher
