// SPDX-License-Identifier: MIT
// What a long-lived Searcher (`savant serve`) derives from one index revision
// goes when it reopens on a newer one (the spelling vocabulary), and what
// Searchers on the same revision share (the ranking columns).
#include "searcher/posting_cache.hpp"
#include "searcher/shared_columns.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// Researchers enough that "hopfield" and "networks" have posting lists long
// enough for the process to keep them decoded (searcher/posting_cache.hpp).
std::vector<DocumentRecord> many(std::size_t from, std::size_t count, const std::string& title) {
  std::vector<DocumentRecord> out;
  for (std::size_t i = from; i < from + count; ++i) {
    out.push_back(person(fmt::format("Researcher{} Number{}", i, i % 97), title));
  }
  return out;
}

// The decoded lists of a revision are not used for the next one: after a
// reopen, a long-lived Searcher answers as a fresh one (the new researchers
// found, every score equal), the new revision's lists read anew.
TEST(SearcherRevision, KeptPostingListsAreThoseOfTheRevisionSearched) {
  TempDir dir;
  RecordIndexOptions options;
  options.db_path = dir / "index";
  const std::size_t first = searcher::PostingCache::kMinPostings + 100;
  options.records = many(0, first, "Hopfield networks for associative memory");
  index_records(options);

  Searcher searcher(options.db_path);
  searcher.search(asking("warm up"));
  const std::size_t decoded_before = searcher::process_posting_cache().decoded();
  EXPECT_EQ(searcher.search(asking("hopfield networks")).total, first);
  EXPECT_GT(searcher::process_posting_cache().decoded(), decoded_before) << "no list was kept";

  options.records = many(first, 300, "Hopfield networks at scale");
  index_records(options);
  const std::size_t decoded_between = searcher::process_posting_cache().decoded();
  searcher.reopen();
  const SearchResults after = searcher.search(asking("hopfield networks"));
  EXPECT_EQ(after.total, first + 300);
  EXPECT_GT(searcher::process_posting_cache().decoded(), decoded_between);

  Searcher fresh(options.db_path);
  fresh.search(asking("warm up"));
  const SearchResults again = fresh.search(asking("hopfield networks"));
  ASSERT_EQ(again.total, after.total);
  ASSERT_EQ(again.hits.size(), after.hits.size());
  for (std::size_t h = 0; h < after.hits.size(); ++h) {
    EXPECT_EQ(again.hits[h].researcher.id, after.hits[h].researcher.id);
    EXPECT_EQ(again.hits[h].score, after.hits[h].score);
  }
}

}  // namespace
}  // namespace savant
