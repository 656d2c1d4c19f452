// SPDX-License-Identifier: MIT
// How a reader retries an operation whose snapshot a writer discarded.
#pragma once

#include <algorithm>
#include <chrono>
#include <thread>

namespace savant::searcher {

// Xapian keeps a reader's revision only until the writer's second commit after
// it (DatabaseModifiedError then). An index run with small batches commits
// every ~80 ms, so a search slower than two commits fails however often it is
// retried at once: it must keep retrying until it falls into a long enough gap,
// or the run ends. So the retries last a fixed time, not a fixed count, and
// wait a little longer each time (1, 2, 4 ... 64 ms) so that they do not keep
// the same phase as a writer committing at a steady pace.
class SnapshotRetry {
 public:
  using Clock = std::chrono::steady_clock;

  explicit SnapshotRetry(Clock::duration patience = std::chrono::seconds(20))
      : deadline_(Clock::now() + patience) {}

  // Waits before the next attempt; false when the patience is spent (the
  // caller then reports the error).
  bool wait_before_next_attempt() {
    if (Clock::now() >= deadline_) return false;
    std::this_thread::sleep_for(std::min<Clock::duration>(pause_, deadline_ - Clock::now()));
    pause_ = std::min<Clock::duration>(pause_ * 2, std::chrono::milliseconds(64));
    ++retries_;
    return true;
  }

  int retries() const { return retries_; }

 private:
  Clock::time_point deadline_;
  Clock::duration pause_ = std::chrono::milliseconds(1);
  int retries_ = 0;
};

}  // namespace savant::searcher
