// SPDX-License-Identifier: MIT
// Ranking settings by name: the defaults, their checks, and their effect.
#include "tests/support/temp_dir.hpp"
#include "tests/unit/cli/error_of.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

TEST(RankingSettings, DefaultsNameEveryWeight) {
  const RankingSettings defaults = default_ranking_settings();
  for (const char* name :
       {"publication", "experience", "summary", "education", "skills", "first_author",
        "co_first_author", "co_author", "unknown_role", "published", "preprint", "under_review",
        "unknown_status", "half_life_years", "recency_floor", "reference_year", "decay",
        "max_units", "relax_below"}) {
    EXPECT_EQ(defaults.count(name), 1u) << name;
  }
  // The whole-file vote went with the whole-file entries (docs/index-size.md).
  EXPECT_EQ(defaults.count("document"), 0u);
  EXPECT_EQ(defaults.at("publication"), 1.0);
  EXPECT_NO_THROW(check_ranking_settings(defaults));
}

TEST(RankingSettings, UnknownNamesAndBadValuesAreUsageErrors) {
  struct Case {
    RankingSettings settings;
    const char* message;
  };
  for (const Case& c : std::vector<Case>{
           {{{"fame", 1.0}}, "unknown ranking setting 'fame' (known: publication, "},
           {{{"skills", -0.5}}, "ranking setting 'skills' must be >= 0, not -0.5"},
           {{{"decay", 0.0}}, "ranking setting 'decay' must be in (0, 1], not 0"},
           {{{"recency_floor", 2.0}}, "ranking setting 'recency_floor' must be in [0, 1], not 2"},
           {{{"max_units", 0.0}}, "ranking setting 'max_units' must be an integer from 1 to 1000"},
       }) {
    Error e = error_of([&] { check_ranking_settings(c.settings); });
    EXPECT_EQ(e.category(), ErrorCategory::usage);
    EXPECT_TRUE(contains(e.what(), c.message)) << e.what();
  }
}

TEST(RankingSettings, ChangeTheRanking) {
  TempDir dir;
  RecordIndexOptions options;
  options.db_path = dir / "index";
  auto person = [](const std::string& name, EvidenceKind kind) {
    DocumentRecord r;
    r.source = name;
    r.name = name;
    Evidence e;
    e.kind = kind;
    e.title = "Machine Translation";
    // A first-author, published paper: every factor but the kind's is 1.
    e.role = AuthorRole::first;
    e.status = PublicationStatus::published;
    r.evidence = {e};
    return r;
  };
  options.records = {person("Pub Author", EvidenceKind::publication),
                     person("Job Holder", EvidenceKind::experience)};
  index_records(options);

  Searcher searcher(options.db_path);
  SearchRequest request;
  request.query = "translation";
  EXPECT_EQ(searcher.search(request).hits.at(0).researcher.name, "Pub Author");
  request.ranking = {{"publication", 0.1}};
  EXPECT_EQ(searcher.search(request).hits.at(0).researcher.name, "Job Holder");
  request.ranking = {{"publication", -1.0}};
  EXPECT_EQ(error_of([&] { searcher.search(request); }).category(), ErrorCategory::usage);
}

}  // namespace
}  // namespace savant::testing
