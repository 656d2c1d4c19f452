// SPDX-License-Identifier: MIT
// MatchingThreads: a large matching takes a second thread only while the
// matchings already running leave a core free.
#include "searcher/matching_threads.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace savant::searcher {
namespace {

TEST(MatchingThreads, OneMatchingAloneSplitsOnTwoCores) {
  MatchingThreads threads(2);
  {
    const MatchingThreads::Lease lease = threads.start();
    EXPECT_TRUE(lease.split());
    EXPECT_EQ(threads.in_use(), 2u);
  }
  EXPECT_EQ(threads.in_use(), 0u);
  EXPECT_TRUE(threads.start().split());  // the cores are free again
}

TEST(MatchingThreads, ASecondMatchingAtOnceDoesNotSplit) {
  MatchingThreads threads(2);
  const MatchingThreads::Lease first = threads.start();
  const MatchingThreads::Lease second = threads.start();
  EXPECT_TRUE(first.split());
  EXPECT_FALSE(second.split());
  EXPECT_EQ(threads.in_use(), 3u);  // no core for it, but it runs and counts
  const MatchingThreads::Lease third = threads.start();
  EXPECT_FALSE(third.split());
}

TEST(MatchingThreads, SplitsAsLongAsTwoThreadsFit) {
  MatchingThreads threads(5);
  std::optional<MatchingThreads::Lease> leases[4];
  for (auto& lease : leases) lease.emplace(threads.start());
  EXPECT_TRUE(leases[0]->split());
  EXPECT_TRUE(leases[1]->split());   // 4 of 5 cores
  EXPECT_FALSE(leases[2]->split());  // 5 of 5
  EXPECT_FALSE(leases[3]->split());  // 6: over
  EXPECT_EQ(threads.in_use(), 6u);
  leases[0].reset();  // a split one ends: two threads free
  EXPECT_EQ(threads.in_use(), 4u);
  EXPECT_FALSE(threads.start().split());  // 4 + 2 > 5
}

TEST(MatchingThreads, OneCoreNeverSplits) {
  for (unsigned cores : {0u, 1u}) {
    MatchingThreads threads(cores);
    EXPECT_FALSE(threads.start().split()) << cores;
  }
}

TEST(MatchingThreads, ManySearchesAtOnceNeverSplitBeyondTheCores) {
  MatchingThreads threads(2);
  std::atomic<int> splitting{0};
  std::atomic<int> most{0};
  std::atomic<int> splits{0};
  std::vector<std::thread> searches;
  for (int t = 0; t < 4; ++t) {
    searches.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        const MatchingThreads::Lease lease = threads.start();
        if (!lease.split()) continue;
        ++splits;
        const int now = ++splitting;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        --splitting;
      }
    });
  }
  for (std::thread& s : searches) s.join();
  EXPECT_EQ(most.load(), 1);  // two cores: never two split matchings at once
  EXPECT_GT(splits.load(), 0);
  EXPECT_EQ(threads.in_use(), 0u);
}

}  // namespace
}  // namespace savant::searcher
