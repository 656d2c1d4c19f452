// SPDX-License-Identifier: MIT
// Tests for author lists, owner matching and role lines.
#include "indexer/extract/authors.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct AuthorCase {
  const char* line;
  const char* owner;
  std::vector<std::string> names;
  AuthorRole role;
  const char* rest_starts_with;
};

class AuthorListParser : public ::testing::TestWithParam<AuthorCase> {};

TEST_P(AuthorListParser, ReadsNamesRoleAndRest) {
  const AuthorCase& c = GetParam();
  std::optional<AuthorList> list = parse_author_list(c.line, c.owner);
  ASSERT_TRUE(list.has_value()) << c.line;
  EXPECT_EQ(list->names, c.names);
  EXPECT_EQ(role_in_list(*list, find_owner(*list, c.owner)), c.role) << c.line;
  EXPECT_EQ(list->rest.substr(0, std::string(c.rest_starts_with).size()), c.rest_starts_with);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, AuthorListParser,
    ::testing::Values(
        AuthorCase{
            "Shwai He, Liang Ding, Daize Dong, Boan Liu, Fuqiang Yu, Dacheng Tao.",
            "Daize Dong",
            {"Shwai He", "Liang Ding", "Daize Dong", "Boan Liu", "Fuqiang Yu", "Dacheng Tao"},
            AuthorRole::co_author,
            ""},
        AuthorCase{"Zhangyang Gao\\*, **Daize Dong**\\*, Cheng Tan, Stan Z. Li. *Under Review by "
                   "The 41st International Conference on Machine Learning (ICML 2024).*",
                   "Daize Dong",
                   {"Zhangyang Gao", "Daize Dong", "Cheng Tan", "Stan Z. Li"},
                   AuthorRole::co_first,
                   "*Under Review"},
        AuthorCase{"Shenggui Li\\*, Fuzhao Xue\\*, Yongbin Li, Yang You",
                   "Fuzhao Xue",
                   {"Shenggui Li", "Fuzhao Xue", "Yongbin Li", "Yang You"},
                   AuthorRole::co_first,
                   ""},
        AuthorCase{"Fuzhao Xue, Zian Zheng, Yao Fu, Wangchunshu Zhou and Yang You",
                   "Fuzhao Xue",
                   {"Fuzhao Xue", "Zian Zheng", "Yao Fu", "Wangchunshu Zhou", "Yang You"},
                   AuthorRole::first,
                   ""},
        AuthorCase{"Xingran Chen, Zhangyang Gao, **Daize Dong**, Stan Z. Li.",
                   "",
                   {"Xingran Chen", "Zhangyang Gao", "Daize Dong", "Stan Z. Li"},
                   AuthorRole::co_author,
                   ""},
        AuthorCase{
            "[CCF-A (SIGMOD)] Xiang Zhang, **Chao Zhang**, et al. \"VecBench\". SIGMOD, 2026.",
            "",
            {"Xiang Zhang", "Chao Zhang"},
            AuthorRole::co_author,
            "\"VecBench\""},
        AuthorCase{"Harrington S, **Overcast I**, Burbrink F (2024) Pleistocene glaciation",
                   "",
                   {"Harrington S", "Overcast I", "Burbrink F"},
                   AuthorRole::co_author,
                   "(2024)"},
        AuthorCase{"French, C. M., Berezin, C. T., Overcast, I.",
                   "Isaac Overcast",
                   {"C. M French", "C. T Berezin", "I Overcast"},
                   AuthorRole::co_author,
                   ""}));

struct NotAuthorsCase {
  const char* line;
};

class NotAnAuthorList : public ::testing::TestWithParam<NotAuthorsCase> {};

TEST_P(NotAnAuthorList, RejectsTitlesAndTopics) {
  EXPECT_FALSE(parse_author_list(GetParam().line, "Jane Doe").has_value()) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, NotAnAuthorList,
    ::testing::Values(NotAuthorsCase{"PAD-Net: An Efficient Framework for Dynamic Networks."},
                      NotAuthorsCase{"Go Wider Instead of Deeper, AAAI 2022"},
                      NotAuthorsCase{"Mixture of Experts, Large Language Models, NLP"},
                      NotAuthorsCase{"Domain Adaptation, Transfer Learning"},
                      NotAuthorsCase{"m3BERT: A Modern, Multi-lingual, Matryoshka Encoder"},
                      NotAuthorsCase{"Transformer Hawkes Process"}, NotAuthorsCase{"ICLR 2024"}));

TEST(AuthorListParser, SingleNameOnlyWhenItIsTheOwner) {
  EXPECT_TRUE(parse_author_list("Louis Hainaut.", "Louis Hainaut").has_value());
  EXPECT_FALSE(parse_author_list("Louis Hainaut.", "Jane Doe").has_value());
}

TEST(SamePerson, MatchesSpellingVariants) {
  EXPECT_TRUE(same_person("Fuzhao Xue", "FUZHAO XUE"));
  EXPECT_TRUE(same_person("Xue Fuzhao", "Fuzhao Xue"));
  EXPECT_TRUE(same_person("F. Xue", "Fuzhao Xue"));
  EXPECT_TRUE(same_person("Xue F.", "Fuzhao Xue"));
  EXPECT_TRUE(same_person("Jurgen Schmidhuber", "J\xC3\xBCrgen Schmidhuber"));
  EXPECT_FALSE(same_person("Yang You", "Fuzhao Xue"));
  EXPECT_FALSE(same_person("Yongbin Li", "Shenggui Li"));
}

struct RoleCase {
  const char* line;
  std::optional<AuthorRole> role;
};

class RoleLine : public ::testing::TestWithParam<RoleCase> {};

TEST_P(RoleLine, ReadsStatedRole) { EXPECT_EQ(parse_role_line(GetParam().line), GetParam().role); }

INSTANTIATE_TEST_SUITE_P(Lines, RoleLine,
                         ::testing::Values(RoleCase{"First Author", AuthorRole::first},
                                           RoleCase{"*First Author*", AuthorRole::first},
                                           RoleCase{"Co-First Author", AuthorRole::co_first},
                                           RoleCase{"Co-first Author", AuthorRole::co_first},
                                           RoleCase{" Co ext-first Author", AuthorRole::co_first},
                                           RoleCase{"Co\text{-}first Author", AuthorRole::co_first},
                                           RoleCase{"(co-author)", AuthorRole::co_author},
                                           RoleCase{"Equal contribution", AuthorRole::co_first},
                                           RoleCase{"First Author of three papers at ICML",
                                                    std::nullopt},
                                           RoleCase{"ICLR 2024", std::nullopt}));

}  // namespace
}  // namespace savant::indexer::detail
