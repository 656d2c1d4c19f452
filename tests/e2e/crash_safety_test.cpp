// SPDX-License-Identifier: MIT
// Atomicity: `savant index` killed with SIGKILL at several points of a run
// leaves an index that opens, holds exactly the records of its last committed
// batch and the researchers of the last complete derivation, and a re-run
// finishes the job with the same result as a clean run.
#include "schema/prefixes.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/savant_process.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace savant::testing {
namespace {

constexpr std::size_t kBatch = 10;

std::vector<std::string> inputs() { return {corpus_dir() + "/real", corpus_dir() + "/seeds"}; }

// The stored source records of an index, sorted: what the committed batches hold.
std::vector<std::string> stored_sources(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::vector<std::string> sources;
  const std::string kind = std::string(schema::kPrefixKind) + std::string(schema::kKindSource);
  for (auto it = db.postlist_begin(kind); it != db.postlist_end(kind); ++it) {
    sources.push_back(db.get_document(*it).get_value(schema::kSlotSourcePath));
  }
  std::sort(sources.begin(), sources.end());
  return sources;
}

std::string metadata(const std::string& db_path, std::string_view key) {
  return Xapian::Database(db_path).get_metadata(std::string(key));
}

// Every researcher with all their evidence: the whole derived state.
std::string export_all(const std::string& db_path) {
  CommandResult r = run_savant({"export", "--db", db_path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

// A SIGKILLed writer's lock goes with it; allow the lock holder a moment to go.
CommandResult index_when_unlocked(std::vector<std::string> args) {
  for (int attempt = 0;; ++attempt) {
    CommandResult r = run_savant(args);
    if (r.exit_code != 4 || r.err.find("locked") == std::string::npos || attempt == 50) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

std::vector<std::string> index_args(const std::string& db_path) {
  std::vector<std::string> args{"index",     "--db",          db_path,
                                "--verbose", "--batch-files", std::to_string(kBatch)};
  for (const auto& input : inputs()) args.push_back(input);
  return args;
}

class CrashSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    // The result the killed runs must reach in the end.
    std::vector<std::string> clean_args{"index", "--db", clean_};
    for (const auto& input : inputs()) clean_args.push_back(input);
    CommandResult clean = run_savant(clean_args);
    ASSERT_EQ(clean.exit_code, 0) << clean.err;
    all_sources_ = stored_sources(clean_);
    clean_export_ = export_all(clean_);
    ASSERT_GT(all_sources_.size(), 100u);

    // The index under test starts with the seeds: four researchers to keep.
    CommandResult seeds = run_savant({"index", "--db", db_, corpus_dir() + "/seeds"});
    ASSERT_EQ(seeds.exit_code, 0) << seeds.err;
    seeds_ = stored_sources(db_);
    before_export_ = export_all(db_);
  }

  // Kills a run once it printed `line`, then checks the index is exactly a
  // committed state: the seeds plus whole batches of new records (files are
  // read in path order), and the researchers of a complete derivation.
  void kill_after(const std::string& line) {
    SavantProcess run(index_args(db_));
    ASSERT_TRUE(run.wait_for_line(line)) << "never printed '" << line << "':\n" << run.err();
    run.kill_now();

    ASSERT_EQ(run_savant({"stats", "--db", db_}).exit_code, 0);  // opens
    const std::vector<std::string> stored = stored_sources(db_);
    std::vector<std::string> added;
    std::set_difference(stored.begin(), stored.end(), seeds_.begin(), seeds_.end(),
                        std::back_inserter(added));
    std::vector<std::string> new_files;
    std::set_difference(all_sources_.begin(), all_sources_.end(), seeds_.begin(), seeds_.end(),
                        std::back_inserter(new_files));
    ASSERT_LE(added.size(), new_files.size());
    EXPECT_TRUE(std::equal(added.begin(), added.end(), new_files.begin()))
        << "stored records are not the first files in path order";
    EXPECT_TRUE(added.size() % kBatch == 0 || added.size() == new_files.size())
        << added.size() << " records: part of a batch was committed";
    EXPECT_GE(added.size(), committed_);
    committed_ = added.size();

    // Researchers: those of the seeds, or (if the kill came after the final
    // transaction) those of the clean run; never anything in between.
    const std::string now = export_all(db_);
    if (now != clean_export_) {
      EXPECT_EQ(now, before_export_);
      EXPECT_EQ(metadata(db_, schema::kMetaDerivePending), "1");
    } else {
      ++derived_before_kill_;
    }
  }

  TempDir dir_;
  std::string clean_ = dir_ / "clean";
  std::string db_ = dir_ / "index";
  std::vector<std::string> all_sources_;
  std::vector<std::string> seeds_;
  std::string clean_export_;
  std::string before_export_;
  std::size_t committed_ = 0;
  int derived_before_kill_ = 0;
};

TEST_F(CrashSafety, KilledRunsKeepTheLastCommitAndARerunFinishesTheJob) {
  // Early in a run, later in the next one (it skips what the first stored),
  // and once every record is stored, while researchers are being derived.
  kill_after("committed batch 2:");
  EXPECT_GE(committed_, 2 * kBatch);
  kill_after("committed batch 6:");
  const std::size_t total = all_sources_.size();
  kill_after(std::to_string(total) + "/" + std::to_string(total) + " file(s) done");
  EXPECT_EQ(stored_sources(db_), all_sources_);

  CommandResult rerun = index_when_unlocked(index_args(db_));
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find("committed researchers"), std::string::npos) << rerun.err;
  EXPECT_EQ(export_all(db_), clean_export_);
  EXPECT_EQ(metadata(db_, schema::kMetaDerivePending), "");

  CommandResult again = run_savant(index_args(db_));
  EXPECT_NE(again.err.find("index is up to date"), std::string::npos) << again.err;
  RecordProperty("derived_before_kill", derived_before_kill_);
}

// A bulk first build (several jobs on a new index) killed while it derives
// researchers: the index holds its committed records and no researcher, with
// derivation pending, never part of them; the next run finishes the job.
TEST(CrashSafetyBulk, KilledBulkBuildLeavesNoResearchersAndARerunFinishesTheJob) {
  TempDir dir;
  const std::string clean = dir / "clean";
  const std::string db = dir / "index";
  std::vector<std::string> clean_args{"index", "--db", clean, "--jobs", "1"};
  for (const auto& input : inputs()) clean_args.push_back(input);
  ASSERT_EQ(run_savant(clean_args).exit_code, 0);
  const std::vector<std::string> all = stored_sources(clean);
  const std::string clean_export = export_all(clean);

  std::vector<std::string> args{"index", "--db", db, "--verbose", "--jobs", "2"};
  for (const auto& input : inputs()) args.push_back(input);
  const std::string total = std::to_string(all.size());
  {
    SavantProcess run(args);
    ASSERT_TRUE(run.wait_for_line(total + "/" + total + " file(s) done")) << run.err();
    run.kill_now();
  }
  ASSERT_EQ(run_savant({"stats", "--db", db}).exit_code, 0);  // opens
  EXPECT_EQ(stored_sources(db), all);
  const std::string researchers =
      std::string(schema::kPrefixKind) + std::string(schema::kKindResearcher);
  if (export_all(db) != clean_export) {
    EXPECT_EQ(Xapian::Database(db).get_termfreq(researchers), 0u) << "part of a bulk build shows";
    EXPECT_EQ(metadata(db, schema::kMetaDerivePending), "1");
    EXPECT_EQ(metadata(db, schema::kMetaTotals), "");
  }

  CommandResult rerun = index_when_unlocked(args);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(export_all(db), clean_export);
  EXPECT_EQ(metadata(db, schema::kMetaDerivePending), "");
  EXPECT_FALSE(std::filesystem::exists(db + ".savant-bulk")) << "parts left behind";
}

}  // namespace
}  // namespace savant::testing
