// SPDX-License-Identifier: MIT
// Topic alias expansion in user queries.
#include "searcher/topic_rewriter.hpp"

#include <gtest/gtest.h>

namespace savant::searcher {
namespace {

TEST(TopicRewriter, ExpandsAliasesInFreeText) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topic_aliases("MoE", taxonomy), "(topic:\"mixture-of-experts\" OR MoE)");
  EXPECT_EQ(expand_topic_aliases("moe routing", taxonomy),
            "(topic:\"mixture-of-experts\" OR moe) routing");
  EXPECT_EQ(expand_topic_aliases("mixture of experts", taxonomy),
            "(topic:\"mixture-of-experts\" OR \"mixture of experts\")");
  EXPECT_EQ(expand_topic_aliases("mixture-of-experts", taxonomy),
            "(topic:\"mixture-of-experts\" OR mixture-of-experts)");
}

TEST(TopicRewriter, LeavesQuotesAndFieldValuesAlone) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topic_aliases("\"MoE\"", taxonomy), "\"MoE\"");
  EXPECT_EQ(expand_topic_aliases("title:MoE", taxonomy), "title:MoE");
  EXPECT_EQ(expand_topic_aliases("name:zhao", taxonomy), "name:zhao");
  EXPECT_EQ(expand_topic_aliases("routing", taxonomy), "routing");
}

}  // namespace
}  // namespace savant::searcher
