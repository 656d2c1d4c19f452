// SPDX-License-Identifier: MIT
// Reading researchers back: Searcher::researcher(), for_each_researcher(),
// and reopen() to see a writer's later commits.
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

Evidence evidence(EvidenceKind kind, const std::string& title, int year) {
  Evidence e;
  e.kind = kind;
  e.title = title;
  e.year = year;
  return e;
}

DocumentRecord person(const std::string& source, const std::string& name) {
  DocumentRecord r;
  r.source = source;
  r.name = name;
  r.emails = {source + "@example.org"};
  r.evidence = {evidence(EvidenceKind::skills, "Skills", 0),
                evidence(EvidenceKind::publication, "Old Paper on Parsing", 2019),
                evidence(EvidenceKind::experience, "Research Intern", 2021),
                evidence(EvidenceKind::publication, "New Paper on Translation", 2024)};
  r.evidence[0].text = "C++, Xapian";
  return r;
}

class ResearcherRecords : public ::testing::Test {
 protected:
  void index(std::vector<DocumentRecord> records) {
    RecordIndexOptions options;
    options.db_path = db_;
    options.records = std::move(records);
    index_records(options);
  }

  TempDir dir_;
  std::string db_ = dir_ / "index";
};

TEST_F(ResearcherRecords, ResearcherHasAllEvidencePublicationsFirstNewestFirst) {
  index({person("b", "Bea Brown")});
  Searcher searcher(db_);
  std::optional<ResearcherProfile> profile = searcher.researcher("bea-brown");
  ASSERT_TRUE(profile);
  EXPECT_EQ(profile->researcher.name, "Bea Brown");
  EXPECT_EQ(profile->researcher.publications, 2);
  std::vector<std::string> titles;
  for (const Evidence& e : profile->evidence) titles.push_back(e.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"New Paper on Translation", "Old Paper on Parsing",
                                              "Research Intern", "Skills"}));
  EXPECT_EQ(profile->evidence.back().text, "C++, Xapian");
  EXPECT_FALSE(searcher.researcher("nobody"));
}

TEST_F(ResearcherRecords, ForEachVisitsEveryoneInIdOrder) {
  index({person("c", "Cy Clark"), person("a", "Al Adams"), person("b", "Bea Brown")});
  Searcher searcher(db_);
  std::vector<std::string> ids;
  searcher.for_each_researcher([&](const ResearcherProfile& p) {
    ids.push_back(p.researcher.id);
    // The callback may use the same Searcher.
    EXPECT_TRUE(searcher.researcher(p.researcher.id));
  });
  EXPECT_EQ(ids, (std::vector<std::string>{"al-adams", "bea-brown", "cy-clark"}));
}

TEST_F(ResearcherRecords, ASearcherSeesLaterCommitsAfterReopen) {
  index({person("a", "Al Adams")});
  Searcher searcher(db_);
  index({person("b", "Bea Brown")});
  EXPECT_EQ(searcher.stats().researchers, 1u);
  searcher.reopen();
  EXPECT_EQ(searcher.stats().researchers, 2u);
}

TEST_F(ResearcherRecords, SearchersMove) {
  index({person("a", "Al Adams")});
  Searcher first(db_);
  Searcher second = std::move(first);
  EXPECT_TRUE(second.researcher("al-adams"));
}

}  // namespace
}  // namespace savant::testing
