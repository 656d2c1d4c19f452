// SPDX-License-Identifier: MIT
// What a long-lived Searcher (`savant serve`) derives from one index revision
// goes when it reopens on a newer one (the spelling vocabulary), and what
// Searchers on the same revision share (the ranking columns).
#include "searcher/shared_columns.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

#include <string>

namespace savant {
namespace {

using savant::testing::TempDir;

DocumentRecord person(const std::string& name, const std::string& title) {
  DocumentRecord r;
  r.source = "hr:" + name;
  r.name = name;
  Evidence e;
  e.kind = EvidenceKind::publication;
  e.title = title;
  e.venue = "NeurIPS";
  e.year = 2021;
  r.evidence = {e};
  return r;
}

SearchRequest asking(const std::string& query) {
  SearchRequest request;
  request.query = query;
  return request;
}

TEST(SearcherRevision, SpellingUsesTheWordsOfTheRevisionItSearches) {
  TempDir dir;
  RecordIndexOptions options;
  options.db_path = dir / "index";
  options.records = {person("Ada Lovelace", "Hopfield networks for associative memory"),
                     person("Alan Turing", "Hopfield networks at scale")};
  index_records(options);

  Searcher searcher(options.db_path);
  // "hopfeld" is not a word of this revision: it is corrected to "hopfield".
  const SearchResults before = searcher.search(asking("hopfeld"));
  ASSERT_FALSE(before.corrected_query.empty());
  EXPECT_EQ(before.corrected_query, "hopfield");
  EXPECT_EQ(before.total, 2u);

  // The next revision has a researcher who writes "Hopfeld" (a name).
  options.records = {person("Grace Hopper", "Hopfeld operators on lattices")};
  index_records(options);
  searcher.reopen();
  const SearchResults after = searcher.search(asking("hopfeld"));
  EXPECT_TRUE(after.corrected_query.empty()) << after.corrected_query;
  ASSERT_EQ(after.total, 1u);
  EXPECT_EQ(after.hits.front().researcher.name, "Grace Hopper");

  // A fresh Searcher on the new revision answers the same.
  Searcher fresh(options.db_path);
  const SearchResults again = fresh.search(asking("hopfeld"));
  EXPECT_EQ(again.corrected_query, after.corrected_query);
  EXPECT_EQ(again.total, after.total);
}

// `savant serve` keeps a Searcher per worker thread: they read the ranking
// columns of a revision once between them, and again only for a new revision.
TEST(SearcherRevision, SearchersOnOneRevisionShareItsColumns) {
  TempDir dir;
  RecordIndexOptions options;
  options.db_path = dir / "index";
  options.records = {person("Ada Lovelace", "Hopfield networks for associative memory"),
                     person("Alan Turing", "Hopfield networks at scale")};
  index_records(options);

  const std::size_t before = searcher::columns_read();
  Searcher one(options.db_path);
  Searcher two(options.db_path);
  // A first search of a revision with few matches may read no columns; by
  // the second, this Searcher has read them.
  const SearchResults first = one.search(asking("hopfield networks"));
  EXPECT_EQ(one.search(asking("hopfield networks")).total, first.total);
  EXPECT_EQ(searcher::columns_read(), before + 1);
  // The other Searcher uses them from its first search on.
  for (int i = 0; i < 2; ++i) {
    const SearchResults other = two.search(asking("hopfield networks"));
    ASSERT_EQ(other.total, first.total);
    for (std::size_t h = 0; h < other.hits.size(); ++h) {
      EXPECT_EQ(other.hits[h].researcher.id, first.hits[h].researcher.id);
      EXPECT_EQ(other.hits[h].score, first.hits[h].score);
    }
  }
  EXPECT_EQ(searcher::columns_read(), before + 1);

  // A new revision: read once more for both, and both see it.
  options.records = {person("Grace Hopper", "Hopfield networks for compilers")};
  index_records(options);
  one.reopen();
  two.reopen();
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(one.search(asking("hopfield networks")).total, 3u);
    EXPECT_EQ(two.search(asking("hopfield networks")).total, 3u);
  }
  EXPECT_EQ(searcher::columns_read(), before + 2);
}

}  // namespace
}  // namespace savant
