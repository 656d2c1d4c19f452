// SPDX-License-Identifier: MIT
// Which posting lists the cache keeps, within its budget: every list while
// there is room; when full, a list asked for more often than the kept ones
// takes their place, one asked for as often does not (a mix of queries
// larger than the budget keeps a stable set instead of reading every list
// again each round), lists of an older revision go first; a list read by one
// thread is waited for, not read again, by another; a failed read keeps
// nothing. That walks from kept lists give the index's matches and weights is
// tested in direct_matches_test.cpp.
#include "searcher/posting_cache.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>

namespace savant::searcher {
namespace {

using savant::testing::TempDir;

// A database that names its revisions (an in-memory one has no UUID).
struct Index {
  TempDir dir;
  Xapian::WritableDatabase db{dir / "db",
                              Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS};

  Index() { commit(); }
  void commit() {
    db.add_document(Xapian::Document());
    db.commit();
  }
};

// A list of `n` postings (docids 1..n), counting the reads.
std::function<DecodedPostings()> list_of(std::size_t n, int& reads) {
  return [n, &reads] {
    ++reads;
    DecodedPostings out;
    for (std::size_t i = 1; i <= n; ++i) {
      out.docids.push_back(static_cast<Xapian::docid>(i));
      out.parts.push_back(1.0 / static_cast<double>(i));
    }
    return out;
  };
}

constexpr std::size_t kList = 100;  // postings of each list below
constexpr std::size_t kRoomForThree = 3 * DecodedPostings::bytes_for(kList);

TEST(PostingCache, KeepsListsWhileThereIsRoomAndReadsEachOnce) {
  Index index;
  PostingCache cache(kRoomForThree, 1);
  int reads = 0;
  for (int round = 0; round < 3; ++round) {
    for (const char* term : {"a", "b", "c"}) {
      const auto kept = cache.postings(index.db, term, kList, list_of(kList, reads));
      ASSERT_NE(kept, nullptr) << term;
      EXPECT_EQ(kept->docids.size(), kList);
    }
  }
  EXPECT_EQ(reads, 3);
  EXPECT_EQ(cache.decoded(), 3u);
  EXPECT_EQ(cache.kept_bytes(), kRoomForThree);
}

TEST(PostingCache, WhenFullAListComesInOnlyInPlaceOfLessUsedOnes) {
  Index index;
  PostingCache cache(kRoomForThree, 1);
  int reads = 0;
  // a is asked for three times, b and c once: the budget is full.
  for (const char* term : {"a", "a", "a", "b", "c"}) {
    ASSERT_NE(cache.postings(index.db, term, kList, list_of(kList, reads)), nullptr);
  }
  // d, asked for once, does not push out b or c (asked for as often).
  EXPECT_EQ(cache.postings(index.db, "d", kList, list_of(kList, reads)), nullptr);
  EXPECT_EQ(reads, 3);
  // Asked for twice, it takes the place of one of them, not a's.
  EXPECT_NE(cache.postings(index.db, "d", kList, list_of(kList, reads)), nullptr);
  EXPECT_EQ(reads, 4);
  EXPECT_EQ(cache.kept_bytes(), kRoomForThree);
  const int before = reads;
  EXPECT_NE(cache.postings(index.db, "a", kList, list_of(kList, reads)), nullptr);
  EXPECT_EQ(reads, before) << "a, the most used, was read again";
}

TEST(PostingCache, AMixLargerThanTheBudgetKeepsAStableSet) {
  Index index;
  PostingCache cache(kRoomForThree, 1);
  int reads = 0;
  // Five lists asked for in turn, ten rounds: least-recently-used eviction
  // would read a list every time (50 reads); this reads the first three
  // once and keeps them.
  for (int round = 0; round < 10; ++round) {
    for (const char* term : {"a", "b", "c", "d", "e"}) {
      cache.postings(index.db, term, kList, list_of(kList, reads));
    }
  }
  EXPECT_EQ(reads, 3);
  EXPECT_EQ(cache.kept_bytes(), kRoomForThree);
}

TEST(PostingCache, ListsOfAnOlderRevisionGoFirst) {
  Index index;
  PostingCache cache(kRoomForThree, 1);
  int reads = 0;
  for (int i = 0; i < 5; ++i) {
    for (const char* term : {"a", "b", "c"}) {
      cache.postings(index.db, term, kList, list_of(kList, reads));
    }
  }
  ASSERT_EQ(reads, 3);
  index.commit();
  // The new revision's lists, each asked for once, replace the old ones.
  for (const char* term : {"a", "b", "c"}) {
    EXPECT_NE(cache.postings(index.db, term, kList, list_of(kList, reads)), nullptr) << term;
  }
  EXPECT_EQ(reads, 6);
  EXPECT_EQ(cache.kept_bytes(), kRoomForThree);
}

TEST(PostingCache, ShortLongAndUnbudgetedListsAreNotKept) {
  Index index;
  int reads = 0;
  PostingCache cache(kRoomForThree, 50);
  EXPECT_EQ(cache.postings(index.db, "short", 49, list_of(49, reads)), nullptr);
  // More than half the budget: one list would push out all others.
  const std::size_t longest = kRoomForThree / 2 / DecodedPostings::bytes_for(1);
  EXPECT_EQ(cache.postings(index.db, "long", longest + 1, list_of(longest + 1, reads)), nullptr);
  EXPECT_NE(cache.postings(index.db, "fits", longest, list_of(longest, reads)), nullptr);
  PostingCache none(0, 1);
  EXPECT_EQ(none.postings(index.db, "a", kList, list_of(kList, reads)), nullptr);
  EXPECT_EQ(reads, 1);
  none.keep_at_least(kRoomForThree);
  none.keep_at_least(1);  // never lowered
  EXPECT_EQ(none.budget(), kRoomForThree);
  EXPECT_NE(none.postings(index.db, "a", kList, list_of(kList, reads)), nullptr);
}

TEST(PostingCache, AFailedReadKeepsNothing) {
  Index index;
  PostingCache cache(kRoomForThree, 1);
  EXPECT_THROW(cache.postings(index.db, "a", kList,
                              []() -> DecodedPostings { throw std::runtime_error("gone"); }),
               std::runtime_error);
  EXPECT_EQ(cache.kept_bytes(), 0u);
  int reads = 0;
  EXPECT_NE(cache.postings(index.db, "a", kList, list_of(kList, reads)), nullptr);
  EXPECT_EQ(reads, 1);
}

TEST(PostingCache, AListBeingReadIsWaitedForNotReadAgain) {
  Index index;
  const Xapian::Database twin(index.dir / "db");
  PostingCache cache(kRoomForThree, 1);
  std::atomic<int> reads{0};
  std::promise<void> reading;
  std::promise<void> go;
  const std::shared_future<void> go_on = go.get_future().share();
  auto slow_read = [&]() -> DecodedPostings {
    ++reads;
    reading.set_value();
    go_on.wait();
    int ignored = 0;
    return list_of(kList, ignored)();
  };
  auto first = std::async(std::launch::async,
                          [&] { return cache.postings(index.db, "a", kList, slow_read); });
  reading.get_future().wait();
  // The second asks while the first reads: it waits, and does not read.
  auto second = std::async(std::launch::async, [&] {
    int ignored = 0;
    return cache.postings(twin, "a", kList, list_of(kList, ignored));
  });
  EXPECT_EQ(second.wait_for(std::chrono::milliseconds(100)), std::future_status::timeout);
  go.set_value();
  const auto a = first.get();
  const auto b = second.get();
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a, b);
  EXPECT_EQ(reads.load(), 1);
  EXPECT_EQ(cache.decoded(), 1u);
}

TEST(PostingCache, TheBudgetGrowsWithTheIndexWithinAnEighthOfMemory) {
  ::unsetenv("SAVANT_POSTING_CACHE_MB");
  const std::size_t memory = static_cast<std::size_t>(sysconf(_SC_PHYS_PAGES)) *
                             static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t floor = std::size_t{128} << 20;
  EXPECT_EQ(posting_cache_budget_for(1000), std::min(floor, memory / 8));
  EXPECT_EQ(posting_cache_budget_for(20'000'000), std::min<std::size_t>(640'000'000, memory / 8));
  EXPECT_EQ(posting_cache_budget_for(4'000'000'000u), memory / 8);
  ::setenv("SAVANT_POSTING_CACHE_MB", "7", 1);
  EXPECT_EQ(posting_cache_budget_for(20'000'000), std::size_t{7} << 20);
  ::setenv("SAVANT_POSTING_CACHE_MB", "0", 1);
  EXPECT_EQ(posting_cache_budget_for(20'000'000), 0u);
  // Not a whole number: the default.
  ::setenv("SAVANT_POSTING_CACHE_MB", "lots", 1);
  EXPECT_EQ(posting_cache_budget_for(1000), std::min(floor, memory / 8));
  ::unsetenv("SAVANT_POSTING_CACHE_MB");
}

}  // namespace
}  // namespace savant::searcher
