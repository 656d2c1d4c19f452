// SPDX-License-Identifier: MIT
// The seed index fixture: built by `savant index` into a directory that lives
// as long as the test process.
#include "tests/e2e/seed_index.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "tests/support/temp_dir.hpp"

namespace savant::testing {

const std::string& seed_index() {
  static std::unique_ptr<TempDir> dir;
  static std::string path;
  if (!dir) {
    dir = std::make_unique<TempDir>();
    path = *dir / "index";
    CommandResult r = run_savant({"index", "--db", path, corpus_dir() + "/seeds"});
    if (r.exit_code != 0) {
      ADD_FAILURE() << "indexing the seeds failed: " << r.err;
    }
  }
  return path;
}

nlohmann::json search_seeds(const std::vector<std::string>& args) {
  std::vector<std::string> full{"search", "--db", seed_index(), "--format", "json"};
  full.insert(full.end(), args.begin(), args.end());
  CommandResult r = run_savant(full);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

std::vector<std::string> names_of(const nlohmann::json& results) {
  std::vector<std::string> names;
  for (const auto& hit : results.at("results")) names.push_back(hit.at("name"));
  return names;
}

std::set<std::string> name_set(const nlohmann::json& results) {
  auto names = names_of(results);
  return {names.begin(), names.end()};
}

}  // namespace savant::testing
