// SPDX-License-Identifier: MIT
// The topics value the indexer writes is read back topic by topic, in order,
// by the searcher (schema/topics_value.hpp).
#include "schema/topics_value.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {
namespace {

using Ids = std::vector<std::string_view>;

TEST(TopicsValue, WhatIsWrittenIsReadBackInOrder) {
  std::string value;
  EXPECT_EQ(topics_of_value(value), Ids{});
  add_to_topics_value(value, "mixture-of-experts");
  EXPECT_EQ(value, "mixture-of-experts");
  add_to_topics_value(value, "machine-translation");
  add_to_topics_value(value, "llm");
  EXPECT_EQ(value, "mixture-of-experts\nmachine-translation\nllm");
  EXPECT_EQ(topics_of_value(value), (Ids{"mixture-of-experts", "machine-translation", "llm"}));
}

TEST(TopicsValue, EmptyPartsAreSkipped) {
  EXPECT_EQ(topics_of_value("\n\na\n\nb\n"), (Ids{"a", "b"}));
  EXPECT_EQ(topics_of_value("\n"), Ids{});
}

}  // namespace
}  // namespace savant::schema
