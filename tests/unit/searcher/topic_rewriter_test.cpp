// SPDX-License-Identifier: MIT
// Topic alias expansion in user queries.
#include "searcher/topic_rewriter.hpp"

#include <gtest/gtest.h>

#include <savant/error.hpp>

namespace savant::searcher {
namespace {

TEST(TopicRewriter, ExpandsAliasesInFreeText) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topics("MoE", taxonomy), "(xtopic:mixture_of_experts OR MoE)");
  EXPECT_EQ(expand_topics("moe routing", taxonomy),
            "(xtopic:mixture_of_experts OR moe) routing");
  EXPECT_EQ(expand_topics("mixture of experts", taxonomy),
            "(xtopic:mixture_of_experts OR \"mixture of experts\")");
  EXPECT_EQ(expand_topics("mixture-of-experts", taxonomy),
            "(xtopic:mixture_of_experts OR mixture-of-experts)");
}

TEST(TopicRewriter, LoosePhrasesLetTheWordsStandAlone) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topics("mixture of experts", taxonomy, /*loose_phrases=*/true),
            "(xtopic:mixture_of_experts OR (mixture of experts))");
  // A one-word alias is the same either way.
  EXPECT_EQ(expand_topics("MoE", taxonomy, true), expand_topics("MoE", taxonomy));
}

TEST(TopicRewriter, ResolvesTopicFieldAliases) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topics("topic:MoE", taxonomy), "xtopic:mixture_of_experts");
  EXPECT_EQ(expand_topics("topic:\"mixture of experts\" x", taxonomy),
            "xtopic:mixture_of_experts x");
  EXPECT_THROW(expand_topics("topic:basket-weaving", taxonomy), Error);
}

TEST(TopicRewriter, LeavesQuotesAndFieldValuesAlone) {
  const auto& taxonomy = schema::Taxonomy::builtin();
  EXPECT_EQ(expand_topics("\"MoE\"", taxonomy), "\"MoE\"");
  EXPECT_EQ(expand_topics("title:MoE", taxonomy), "title:MoE");
  EXPECT_EQ(expand_topics("name:zhao", taxonomy), "name:zhao");
  EXPECT_EQ(expand_topics("routing", taxonomy), "routing");
}

}  // namespace
}  // namespace savant::searcher
