// SPDX-License-Identifier: MIT
// Walking the posting lists (direct_matches) gives exactly the matches and
// weights Xapian's matcher gives a MatchSpy: the same docids in the same
// order, each weight equal as a double (==, not within a tolerance: a last
// bit changes the order of tied researchers). On a generated index queried
// with the benchmark's query mix, and on an index of the whole corpus queried
// with the judged queries and others; every query is built as a search builds
// it, words all required and any word (the relaxed retry).
#include "searcher/direct_matches.hpp"

#include "searcher/all_matches.hpp"
#include "searcher/query_builder.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "bench/generator/formats.hpp"
#include "bench/generator/query_mix.hpp"
#include "bench/generator/researcher.hpp"
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <string>
#include <vector>

namespace savant::searcher {
namespace {

namespace fs = std::filesystem;
using savant::testing::corpus_dir;
using savant::testing::TempDir;

constexpr std::uint64_t kSeed = 42;

std::string index_of(const TempDir& dir, const fs::path& docs) {
  IndexOptions options;
  options.db_path = dir / "index";
  options.inputs = {docs.string()};
  index_files(options);
  return options.db_path;
}

// A generated corpus of ~1,500 documents (the bench's generator), indexed once.
const std::string& generated_index() {
  static TempDir dir;
  static const std::string path = [] {
    const bench::Vocabulary vocabulary;
    const fs::path docs = dir.path() / "docs";
    fs::create_directories(docs);
    std::size_t written = 0;
    for (std::uint64_t person = 0; written < 1500; ++person) {
      const std::size_t files = bench::file_count(kSeed, person);
      const bench::Researcher r = bench::make_researcher(vocabulary, kSeed, person, files);
      for (std::size_t i = 0; i < r.files.size(); ++i, ++written) {
        const bench::RenderedFile file = bench::render(vocabulary, r, i);
        savant::testing::write_file(docs / file.name, file.content);
      }
    }
    return index_of(dir, docs);
  }();
  return path;
}

// The whole corpus (seeds and real documents), indexed once.
const std::string& corpus_index() {
  static TempDir dir;
  static const std::string path = index_of(dir, corpus_dir());
  return path;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

// The bench's query mix: kind, query, venue, year_from, year_to.
std::vector<SearchRequest> bench_mix() {
  std::vector<SearchRequest> requests;
  std::istringstream tsv(bench::query_mix_tsv(bench::Vocabulary(), kSeed));
  for (std::string line; std::getline(tsv, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = split_tabs(line);
    SearchRequest r;
    r.query = f.size() > 1 ? f[1] : "";
    r.venue = f.size() > 2 ? f[2] : "";
    r.year_from = f.size() > 3 && !f[3].empty() ? std::stoi(f[3]) : 0;
    r.year_to = f.size() > 4 && !f[4].empty() ? std::stoi(f[4]) : 0;
    requests.push_back(r);
  }
  return requests;
}

SearchRequest words(const std::string& query) {
  SearchRequest r;
  r.query = query;
  return r;
}

// The judged queries (tests/relevance/queries.tsv) and others of every shape
// the query language has.
std::vector<SearchRequest> corpus_queries() {
  std::vector<SearchRequest> requests;
  std::ifstream tsv(fs::path(corpus_dir()) / ".." / "tests" / "relevance" / "queries.tsv");
  for (std::string line; std::getline(tsv, line);) {
    const std::vector<std::string> f = split_tabs(line);
    if (f.size() > 1 && f[0] != "qid") requests.push_back(words(f[1]));
  }
  EXPECT_GT(requests.size(), 50u) << "the judged queries were not read";
  for (const char* q : {"machine learning",
                        "\"neural networks\"",
                        "LLM",
                        "MoE OR LLM",
                        "robotics OR vision",
                        "title:learning",
                        "name:zhao",
                        "learning NOT robotics",
                        "deep AND (vision OR speech)",
                        "\"mixture of experts\" routing",
                        "topic:nlp",
                        "year:2019.. learning",
                        "kind:publication",
                        "venue:NeurIPS learning",
                        "status:published learning",
                        "role:first learning",
                        "institution:stanford",
                        "learn*",
                        "the of",
                        "translation translation",
                        "ＭｏＥ"}) {
    requests.push_back(words(q));
  }
  SearchRequest filtered = words("learning");
  filtered.venue = "NeurIPS";
  filtered.year_from = 2018;
  filtered.year_to = 2022;
  requests.push_back(filtered);
  SearchRequest filters_only;
  filters_only.year_from = 2019;
  filters_only.year_to = 2021;
  requests.push_back(filters_only);
  return requests;
}

// What the MatchSpy saw, next to what walking gave, must be the same list.
void expect_same_matches(const std::vector<Match>& walked, const std::vector<Match>& spied,
                         const std::string& what) {
  ASSERT_EQ(walked.size(), spied.size()) << what;
  for (std::size_t i = 0; i < spied.size(); ++i) {
    ASSERT_EQ(walked[i].docid, spied[i].docid) << what << " match " << i;
    ASSERT_EQ(walked[i].row, spied[i].row) << what << " match " << i;
    // Bit for bit: == on doubles, on purpose.
    ASSERT_EQ(walked[i].weight, spied[i].weight)
        << what << " docid " << spied[i].docid << " differs by "
        << walked[i].weight - spied[i].weight;
  }
}

struct Counts {
  std::size_t walked = 0;      // queries walked directly
  std::size_t matches = 0;     // their matches
  std::size_t kept_lists = 0;  // lists the small budget read
};

Counts compare_all(const std::string& path, const std::vector<SearchRequest>& requests) {
  const Xapian::Database db(path);
  const Xapian::Database twin(path);
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const DocumentLengths lengths = document_lengths(db);
  PostingCache every_list(std::size_t{1} << 30, 1);
  PostingCache some_lists(std::size_t{64} << 10, 1);
  Counts counts;
  for (const SearchRequest& request : requests) {
    for (WordMatching matching : {WordMatching::all, WordMatching::any}) {
      const Xapian::Query query = build_query(request, db, matching).query;
      const std::string what = "'" + request.query + "' " + query.get_description();
      const std::optional<std::vector<Match>> walked = direct_matches(db, query);
      EXPECT_EQ(walked.has_value(), walks_directly(query)) << what;
      if (!walked) continue;
      const AllMatches spied = spied_matches(db, query, columns);
      expect_same_matches(*walked, spied.matches.matches, what);
      // With every document's length read beforehand.
      expect_same_matches(direct_matches(db, query, 1, db.get_lastdocid(), &lengths).value(),
                          spied.matches.matches, what + " (lengths)");
      // On two threads, each a half of the docids.
      const std::optional<AllMatches> split = walked_matches(db, &twin, query, columns, &lengths);
      EXPECT_TRUE(split.has_value()) << what;
      if (!split) continue;
      expect_same_matches(split->matches.matches, spied.matches.matches, what + " (split)");
      // Walked from decoded postings (every list kept, however short), on
      // one thread and on two, the second time from the lists the first
      // kept; and with a budget that keeps only some.
      for (PostingCache* cache : {&every_list, &every_list, &some_lists}) {
        expect_same_matches(
            direct_matches(db, query, 1, db.get_lastdocid(), &lengths, {}, cache).value(),
            spied.matches.matches, what + " (kept postings)");
        expect_same_matches(
            walked_matches(db, &twin, query, columns, &lengths, nullptr, cache)->matches.matches,
            spied.matches.matches, what + " (kept postings, split)");
      }
      // The MSet of no items carries the statistics snippets are chosen by.
      for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
        EXPECT_EQ(split->mset.get_termfreq(*t), spied.mset.get_termfreq(*t)) << what << " " << *t;
        EXPECT_EQ(split->mset.get_termweight(*t), spied.mset.get_termweight(*t))
            << what << " " << *t;
      }
      ++counts.walked;
      counts.matches += walked->size();
      counts.kept_lists = some_lists.decoded();
    }
  }
  return counts;
}

TEST(DirectMatches, SameAsTheMatchSpyOnTheBenchQueryMix) {
  const std::vector<SearchRequest> mix = bench_mix();
  ASSERT_EQ(mix.size(), 50u);
  const Counts counts = compare_all(generated_index(), mix);
  // Some lists were walked from decoded postings, and the small budget kept some.
  EXPECT_GT(counts.kept_lists, 0u);
  // Every query of the mix is walked (topics, phrases, aliases, filters).
  EXPECT_EQ(counts.walked, 2 * mix.size());
  EXPECT_GT(counts.matches, 10000u);
}

TEST(DirectMatches, SameAsTheMatchSpyOnCorpusQueries) {
  const Counts counts = compare_all(corpus_index(), corpus_queries());
  EXPECT_GT(counts.walked, 100u);
  EXPECT_GT(counts.matches, 10000u);
}

// Everything a search answers, exact scores (as %a) included.
std::string described(const SearchResults& r) {
  std::string out =
      fmt::format("total {} relaxed {} corrected '{}'\n", r.total, r.relaxed, r.corrected_query);
  for (const SearchHit& hit : r.hits) {
    out += fmt::format("{} {} {:a}\n", hit.rank, hit.researcher.id, hit.score);
    for (const EvidenceHit& e : hit.evidence) {
      out += fmt::format("  {:a} {} | {} | {}\n", e.score, e.title, e.snippet, e.source);
    }
    if (hit.explanation) {
      out +=
          fmt::format("  explained {:a} {:a} {} {}\n", hit.explanation->sum, hit.explanation->score,
                      hit.explanation->evidence.size(), hit.explanation->uncounted);
    }
  }
  for (const auto& [facet, counts] : r.facets) {
    for (const auto& [value, n] : counts) out += fmt::format("{} {} {}\n", facet, value, n);
  }
  return out;
}

// A Searcher walking posting lists answers every search exactly as one
// collecting matches with Xapian's matcher (SAVANT_MATCHER=xapian): hits,
// scores, evidence, snippets, explanations and facets.
void expect_same_searches(const std::string& path, std::vector<SearchRequest> requests) {
  ::setenv("SAVANT_MATCHER", "xapian", 1);
  Searcher spying(path);
  ::unsetenv("SAVANT_MATCHER");
  Searcher walking(path);
  // The first search of a revision reads an MSet of every match instead.
  spying.search(words("warm up"));
  walking.search(words("warm up"));
  for (SearchRequest& request : requests) {
    request.limit = 20;
    request.facets = true;
    request.explain = true;
    request.evidence_per_result = 5;
    EXPECT_EQ(described(walking.search(request)), described(spying.search(request)))
        << "'" << request.query << "'";
  }
}

TEST(DirectMatches, SearchesAnswerAsWithXapiansMatcher) {
  expect_same_searches(generated_index(), bench_mix());
  expect_same_searches(corpus_index(), corpus_queries());
}

// Searchers on several threads at once share the process's kept posting
// lists (one thread may wait for a list another reads, none reads a list
// twice) and each answers as a Searcher using Xapian's matcher, whose answers
// are the walk's (SearchesAnswerAsWithXapiansMatcher).
TEST(DirectMatches, SearchersOnManyThreadsAnswerAsOne) {
  const std::string path = generated_index();
  std::vector<SearchRequest> requests = bench_mix();
  for (SearchRequest& request : requests) {
    request.limit = 20;
    request.facets = true;
  }
  ::setenv("SAVANT_MATCHER", "xapian", 1);
  Searcher reference(path);
  ::unsetenv("SAVANT_MATCHER");
  reference.search(words("warm up"));
  std::vector<std::string> expected;
  for (const SearchRequest& request : requests)
    expected.push_back(described(reference.search(request)));
  const std::size_t decoded_before = process_posting_cache().decoded();
  const std::size_t kept_before = process_posting_cache().kept_lists();
  std::vector<std::future<std::vector<std::string>>> runs;
  for (int t = 0; t < 4; ++t) {
    runs.push_back(std::async(std::launch::async, [&path, &requests, t] {
      Searcher searcher(path);
      searcher.search(words("warm up"));
      std::vector<std::string> out(requests.size());
      // Each thread in its own order, so that they ask for lists at different times.
      for (std::size_t k = 0; k < requests.size(); ++k) {
        const std::size_t i = (k * 7 + static_cast<std::size_t>(t) * 13) % requests.size();
        out[i] = described(searcher.search(requests[i]));
      }
      return out;
    }));
  }
  for (auto& run : runs) {
    const std::vector<std::string> got = run.get();
    for (std::size_t i = 0; i < requests.size(); ++i) {
      EXPECT_EQ(got[i], expected[i]) << "'" << requests[i].query << "'";
    }
  }
  // The lists were kept by the process and each read once, not once per
  // thread (earlier tests in this process may have read some already).
  const PostingCache& cache = process_posting_cache();
  EXPECT_GT(cache.kept_lists(), 0u);
  EXPECT_EQ(cache.decoded() - decoded_before, cache.kept_lists() - kept_before);
}

// Ranges of docids give the matches of the whole in those ranges.
TEST(DirectMatches, ARangeOfDocidsGivesTheMatchesInIt) {
  const Xapian::Database db(corpus_index());
  const Xapian::Query query = build_query(words("learning OR vision"), db).query;
  const std::vector<Match> all = direct_matches(db, query).value();
  ASSERT_GT(all.size(), 100u);
  const Xapian::docid middle = all[all.size() / 2].docid;
  std::vector<Match> halves = direct_matches(db, query, 1, middle - 1).value();
  const std::vector<Match> upper = direct_matches(db, query, middle, db.get_lastdocid()).value();
  EXPECT_EQ(upper.front().docid, middle);
  halves.insert(halves.end(), upper.begin(), upper.end());
  expect_same_matches(halves, all, "halves");
  EXPECT_TRUE(direct_matches(db, query, middle + 1, middle).value().empty());
}

// Many terms of equal frequency (ties in the OR's tree), weights scaled at
// the top, a filter at weight 0: still the matcher's weights.
TEST(DirectMatches, TiesScalesAndFiltersWeighAsXapianWeighsThem) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int d = 0; d < 400; ++d) {
    Xapian::Document doc;
    for (int t = 0; t < 12; ++t) {
      // Terms t appear in every (t % 3 + 2)-th document: four share each frequency.
      if (d % (t % 3 + 2) == 0) doc.add_term("T" + std::to_string(t), 1 + (d + t) % 4);
    }
    doc.add_term("Xfilter" + std::to_string(d % 2));
    for (int pad = 0; pad < d % 7; ++pad) doc.add_term("P" + std::to_string(pad));
    db.add_document(doc);
  }
  db.commit();
  std::vector<Xapian::Query> terms;
  for (int t = 0; t < 12; ++t) terms.emplace_back("T" + std::to_string(t));
  const Xapian::Query any(Xapian::Query::OP_OR, terms.begin(), terms.end());
  const Xapian::Query all(Xapian::Query::OP_AND, terms.begin(), terms.begin() + 3);
  const Xapian::Query mixed(Xapian::Query::OP_OR, any, all);
  const std::vector<Xapian::Query> queries = {
      any,
      all,
      Xapian::Query(Xapian::Query::OP_AND, mixed, Xapian::Query("T7", 3)),
      Xapian::Query(Xapian::Query::OP_FILTER, any, Xapian::Query("Xfilter1")),
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any, 2.5),
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                    Xapian::Query(Xapian::Query::OP_FILTER, all, Xapian::Query("Xfilter0")), 0.0),
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("T1"), Xapian::Query("absent")),
      // Scaled parts that are one part of the AND or OR around them.
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("T1"),
                    Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any, 1.5)),
      Xapian::Query(Xapian::Query::OP_OR, all,
                    Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("T4"), 0.3)),
  };
  for (const Xapian::Query& query : queries) {
    const std::optional<std::vector<Match>> walked = direct_matches(db, query);
    ASSERT_TRUE(walked.has_value()) << query.get_description();
    std::vector<Match> spied;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it)
      spied.push_back({*it, *it, it.get_weight()});
    std::sort(spied.begin(), spied.end(),
              [](const Match& a, const Match& b) { return a.docid < b.docid; });
    ASSERT_FALSE(spied.empty()) << query.get_description();
    expect_same_matches(*walked, spied, query.get_description());
  }
}

