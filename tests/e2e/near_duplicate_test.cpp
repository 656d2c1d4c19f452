// SPDX-License-Identifier: MIT
// A file that names no one joins the researcher whose text it repeats, through
// the real binary: on the first run and when a later run groups records again
// from the signatures the index stores (it keeps no copy of the text).
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace savant::testing {
namespace {

// Lines [first, last] (1-based) of a corpus file.
std::string corpus_lines(const std::string& file, int first, int last) {
  std::istringstream in(read_file(corpus_dir() + "/" + file));
  std::string line;
  std::string out;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n >= first && n <= last) out += line + "\n";
  }
  return out;
}

nlohmann::json first_sources(const std::string& db, const std::string& query) {
  CommandResult r = run_savant({"search", "--db", db, "--format", "json", query});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json results = nlohmann::json::parse(r.out).at("results");
  return results.empty() ? nlohmann::json::array() : results[0].at("sources");
}

bool lists(const nlohmann::json& sources, const std::string& part) {
  for (const auto& s : sources) {
    if (s.get<std::string>().find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(NearDuplicates, UnsignedCopyOfACvJoinsItsAuthorOnEveryRun) {
  TempDir dir;
  const std::string seed = "seeds/000_fe21808f48540d97.txt";  // Xinyu Zhao's CV
  write_file(dir / "docs/zhao.txt", read_file(corpus_dir() + "/" + seed));
  // Its education, experience and awards without the name, e-mail or any
  // publication: only the text can tie it to Xinyu Zhao.
  write_file(dir / "docs/unsigned.txt", corpus_lines(seed, 7, 32) + corpus_lines(seed, 69, 86));
  // Another person's education, unsigned too: it must stay apart.
  write_file(dir / "docs/other.txt", corpus_lines("seeds/002_5f39840c71515f25.txt", 5, 30));
  const std::string db = dir / "index";
  CommandResult r = run_savant({"index", "--db", db, dir / "docs"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  auto check = [&](int researchers) {
    const nlohmann::json sources = first_sources(db, "name:zhao");
    EXPECT_EQ(sources.size(), 2u) << sources;
    EXPECT_TRUE(lists(sources, "unsigned.txt")) << sources;
    EXPECT_FALSE(lists(sources, "other.txt")) << sources;
    CommandResult stats = run_savant({"stats", "--db", db, "--format", "json"});
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    EXPECT_EQ(nlohmann::json::parse(stats.out).at("researchers"), researchers);
  };
  check(2);
  // A new file (Daize Dong's) makes the next run group every stored record again.
  write_file(dir / "docs/more.txt", corpus_lines("seeds/003_18620b862097bef0.txt", 1, 40));
  r = run_savant({"index", "--db", db, dir / "docs"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  check(3);
}

}  // namespace
}  // namespace savant::testing
