// SPDX-License-Identifier: MIT
// SearchRequest::explain: the explanation's parts add up to the score shown
// and name the evidence and the query terms that matched.
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace savant::testing {
namespace {

Evidence paper(const std::string& title, AuthorRole role, PublicationStatus status, int year) {
  Evidence e;
  e.kind = EvidenceKind::publication;
  e.title = title;
  e.role = role;
  e.status = status;
  e.year = year;
  return e;
}

DocumentRecord researcher_record(const std::string& name, std::vector<Evidence> evidence) {
  DocumentRecord r;
  r.source = name;
  r.name = name;
  r.evidence = std::move(evidence);
  return r;
}

class Explain : public ::testing::Test {
 protected:
  void SetUp() override {
    RecordIndexOptions options;
    options.db_path = dir_ / "index";
    Evidence job;
    job.kind = EvidenceKind::experience;
    job.title = "Translation engineer";
    job.organisation = "Acme";
    job.year = 2020;
    options.records = {
        researcher_record("Ada Specialist",
                          {paper("Neural Machine Translation of Rare Words", AuthorRole::first,
                                 PublicationStatus::published, 2016),
                           paper("Translation with Sparse Experts", AuthorRole::co_author,
                                 PublicationStatus::preprint, 2023),
                           job}),
        researcher_record("Bob Passing",
                          {paper("Graph Neural Networks and a Note on Translation",
                                 AuthorRole::co_author, PublicationStatus::under_review, 0)}),
        researcher_record("Cy Unrelated", {paper("Protein Folding", AuthorRole::first,
                                                 PublicationStatus::published, 2021)})};
    index_records(options);
    searcher_.emplace(options.db_path);
  }

  SearchResults search(const std::string& query, bool explain) {
    SearchRequest request;
    request.query = query;
    request.explain = explain;
    request.ranking = {{"reference_year", 2024}};
    return searcher_->search(request);
  }

  TempDir dir_;
  std::optional<Searcher> searcher_;
};

TEST_F(Explain, PartsAddUpToTheScore) {
  SearchResults results = search("translation", true);
  ASSERT_EQ(results.hits.size(), 2u);
  for (const SearchHit& hit : results.hits) {
    ASSERT_TRUE(hit.explanation.has_value()) << hit.researcher.name;
    const ScoreExplanation& x = *hit.explanation;
    EXPECT_DOUBLE_EQ(x.score, hit.score);
    ASSERT_FALSE(x.evidence.empty());
    double sum = 0.0;
    for (const EvidenceExplanation& e : x.evidence) {
      double product = e.relevance;
      for (const ScoreFactor& f : e.factors) product *= f.value;
      EXPECT_NEAR(product, e.score, 1e-9 * e.score) << e.evidence.title;
      EXPECT_NEAR(e.share * e.score, e.contribution, 1e-12);
      EXPECT_GT(e.relevance, 0.0);
      sum += e.contribution;
    }
    EXPECT_NEAR(sum, x.sum, 1e-9);
    double score = x.sum;
    for (const ScoreFactor& f : x.adjustments) score *= f.value;
    EXPECT_NEAR(score, hit.score, 1e-9 * hit.score);
    EXPECT_FALSE(x.aggregation.empty());
  }
}

TEST_F(Explain, NamesTheMatchedEvidenceTermsAndWeights) {
  SearchResults results = search("translation", true);
  const SearchHit& top = results.hits.at(0);
  EXPECT_EQ(top.researcher.name, "Ada Specialist");
  const ScoreExplanation& x = *top.explanation;
  ASSERT_EQ(x.evidence.size(), 3u);  // two papers and the job
  // Best first, with shares 1, 1/2, 1/4 under the default decay.
  EXPECT_DOUBLE_EQ(x.evidence[0].share, 1.0);
  EXPECT_DOUBLE_EQ(x.evidence[1].share, 0.5);
  EXPECT_DOUBLE_EQ(x.evidence[2].share, 0.25);
  EXPECT_GE(x.evidence[0].score, x.evidence[1].score);
  EXPECT_GE(x.evidence[1].score, x.evidence[2].score);
  for (const EvidenceExplanation& e : x.evidence) {
    EXPECT_NE(std::find(e.matched_terms.begin(), e.matched_terms.end(), "translat~"),
              e.matched_terms.end())
        << e.evidence.title;
  }
  // The preprint co-authored in 2023 carries each of its factors by name.
  auto preprint = std::find_if(x.evidence.begin(), x.evidence.end(), [](const auto& e) {
    return e.evidence.title == "Translation with Sparse Experts";
  });
  ASSERT_NE(preprint, x.evidence.end());
  const RankingSettings defaults = default_ranking_settings();
  auto factor = [&](const std::string& name) {
    for (const ScoreFactor& f : preprint->factors) {
      if (f.name == name) return f;
    }
    return ScoreFactor{"missing", "", 0.0};
  };
  EXPECT_EQ(factor("kind").reason, "publication");
  EXPECT_DOUBLE_EQ(factor("kind").value, defaults.at("publication"));
  EXPECT_EQ(factor("role").reason, "co-author");
  EXPECT_DOUBLE_EQ(factor("role").value, defaults.at("co_author"));
  EXPECT_EQ(factor("status").reason, "preprint");
  EXPECT_DOUBLE_EQ(factor("status").value, defaults.at("preprint"));
  EXPECT_EQ(factor("recency").reason, "2023");
  EXPECT_LT(factor("recency").value, 1.0);
  // The experience unit has no role or status.
  const auto& job = *std::find_if(x.evidence.begin(), x.evidence.end(), [](const auto& e) {
    return e.evidence.kind == EvidenceKind::experience;
  });
  for (const ScoreFactor& f : job.factors) EXPECT_NE(f.name, "role");
}

TEST_F(Explain, FieldTermsAreNamedReadably) {
  SearchResults results = search("title:translation name:ada", true);
  ASSERT_FALSE(results.hits.empty());
  ASSERT_EQ(results.hits.at(0).researcher.name, "Ada Specialist");
  // Each of her units has "translation" in its title and her name on it.
  for (const EvidenceExplanation& e : results.hits.at(0).explanation->evidence) {
    // Stems are marked with '~', fields by their query-language name.
    EXPECT_EQ(e.matched_terms, (std::vector<std::string>{"name:ada~", "title:translat~"}))
        << e.evidence.title;
  }
}

TEST_F(Explain, AbsentUnlessAsked) {
  SearchResults results = search("translation", false);
  ASSERT_FALSE(results.hits.empty());
  for (const SearchHit& hit : results.hits) EXPECT_FALSE(hit.explanation.has_value());
}

}  // namespace
}  // namespace savant::testing
