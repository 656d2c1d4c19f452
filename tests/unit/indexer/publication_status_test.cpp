// SPDX-License-Identifier: MIT
// Tests for reading a publication's status from its words.
#include "indexer/extract/publication_status.hpp"

#include <gtest/gtest.h>

namespace savant::indexer::detail {
namespace {

struct StatusCase {
  const char* text;
  PublicationStatus status;
  bool status_line;
};

class PublicationStatusReader : public ::testing::TestWithParam<StatusCase> {};

TEST_P(PublicationStatusReader, ReadsStatus) {
  EXPECT_EQ(status_from_words(GetParam().text), GetParam().status) << GetParam().text;
  EXPECT_EQ(is_status_line(GetParam().text), GetParam().status_line) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, PublicationStatusReader,
    ::testing::Values(
        StatusCase{"preprint2026arXiv", PublicationStatus::unknown, true},
        StatusCase{"Under Review", PublicationStatus::under_review, true},
        StatusCase{"*Under Review by The 41st International Conference on Machine Learning*",
                   PublicationStatus::under_review, false},
        StatusCase{"Submitted to ICLR 2026", PublicationStatus::under_review, true},
        StatusCase{"arXiv preprint arXiv:2201.10890", PublicationStatus::preprint, false},
        StatusCase{"Accepted at ICML 2023", PublicationStatus::published, true},
        StatusCase{"To appear", PublicationStatus::published, true},
        StatusCase{"In Proceedings of ACL", PublicationStatus::unknown, false},
        StatusCase{"ICLR 2024", PublicationStatus::unknown, false},
        StatusCase{"Article", PublicationStatus::unknown, false}));

TEST(PublicationStatusReader, UnglueSeparatesLettersAndDigits) {
  EXPECT_EQ(unglue("preprint2026arXiv"), "preprint 2026 arXiv");
  EXPECT_EQ(unglue("published 2021 Nature"), "published 2021 Nature");
  // Glued as one token, "preprint" only shows once the token is unglued.
  EXPECT_EQ(status_from_words(unglue("preprint2026arXiv")), PublicationStatus::preprint);
}

}  // namespace
}  // namespace savant::indexer::detail