// Lengths read at another revision are not used: a document replaced since
// has another length.
TEST(DirectMatches, LengthsOfAnotherRevisionAreNotUsed) {
  TempDir dir;
  Xapian::WritableDatabase db(dir / "db",
                              Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
  for (int d = 0; d < 50; ++d) {
    Xapian::Document doc;
    doc.add_term("Zword", 1 + d % 3);
    doc.add_term("Zpad", 1 + d % 5);
    db.add_document(doc);
  }
  db.commit();
  const DocumentLengths before = document_lengths(db);
  Xapian::Document longer;
  longer.add_term("Zword", 2);
  longer.add_term("Zpad", 40);
  db.replace_document(7, longer);
  db.commit();
  ASSERT_NE(before.revision, db.get_revision());
  const Xapian::Query query("Zword");
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<Match> spied;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) spied.push_back({*it, *it, it.get_weight()});
  std::sort(spied.begin(), spied.end(),
            [](const Match& a, const Match& b) { return a.docid < b.docid; });
  expect_same_matches(direct_matches(db, query, 1, db.get_lastdocid(), &before).value(), spied,
                      "stale lengths");
  const DocumentLengths after = document_lengths(db);
  expect_same_matches(direct_matches(db, query, 1, db.get_lastdocid(), &after).value(), spied,
                      "current lengths");
}

