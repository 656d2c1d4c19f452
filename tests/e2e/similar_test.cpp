// SPDX-License-Identifier: MIT
// `savant similar ID` through the real binary on the seed index.
#include <gtest/gtest.h>

#include "tests/e2e/seed_index.hpp"

namespace savant::testing {
namespace {

TEST(Similar, RanksOthersLikeTheResearcher) {
  CommandResult r =
      run_savant({"similar", "--db", seed_index(), "--format", "json", "xinyu-zhao"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto results = nlohmann::json::parse(r.out);
  auto names = name_set(results);
  EXPECT_FALSE(names.count("Xinyu Zhao")) << "the researcher is excluded";
  EXPECT_EQ(names, (std::set<std::string>{"Simiao Zuo", "Daize Dong", "Fuzhao Xue"}));
}

TEST(Similar, UnknownResearcherIsAQueryError) {
  CommandResult r = run_savant({"similar", "--db", seed_index(), "nobody-at-all"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nobody-at-all"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace savant::testing
