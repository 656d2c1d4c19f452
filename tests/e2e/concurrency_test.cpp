// SPDX-License-Identifier: MIT
// Concurrency: searches run in a loop while `savant index` writes a large run
// into the same index; every search succeeds and every researcher it shows is
// whole. A second writer meanwhile is refused with "index is locked" (exit 4).
#include "tests/support/run_command.hpp"
#include "tests/support/savant_process.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/search.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace savant::testing {
namespace {

// Whole: the researcher document is there (a missing one would come back as
// its bare id, without sources) and holds as many publications as the index
// holds publication units for them.
void expect_whole(Searcher& searcher, const SearchHit& hit) {
  EXPECT_FALSE(hit.researcher.sources.empty()) << hit.researcher.id;
  std::optional<ResearcherProfile> profile = searcher.researcher(hit.researcher.id);
  if (!profile) return;  // derived again between the two reads: checked on the next round
  int publications = 0;
  for (const Evidence& e : profile->evidence) publications += e.kind == EvidenceKind::publication;
  EXPECT_EQ(publications, profile->researcher.publications) << hit.researcher.id;
}

TEST(Concurrency, SearchesSucceedAndSeeWholeResearchersWhileAnIndexRunWrites) {
  TempDir dir;
  const std::string db = dir / "index";
  ASSERT_EQ(run_savant({"index", "--db", db, corpus_dir() + "/seeds"}).exit_code, 0);

  SavantProcess writer({"index", "--db", db, "--verbose", "--batch-files", "5",
                        corpus_dir() + "/real", corpus_dir() + "/seeds"});
  ASSERT_TRUE(writer.wait_for_line("committed batch 1:")) << writer.err();

  // A second writer while the first holds the index.
  CommandResult second = run_savant({"index", "--db", db, corpus_dir() + "/seeds"});
  EXPECT_TRUE(writer.running()) << "the first writer ended too soon for this test";
  EXPECT_EQ(second.exit_code, 4) << second.err;
  EXPECT_NE(second.err.find(db + ": index is locked"), std::string::npos) << second.err;

  Searcher searcher(db);
  std::size_t searches = 0;
  std::set<std::size_t> totals_seen;
  std::size_t binary_searches = 0;
  // Drain the writer's stderr as we go, so it never blocks on a full pipe.
  while (writer.running() || writer.next_line(0.0)) {
    while (writer.next_line(0.0)) {
    }
    for (const char* query : {"learning", "translation", ""}) {
      SearchRequest request;
      request.query = query;
      request.limit = 200;
      searcher.reopen();
      SearchResults results;
      ASSERT_NO_THROW(results = searcher.search(request)) << "search " << searches;
      ++searches;
      if (request.query.empty()) totals_seen.insert(results.total);
      for (std::size_t i = 0; i < results.hits.size() && i < 20; ++i) {
        expect_whole(searcher, results.hits[i]);
      }
    }
    if (searches % 9 == 0) {
      CommandResult r = run_savant({"search", "--db", db, "--format", "json", "learning"});
      EXPECT_EQ(r.exit_code, 0) << r.err;
      ++binary_searches;
    }
  }
  EXPECT_EQ(writer.wait(), 0) << writer.err();
  EXPECT_GE(searches, 9u);
  EXPECT_GE(binary_searches, 1u);

  // Before the final transaction only the seeds' researchers were visible;
  // after it every researcher of the run.
  searcher.reopen();
  SearchRequest everyone;
  everyone.limit = 0;
  const std::size_t final_total = searcher.search(everyone).total;
  EXPECT_GT(final_total, 100u);
  for (std::size_t total : totals_seen) {
    EXPECT_TRUE(total == 4 || total == final_total) << "saw " << total << " researchers";
  }
}

}  // namespace
}  // namespace savant::testing
