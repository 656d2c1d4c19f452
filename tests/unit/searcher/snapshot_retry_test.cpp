// SPDX-License-Identifier: MIT
// SnapshotRetry: a reader whose snapshot a writer discarded retries for a
// fixed time, not a fixed number of times, waiting longer between attempts.
#include "searcher/snapshot_retry.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace savant::searcher {
namespace {

using namespace std::chrono_literals;

TEST(SnapshotRetry, KeepsRetryingUntilItsPatienceIsSpent) {
  const auto start = SnapshotRetry::Clock::now();
  SnapshotRetry retry(1s);
  int retries = 0;
  while (retry.wait_before_next_attempt()) ++retries;
  // Four immediate attempts were what failed under a writer committing every
  // ~80 ms; the pauses (1, 2, 4 ... 64 ms) allow more within the patience.
  EXPECT_GE(retries, 5);
  EXPECT_EQ(retry.retries(), retries);
  EXPECT_GE(SnapshotRetry::Clock::now() - start, 1s);
}

TEST(SnapshotRetry, NoPatienceMeansNoRetry) {
  SnapshotRetry retry(0ms);
  EXPECT_FALSE(retry.wait_before_next_attempt());
  EXPECT_EQ(retry.retries(), 0);
}

}  // namespace
}  // namespace savant::searcher
