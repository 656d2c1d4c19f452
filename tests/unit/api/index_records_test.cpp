// SPDX-License-Identifier: MIT
// index_records(): in-memory records go the way files go: stored, merged into
// researchers with files and each other, unchanged ones skipped, removable.
#include "tests/support/temp_dir.hpp"
#include "tests/unit/cli/error_of.hpp"
#include <savant/index.hpp>
#include <savant/search.hpp>

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

DocumentRecord record(const std::string& source, const std::string& name, const std::string& email,
                      const std::string& title, const std::string& venue, int year) {
  DocumentRecord r;
  r.source = source;
  r.name = name;
  if (!email.empty()) r.emails = {email};
  Evidence e;
  e.kind = EvidenceKind::publication;
  e.title = title;
  e.venue = venue;
  e.year = year;
  e.role = AuthorRole::first;
  e.status = PublicationStatus::published;
  r.evidence = {e};
  return r;
}

class IndexRecords : public ::testing::Test {
 protected:
  IndexReport index(std::vector<DocumentRecord> records, std::vector<std::string> remove = {}) {
    RecordIndexOptions options;
    options.db_path = db_;
    options.records = std::move(records);
    options.remove = std::move(remove);
    return index_records(options);
  }

  std::vector<std::string> names(const std::string& query) {
    Searcher searcher(db_);
    SearchRequest request;
    request.query = query;
    std::vector<std::string> out;
    for (const SearchHit& hit : searcher.search(request).hits) out.push_back(hit.researcher.name);
    return out;
  }

  TempDir dir_;
  std::string db_ = dir_ / "index";
};

TEST_F(IndexRecords, RecordsBecomeSearchableResearchers) {
  IndexReport report = index(
      {record("hr:1", "Ada Lovelace", "ADA@Example.org", "Neural Machine Translation at Scale",
              "Advances in Neural Information Processing Systems", 2023),
       record("hr:2", "Alan Turing", "", "Computable Numbers", "", 1936)});
  EXPECT_EQ(report.files_seen, 2u);
  EXPECT_EQ(report.files_indexed, 2u);
  EXPECT_EQ(report.researchers, 2u);
  EXPECT_EQ(report.publications, 2u);
  EXPECT_TRUE(report.failures.empty());
  EXPECT_EQ(names("translation"), std::vector<std::string>{"Ada Lovelace"});

  // Cleaned like file text: venue canonical, e-mail lower case, sources filled in.
  Searcher searcher(db_);
  SearchRequest by_venue;
  by_venue.venue = "NeurIPS";
  EXPECT_EQ(searcher.search(by_venue).total, 1u);
  auto ada = searcher.researcher("ada-lovelace");
  ASSERT_TRUE(ada);
  EXPECT_EQ(ada->researcher.emails, std::vector<std::string>{"ada@example.org"});
  ASSERT_EQ(ada->evidence.size(), 1u);
  EXPECT_EQ(ada->evidence[0].venue, "NeurIPS");
  EXPECT_EQ(ada->evidence[0].sources, std::vector<std::string>{"hr:1"});
}

TEST_F(IndexRecords, SameEmailInTwoCallsIsOnePerson) {
  index({record("hr:1", "Ada Lovelace", "ada@example.org", "Translation", "", 2020)});
  IndexReport report =
      index({record("web:7", "A. Lovelace", "ada@example.org", "Parsing", "", 2021)});
  EXPECT_EQ(report.researchers, 1u);
  Searcher searcher(db_);
  auto ada = searcher.researcher("ada-lovelace");
  ASSERT_TRUE(ada);
  EXPECT_EQ(ada->researcher.sources, (std::vector<std::string>{"hr:1", "web:7"}));
  EXPECT_EQ(ada->evidence.size(), 2u);
}

TEST_F(IndexRecords, TheSameRecordAgainWritesNothing) {
  auto records = std::vector<DocumentRecord>{
      record("hr:1", "Ada Lovelace", "ada@example.org", "Translation", "ACL", 2020)};
  index(records);
  IndexReport again = index(records);
  EXPECT_EQ(again.files_unchanged, 1u);
  EXPECT_EQ(again.files_indexed, 0u);
  EXPECT_EQ(again.documents_written, 0u);
  EXPECT_EQ(again.documents_deleted, 0u);

  records[0].evidence[0].title = "Machine Translation";
  IndexReport changed = index(records);
  EXPECT_EQ(changed.files_indexed, 1u);
  EXPECT_GT(changed.documents_written, 0u);
}

TEST_F(IndexRecords, RemoveDropsARecordAndItsResearcher) {
  index({record("hr:1", "Ada Lovelace", "", "Translation", "", 2020),
         record("hr:2", "Alan Turing", "", "Computable Numbers", "", 1936)});
  IndexReport report = index({}, {"hr:2", "hr:unknown"});
  EXPECT_EQ(report.files_removed, 1u);
  EXPECT_EQ(report.researchers, 1u);
  EXPECT_TRUE(names("computable").empty());
}

TEST_F(IndexRecords, InvalidTextIsAFailureNotAnException) {
  IndexReport report = index({record("hr:1", "Ada Lovelace", "", "Translation", "", 2020),
                              record("hr:bad", "J\xfcrgen", "", "Parsing", "", 2021)});
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].path, "hr:bad");
  EXPECT_EQ(report.failures[0].reason, "not valid UTF-8");
  EXPECT_EQ(report.researchers, 1u);
}

TEST_F(IndexRecords, BadOptionsAreUsageErrors) {
  DocumentRecord no_source = record("", "Ada", "", "T", "", 2020);
  Error e = error_of([&] { index({no_source}); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
  EXPECT_STREQ(e.what(), "record 1 has no source");

  DocumentRecord twice = record("hr:1", "Ada", "", "T", "", 2020);
  e = error_of([&] { index({twice, twice}); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
  EXPECT_STREQ(e.what(), "two records have the source 'hr:1'");

  e = error_of([] { index_records(RecordIndexOptions{}); });
  EXPECT_EQ(e.category(), ErrorCategory::usage);
}

}  // namespace
}  // namespace savant::testing
