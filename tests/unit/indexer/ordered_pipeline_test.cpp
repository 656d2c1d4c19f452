// SPDX-License-Identifier: MIT
// run_ordered: results reach the consumer in input order, whatever the threads.
#include "indexer/ordered_pipeline.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace savant::indexer {
namespace {

std::vector<std::size_t> squares_in_consumer_order(std::size_t count, std::size_t jobs) {
  std::vector<std::size_t> seen;
  run_ordered(
      count, jobs, 4,
      [](std::size_t i) {
        // Early items take longest, so later ones finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((i % 5) * 200));
        return i * i;
      },
      [&](std::size_t i, std::size_t square) {
        EXPECT_EQ(square, i * i);
        seen.push_back(i);
      });
  return seen;
}

TEST(OrderedPipeline, ConsumesInInputOrderWithAnyNumberOfJobs) {
  for (std::size_t jobs : {1u, 2u, 3u, 8u}) {
    const std::vector<std::size_t> seen = squares_in_consumer_order(50, jobs);
    ASSERT_EQ(seen.size(), 50u) << jobs << " jobs";
    for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i) << jobs << " jobs";
  }
}

TEST(OrderedPipeline, AProducerErrorReachesTheCallerInItsTurn) {
  std::vector<std::size_t> seen;
  auto run = [&] {
    run_ordered(
        20, 3, 4,
        [](std::size_t i) {
          if (i == 7) throw std::runtime_error("item 7");
          return i;
        },
        [&](std::size_t i, std::size_t) { seen.push_back(i); });
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(seen.size(), 7u);  // items 0..6, then the error
}

TEST(OrderedPipeline, AConsumerErrorStopsTheWorkers) {
  std::size_t consumed = 0;
  auto run = [&] {
    run_ordered(
        1000, 2, 4, [](std::size_t i) { return i; },
        [&](std::size_t i, std::size_t) {
          ++consumed;
          if (i == 3) throw std::runtime_error("stop");
        });
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(consumed, 4u);
}

// Items that need no work are consumed in their place, with a
// value-initialised result, and never produced.
TEST(OrderedPipeline, ItemsNeedingNoWorkAreTakenInTheirPlaceWithoutProducing) {
  for (std::size_t jobs : {1u, 2u, 3u}) {
    std::vector<std::size_t> seen;
    std::vector<int> produced(40, 0);
    run_ordered_where(
        40, jobs, 4, [](std::size_t i) { return i % 3 == 1 || i == 39; },
        [&](std::size_t i) {
          ++produced[i];  // each item's own slot: no two threads write the same
          return i + 1000;
        },
        [&](std::size_t i, std::size_t result) {
          EXPECT_EQ(result, (i % 3 == 1 || i == 39) ? i + 1000 : 0u) << i;
          seen.push_back(i);
        });
    ASSERT_EQ(seen.size(), 40u) << jobs << " jobs";
    for (std::size_t i = 0; i < seen.size(); ++i) {
      EXPECT_EQ(seen[i], i) << jobs << " jobs";
      EXPECT_EQ(produced[i], (i % 3 == 1 || i == 39) ? 1 : 0) << i << ", " << jobs << " jobs";
    }
  }
}

}  // namespace
}  // namespace savant::indexer
