// SPDX-License-Identifier: MIT
// Ranking is stable: one index and one query always give one order, and a new
// document about something else does not reorder the top of other queries.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <map>

namespace savant::testing {
namespace {

const std::vector<std::string> kQueries{"machine translation", "reinforcement learning",
                                        "mixture of experts",  "computer vision",
                                        "speech recognition",  "causal inference"};

std::vector<std::string> top_ids(const std::string& db, const std::string& query) {
  CommandResult r = run_savant({"search", "--db", db, "--format", "json", "--limit", "10", query});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json results = nlohmann::json::parse(r.out);
  std::vector<std::string> ids;
  for (const auto& hit : results.at("results")) ids.push_back(hit.at("id"));
  return ids;
}

// A geologist's CV: nothing in it is about the queries above.
constexpr const char* kGeologyCv = R"(# Marta Quarzo

marta.quarzo@example.org

## Summary

Field geologist studying sediment transport, stratigraphy and the tectonics of the Apennines.

## Experience

- Research Geologist, Istituto di Geoscienze, 2019 - present. Mapping of fault zones,
  radiometric dating of volcanic ash layers, and borehole core logging.

## Publications

- M. Quarzo, L. Ferri. Late Pleistocene fluvial terraces of the Tiber valley. Journal of
  Sedimentary Research, 2021.
- M. Quarzo. Fault kinematics of the central Apennines from field data. Tectonophysics, 2023.
)";

TEST(RankingStability, SameIndexAndQueryGiveTheSameOrder) {
  for (const std::string& query : kQueries) {
    std::vector<std::string> args{"search", "--db",    seed_index(), "--format",
                                  "json",   "--limit", "50",         query};
    CommandResult first = run_savant(args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(run_savant(args).out, first.out) << query;
  }
}

TEST(RankingStability, AnUnrelatedDocumentDoesNotReorderTheTop) {
  TempDir dir;
  const std::string db = dir / "index";
  CommandResult index = run_savant({"index", "--quiet", "--db", db, corpus_dir()});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  std::map<std::string, std::vector<std::string>> before;
  for (const std::string& query : kQueries) {
    before[query] = top_ids(db, query);
    ASSERT_GE(before[query].size(), 3u) << query;  // something that could be reordered
  }

  write_file(dir.path() / "extra" / "mquarzo__cv.md", kGeologyCv);
  index = run_savant({"index", "--quiet", "--db", db, corpus_dir(), dir / "extra"});
  ASSERT_EQ(index.exit_code, 0) << index.err;
  ASSERT_EQ(top_ids(db, "stratigraphy").size(), 1u) << "the geologist is indexed";
  for (const std::string& query : kQueries) EXPECT_EQ(top_ids(db, query), before[query]) << query;
}

}  // namespace
}  // namespace savant::testing
