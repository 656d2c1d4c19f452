// SPDX-License-Identifier: MIT
// The whole-file vote: work a file mentions outside any extracted evidence
// still finds its researcher, below those with evidence; a file's preamble
// (site chrome on scraped pages) is never searchable; the vote is explained.
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

#include <optional>

namespace savant::testing {
namespace {

DocumentRecord whole_file_record(const std::string& name, const std::string& evidence_title,
                                 const std::string& text) {
  DocumentRecord r;
  r.source = name + ".md";
  r.name = name;
  if (!evidence_title.empty()) {
    Evidence e;
    e.kind = EvidenceKind::publication;
    e.title = evidence_title;
    e.role = AuthorRole::first;
    e.status = PublicationStatus::published;
    r.evidence = {e};
  }
  r.text = text;
  return r;
}

class WholeFile : public ::testing::Test {
 protected:
  void SetUp() override {
    RecordIndexOptions options;
    options.db_path = dir_ / "index";
    options.records = {
        whole_file_record("Ada Evidence", "Glacier Flow Models of Svalbard",
                          "Ada Evidence\nGlacier Flow Models of Svalbard"),
        // Her glacier work sits in text the extractor made nothing of; the
        // lines before her first piece of evidence are a site's chrome.
        whole_file_record(
            "Bea Hidden", "Volcanic Ash Deposits of Etna",
            "Bea Hidden\nLog in to claim this profile\nVolcanic Ash Deposits of Etna\n"
            "Also surveyed glacier flow in Patagonia."),
        // A file that gave no evidence at all counts whole.
        whole_file_record("Cy Unread", "", "Cy Unread\nNotes on glacier flow under ice shelves."),
        whole_file_record("Dee Other", "Coral Reefs of the Red Sea",
                          "Dee Other\nCoral Reefs of the Red Sea")};
    index_records(options);
    searcher_.emplace(options.db_path);
  }

  std::vector<std::string> names(const std::string& query, RankingSettings ranking = {}) {
    SearchRequest request;
    request.query = query;
    request.ranking = std::move(ranking);
    request.ranking["relax_below"] = 0;  // no partial matches: the vote alone
    std::vector<std::string> out;
    for (const SearchHit& hit : searcher_->search(request).hits) {
      out.push_back(hit.researcher.name);
    }
    return out;
  }

  TempDir dir_;
  std::optional<Searcher> searcher_;
};

TEST_F(WholeFile, FindsWhatExtractionMissedBelowEvidence) {
  const std::vector<std::string> found = names("glacier flow");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0], "Ada Evidence");  // the only one with evidence about it
  EXPECT_EQ(names("glacier flow", {{"document", 0}}), (std::vector<std::string>{"Ada Evidence"}));
}

TEST_F(WholeFile, ThePreambleIsNotSearchable) {
  EXPECT_TRUE(names("\"log in to claim\"").empty());
  EXPECT_EQ(names("patagonia"), (std::vector<std::string>{"Bea Hidden"}));
}

TEST_F(WholeFile, NotClausesHoldForTheWholeFile) {
  EXPECT_EQ(names("glacier NOT name:hidden NOT name:unread"),
            (std::vector<std::string>{"Ada Evidence"}));
}

TEST_F(WholeFile, FiltersLeaveWholeFilesOut) {
  SearchRequest request;
  request.query = "patagonia";
  request.year_from = 1900;
  request.ranking["relax_below"] = 0;
  EXPECT_EQ(searcher_->search(request).total, 0u);
}

TEST_F(WholeFile, ExplainsTheWholeFilePart) {
  SearchRequest request;
  request.query = "patagonia";
  request.explain = true;
  SearchResults results = searcher_->search(request);
  ASSERT_EQ(results.hits.size(), 1u);
  const SearchHit& hit = results.hits[0];
  EXPECT_EQ(hit.researcher.name, "Bea Hidden");
  ASSERT_TRUE(hit.explanation && hit.explanation->document);
  const DocumentExplanation& d = *hit.explanation->document;
  EXPECT_EQ(d.source, "Bea Hidden.md");
  EXPECT_EQ(d.matched_terms, (std::vector<std::string>{"patagonia~"}));
  EXPECT_DOUBLE_EQ(d.weight, default_ranking_settings().at("document"));
  EXPECT_NEAR(d.relevance * d.weight, d.contribution, 1e-12);
  EXPECT_TRUE(hit.explanation->evidence.empty());
  EXPECT_NEAR(hit.explanation->sum, hit.score, 1e-9);
  // The hit shows where in the file it matched.
  ASSERT_EQ(hit.evidence.size(), 1u);
  EXPECT_EQ(hit.evidence[0].source, "Bea Hidden.md");
  EXPECT_NE(hit.evidence[0].snippet.find("<mark>Patagonia</mark>"), std::string::npos)
      << hit.evidence[0].snippet;
}

}  // namespace
}  // namespace savant::testing
