// SPDX-License-Identifier: MIT
// `savant export` and `savant show`: every researcher record, and one in full.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace savant::testing {
namespace {

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> objects;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) objects.push_back(nlohmann::json::parse(line));
  return objects;
}

TEST(CliRecords, ExportWritesEveryResearcherAsJsonLines) {
  CommandResult r = run_savant({"export", "--db", seed_index()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto researchers = json_lines(r.out);
  std::vector<std::string> ids;
  for (const auto& researcher : researchers) ids.push_back(researcher.at("id"));
  EXPECT_EQ(ids,
            (std::vector<std::string>{"daize-dong", "fuzhao-xue", "simiao-zuo", "xinyu-zhao"}));
  const nlohmann::json& xinyu = researchers.back();
  EXPECT_EQ(xinyu.at("name"), "Xinyu Zhao");
  EXPECT_EQ(xinyu.at("sources").size(), 2u);
  ASSERT_FALSE(xinyu.at("evidence").empty());
  const nlohmann::json& first = xinyu.at("evidence")[0];
  EXPECT_EQ(first.at("kind"), "publication");
  for (const char* key : {"title", "text", "venue", "year", "role", "status", "organisation",
                          "position", "dates", "authors", "topics", "sources"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  EXPECT_EQ(xinyu.at("publications"),
            std::count_if(xinyu.at("evidence").begin(), xinyu.at("evidence").end(),
                          [](const auto& e) { return e.at("kind") == "publication"; }));
}

TEST(CliRecords, ExportAsJsonIsOneArrayOfTheSameObjects) {
  CommandResult lines = run_savant({"export", "--db", seed_index()});
  CommandResult array = run_savant({"export", "--db", seed_index(), "--format", "json"});
  ASSERT_EQ(array.exit_code, 0) << array.err;
  const auto parsed = nlohmann::json::parse(array.out);
  ASSERT_TRUE(parsed.is_array());
  EXPECT_EQ(std::vector<nlohmann::json>(parsed.begin(), parsed.end()), json_lines(lines.out));
}

TEST(CliRecords, ExportOfAnEmptyIndexIsEmpty) {
  TempDir dir;
  write_file(dir.path() / "docs" / "nothing.md", "");
  run_savant({"index", "--db", dir / "index", dir / "docs"});
  CommandResult r = run_savant({"export", "--db", dir / "index", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "[]\n");
}

TEST(CliRecords, ShowPrintsOneResearcherWithAllEvidence) {
  CommandResult r = run_savant({"show", "--db", seed_index(), "xinyu-zhao"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Xinyu Zhao  [xinyu-zhao]\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("  e-mail      xinyuzhao@stu.pku.edu.cn\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nPublications ("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  - Sparse MoE with Language-Guided Routing for Multilingual Machine "
                       "Translation (ICLR 2024, first author, published)"),
            std::string::npos)
      << r.out;
}

TEST(CliRecords, ShowJsonIsTheExportedRecordAndNamesWork) {
  CommandResult exported = run_savant({"export", "--db", seed_index()});
  CommandResult shown =
      run_savant({"show", "--db", seed_index(), "--format", "json", "Simiao Zuo"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(nlohmann::json::parse(shown.out), json_lines(exported.out)[2]);
}

TEST(CliRecords, ErrorsHaveTheirExitCodes) {
  CommandResult unknown = run_savant({"show", "--db", seed_index(), "nobody-at-all"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err.rfind("savant: show: no researcher 'nobody-at-all' in ", 0), 0u)
      << unknown.err;
  EXPECT_EQ(std::count(unknown.err.begin(), unknown.err.end(), '\n'), 1);

  EXPECT_EQ(run_savant({"show", "--db", seed_index()}).exit_code, 1);
  EXPECT_EQ(run_savant({"export", "--db", seed_index(), "--format", "csv"}).exit_code, 1);
  TempDir dir;
  EXPECT_EQ(run_savant({"export", "--db", dir / "missing"}).exit_code, 4);
  EXPECT_EQ(run_savant({"show", "--db", dir / "missing", "x"}).exit_code, 4);
}

}  // namespace
}  // namespace savant::testing
