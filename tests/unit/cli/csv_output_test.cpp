// SPDX-License-Identifier: MIT
// CSV quoting (RFC 4180) and the search results table.
#include "cli/render/csv_output.hpp"

#include <gtest/gtest.h>

namespace savant::testing {
namespace {

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  struct Case {
    const char* in;
    const char* out;
  };
  for (const Case& c : std::vector<Case>{
           {"plain", "plain"},
           {"", ""},
           {"Zhao, Xinyu", "\"Zhao, Xinyu\""},
           {"say \"hi\"", "\"say \"\"hi\"\"\""},
           {"two\nlines", "\"two\nlines\""},
           {"cr\rhere", "\"cr\rhere\""},
           {" padded", "\" padded\""},
           {"José Müller", "José Müller"},
       }) {
    EXPECT_EQ(cli::csv_field(c.in), c.out) << c.in;
  }
}

TEST(CsvOutput, HeaderThenOneRowPerResearcher) {
  SearchResults results;
  results.total = 2;
  SearchHit first;
  first.rank = 1;
  first.score = 2.5;
  first.researcher.id = "zhao-xinyu";
  first.researcher.name = "Zhao, Xinyu";
  first.researcher.emails = {"a@x.org", "b@y.org"};
  first.researcher.topics = {"machine-translation"};
  EvidenceHit best;
  best.kind = EvidenceKind::publication;
  best.title = "Sparse MoE, \"routed\"";
  best.venue = "ICLR";
  best.year = 2024;
  best.source = "/cv.txt";
  first.evidence = {best};
  SearchHit second;
  second.rank = 2;
  second.researcher.id = "anon";
  second.researcher.name = "anon";
  results.hits = {first, second};

  EXPECT_EQ(cli::search_results_csv(results),
            "rank,id,name,score,emails,affiliations,topics,evidence_title,evidence_kind,"
            "evidence_venue,evidence_year,evidence_source\n"
            "1,zhao-xinyu,\"Zhao, Xinyu\",2.5000,a@x.org; b@y.org,,machine-translation,"
            "\"Sparse MoE, \"\"routed\"\"\",publication,ICLR,2024,/cv.txt\n"
            "2,anon,anon,0.0000,,,,,,,,\n");
}

}  // namespace
}  // namespace savant::testing
