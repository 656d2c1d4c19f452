// SPDX-License-Identifier: MIT
// Tests for e-mail address extraction.
#include "indexer/extract/contact.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

struct EmailCase {
  const char* text;
  std::vector<std::string> expected;
};

class EmailFinder : public ::testing::TestWithParam<EmailCase> {};

TEST_P(EmailFinder, FindsAddresses) {
  EXPECT_EQ(find_emails(GetParam().text), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, EmailFinder,
    ::testing::Values(
        EmailCase{"xinyuzhao@stu.pku.edu.cn", {"xinyuzhao@stu.pku.edu.cn"}},
        EmailCase{"+65 8343 | XueFuzhao@Outlook.com | https://x.io", {"xuefuzhao@outlook.com"}},
        EmailCase{"a@b.org, then A@B.org again, c.d+e@f-g.co.uk.", {"a@b.org", "c.d+e@f-g.co.uk"}},
        EmailCase{"jane [at] mit [dot] edu", {"jane@mit.edu"}},
        EmailCase{"jane(at)mit.edu", {"jane@mit.edu"}},
        EmailCase{"gsryan @ ualberta.ca", {"gsryan@ualberta.ca"}},
        EmailCase{"Research @ Google", {}},
        EmailCase{"logo@2x.png and user@localhost and @handle", {}},
        EmailCase{"no addresses here", {}}));

}  // namespace
}  // namespace savant::indexer::detail
