// SPDX-License-Identifier: MIT
// Evidence stored once (schema 6): an evidence unit's document refers to the
// records' evidence it was merged from, and what is read back through the
// records is the evidence the builder merged, sources of every file included.
#include "indexer/researcher_builder.hpp"
#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/taxonomy.hpp"
#include "schema/terms.hpp"
#include "searcher/evidence_reader.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

namespace savant::testing {
namespace {

std::string records_kind_term(std::string_view kind) {
  return std::string(schema::kPrefixKind) + std::string(kind);
}

void expect_same(const Evidence& got, const Evidence& want, const std::string& where) {
  EXPECT_EQ(got.kind, want.kind) << where;
  EXPECT_EQ(got.title, want.title) << where;
  EXPECT_EQ(got.text, want.text) << where;
  EXPECT_EQ(got.venue, want.venue) << where;
  EXPECT_EQ(got.year, want.year) << where;
  EXPECT_EQ(got.role, want.role) << where;
  EXPECT_EQ(got.status, want.status) << where;
  EXPECT_EQ(got.organisation, want.organisation) << where;
  EXPECT_EQ(got.position, want.position) << where;
  EXPECT_EQ(got.dates, want.dates) << where;
  EXPECT_EQ(got.authors, want.authors) << where;
  EXPECT_EQ(got.topics, want.topics) << where;
  EXPECT_EQ(got.sources, want.sources) << where;
}

DocumentRecord stored_record(const Xapian::Database& db, const std::string& path) {
  const std::string unique = schema::source_unique_term(path);
  auto it = db.postlist_begin(unique);
  EXPECT_NE(it, db.postlist_end(unique)) << "no record of " << path;
  if (it == db.postlist_end(unique)) return {};
  return schema::record_from_data(db.get_document(*it).get_data());
}

struct MergedUnit {
  std::string researcher;
  std::string title;
  std::vector<std::string> sources;
};

// Rebuilds every researcher of `db` from their stored records (in the order
// their profile lists them, the cluster's) and compares each unit with what
// an EvidenceReader reads through the records. Returns the merged units and
// counts the units in `units`.
std::vector<MergedUnit> check_units(const Xapian::Database& db, std::size_t& units) {
  std::vector<MergedUnit> merged;
  searcher::EvidenceReader reader(db);
  units = 0;
  const std::string researchers = records_kind_term(schema::kKindResearcher);
  for (auto r = db.postlist_begin(researchers); r != db.postlist_end(researchers); ++r) {
    const Researcher researcher =
        schema::researcher_from_json(nlohmann::json::parse(db.get_document(*r).get_data()));
    std::vector<DocumentRecord> records;
    indexer::ResearcherCluster cluster{researcher.id, researcher.name, {}};
    for (const std::string& path : researcher.sources) {
      records.push_back(stored_record(db, path));
      cluster.members.push_back(records.size() - 1);
    }
    const indexer::ResearcherEntry entry =
        indexer::build_researcher(cluster, records, schema::Taxonomy::builtin());
    for (const indexer::EvidenceUnit& unit : entry.evidence) {
      const std::string unique =
          schema::evidence_unique_term(researcher.id, indexer::evidence_key(unit.evidence));
      auto it = db.postlist_begin(unique);
      EXPECT_NE(it, db.postlist_end(unique)) << researcher.id << ": " << unit.evidence.title;
      if (it == db.postlist_end(unique)) continue;
      ++units;
      const Xapian::Document doc = db.get_document(*it);
      const std::string where = researcher.id + ": " + unit.evidence.title;
      expect_same(reader.read(doc), unit.evidence, where);
      // Stored once: a unit read from one file stores only where it is.
      const nlohmann::json data = nlohmann::json::parse(doc.get_data());
      EXPECT_FALSE(schema::evidence_origins(data).empty()) << where;
      if (unit.origins.size() == 1) {
        EXPECT_EQ(data.size(), 1u) << where << " " << data.dump();
      }
      if (unit.origins.size() > 1) {
        merged.push_back({researcher.id, unit.evidence.title, unit.evidence.sources});
      }
    }
  }
  EXPECT_EQ(units, db.get_termfreq(records_kind_term(schema::kKindEvidence)));
  return merged;
}

TEST(EvidenceRecords, UnitsReadThroughRecordsAreTheMergedEvidence) {
  TempDir dir;
  const std::string db_path = dir / "index";
  CommandResult r = run_savant({"index", "--db", db_path, "--quiet", corpus_dir() + "/real"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t units = 0;
  const std::vector<MergedUnit> merged = check_units(Xapian::Database(db_path), units);
  EXPECT_GT(units, 1000u);
  ASSERT_FALSE(merged.empty()) << "corpus/ has publications listed in two files of one person";

  // A merged unit shows every file it was read from, through the real binary.
  const MergedUnit& unit = merged.front();
  ASSERT_GE(unit.sources.size(), 2u);
  CommandResult shown = run_savant({"show", "--db", db_path, "--format", "json", unit.researcher});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  bool found = false;
  const nlohmann::json profile = nlohmann::json::parse(shown.out);
  for (const auto& e : profile.at("evidence")) {
    if (e.at("title") != unit.title) continue;
    found = true;
    EXPECT_EQ(e.at("sources").get<std::vector<std::string>>(), unit.sources) << unit.title;
  }
  EXPECT_TRUE(found) << unit.researcher << ": " << unit.title;
}

TEST(EvidenceRecords, ShardsHoldEachUnitWithItsRecords) {
  TempDir dir;
  const std::string db_path = dir / "index";
  CommandResult r =
      run_savant({"index", "--db", db_path, "--shards", "3", "--quiet", corpus_dir() + "/real"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Each shard alone: its units read through its own records only.
  std::size_t shards = 0;
  std::size_t all_units = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db_path)) {
    if (!entry.is_directory() || entry.path().filename().string().rfind("shard-", 0) != 0) continue;
    Xapian::Database shard(entry.path().string());
    if (shard.get_termfreq(records_kind_term(schema::kKindEvidence)) == 0) continue;
    ++shards;
    std::size_t units = 0;
    check_units(shard, units);
    all_units += units;
  }
  EXPECT_GE(shards, 2u);
  EXPECT_EQ(all_units,
            Xapian::Database(db_path).get_termfreq(records_kind_term(schema::kKindEvidence)));
  EXPECT_GT(all_units, 500u);
}

}  // namespace
}  // namespace savant::testing