// Whatever it does not reproduce exactly is left to Xapian's matcher.
TEST(DirectMatches, OtherShapesAreNotWalked) {
  const Xapian::Query a("Za");
  const Xapian::Query b("Zb");
  for (const Xapian::Query& query :
       {Xapian::Query(Xapian::Query::OP_AND_NOT, a, b), Xapian::Query(Xapian::Query::OP_XOR, a, b),
        Xapian::Query(Xapian::Query::OP_AND_MAYBE, a, b),
        Xapian::Query(Xapian::Query::OP_SYNONYM, a, b), Xapian::Query(Xapian::Query::OP_MAX, a, b),
        Xapian::Query(Xapian::Query::OP_PHRASE, a, b), Xapian::Query(Xapian::Query::OP_NEAR, a, b),
        Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 1, "a", "b"),
        Xapian::Query(Xapian::Query::OP_WILDCARD, "Zle"), Xapian::Query::MatchAll,
        Xapian::Query::MatchNothing,
        // Whether an inner scale is merged into the AND around it differs
        // between Xapian versions: the order of the sum could.
        Xapian::Query(Xapian::Query::OP_AND, a,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                    Xapian::Query(Xapian::Query::OP_AND, a, b), 2)),
        Xapian::Query(Xapian::Query::OP_OR, a,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                    Xapian::Query(Xapian::Query::OP_OR, a, b), 2)),
        Xapian::Query(Xapian::Query::OP_OR, a, Xapian::Query(Xapian::Query::OP_AND_NOT, a, b))}) {
    EXPECT_FALSE(walks_directly(query)) << query.get_description();
  }
  EXPECT_TRUE(walks_directly(Xapian::Query(Xapian::Query::OP_FILTER, a, b)));
}

}  // namespace
}  // namespace savant::searcher
