// SPDX-License-Identifier: MIT
// A run after one file changed builds only the researchers whose records
// changed: the others' documents are kept as they are (not even rebuilt and
// compared), and the index still equals one built from scratch.
#include "schema/prefixes.hpp"
#include "schema/shard_layout.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

std::string kind_term(std::string_view kind) {
  return std::string(schema::kPrefixKind) + std::string(kind);
}

std::string export_all(const std::string& db_path) {
  CommandResult r = run_savant({"export", "--db", db_path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// The databases that hold documents: the index itself, or each of its shards.
std::vector<std::string> databases_of(const std::string& db, std::size_t shards) {
  if (shards == 0) return {db};
  std::vector<std::string> out;
  for (std::size_t i = 0; i < shards; ++i) {
    out.push_back((fs::path(db) / schema::shard_directory_name(i)).string());
  }
  return out;
}

// The verbose lines "[k/N] <what> <path> ..." of a run: k counts up from 1 and
// the paths come in file order, whether a file was read or found unchanged.
void expect_files_in_order(const std::string& err) {
  std::istringstream lines(err);
  std::string line;
  std::size_t expected = 1;
  std::string last_path;
  while (std::getline(lines, line)) {
    if (line.empty() || line.front() != '[') continue;
    const std::size_t slash = line.find('/');
    ASSERT_NE(slash, std::string::npos) << line;
    EXPECT_EQ(line.substr(1, slash - 1), std::to_string(expected)) << line;
    ++expected;
    std::istringstream fields(line.substr(line.find(']') + 1));
    std::string what;
    std::string path;
    fields >> what >> path;
    EXPECT_LT(last_path, path) << line;
    last_path = path;
  }
  EXPECT_GT(expected, 20u) << err;
}

// Indexes the real corpus (on `shards` shards, 0 for one index), changes one
// file, indexes again: only that file's researcher is built again, and the
// index equals a first build of the changed folder.
void expect_only_changed_researchers_built(std::size_t shards) {
  TempDir dir;
  const fs::path input = fs::path(dir / "input");
  fs::copy(corpus_dir() + "/real", input, fs::copy_options::recursive);
  // Written an hour ago: the stamps the first run takes are trusted, so the
  // second run reads only the changed file and finds the others unchanged
  // without reading them (a stamp taken right after a write is not trusted).
  const auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& entry : fs::recursive_directory_iterator(input)) {
    if (entry.is_regular_file()) fs::last_write_time(entry.path(), an_hour_ago);
  }
  const std::string db = dir / "index";
  std::vector<std::string> layout;
  if (shards > 0) layout = {"--shards", std::to_string(shards)};
  auto index_args = [&](const std::string& into, std::vector<std::string> options) {
    std::vector<std::string> args = {"index", "--db", into};
    args.insert(args.end(), layout.begin(), layout.end());
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(input.string());
    return args;
  };
  CommandResult r = run_savant(index_args(db, {"--quiet"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // The file to change, its researcher, and another researcher whose stored
  // fingerprint is spoiled: rebuilding them would rewrite their document.
  const std::string changed = fs::canonical(input / "aarunkumar__about.md").string();
  bool owner = false;
  std::string other_db;
  Xapian::docid other = 0;
  for (const std::string& database : databases_of(db, shards)) {
    Xapian::WritableDatabase w(database);
    const std::string term = kind_term(schema::kKindResearcher);
    for (auto it = w.postlist_begin(term); it != w.postlist_end(term); ++it) {
      Xapian::Document doc = w.get_document(*it);
      if (doc.get_data().find(changed) != std::string::npos) {
        owner = true;  // the profile lists its sources
      } else if (other == 0) {
        other = *it;
        other_db = database;
        doc.add_value(schema::kSlotFingerprint, "spoiled");
        w.replace_document(other, doc);
      }
    }
    w.commit();
  }
  ASSERT_TRUE(owner);
  ASSERT_NE(other, 0u);

  std::ofstream(changed, std::ios::app) << "\n## Skills\n\n- basketweaving\n";
  r = run_savant(index_args(db, {"--verbose"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("indexed 1 file(s)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("unchanged"), std::string::npos) << r.err;
  expect_files_in_order(r.err);
  EXPECT_EQ(Xapian::Database(other_db).get_document(other).get_value(schema::kSlotFingerprint),
            "spoiled")
      << "a researcher whose records did not change was built again";
  CommandResult found = run_savant({"search", "--db", db, "basketweaving"});
  EXPECT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(found.out.find("No researcher matches"), std::string::npos) << found.out;

  // Still the index a first build of the changed folder gives.
  const std::string fresh = dir / "fresh";
  ASSERT_EQ(run_savant(index_args(fresh, {"--quiet", "--jobs", "1"})).exit_code, 0);
  EXPECT_EQ(export_all(db), export_all(fresh));
}

TEST(Rederive, OnlyResearchersWhoseRecordsChangedAreBuilt) {
  expect_only_changed_researchers_built(0);
}

// The same on a sharded index: grouping over all shards, each researcher kept
// on its shard when unchanged.
TEST(Rederive, OnShardsOnlyResearchersWhoseRecordsChangedAreBuilt) {
  expect_only_changed_researchers_built(3);
}

}  // namespace
}  // namespace savant::testing
