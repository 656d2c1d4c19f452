// SPDX-License-Identifier: MIT
// Scale-out acceptance (issue 7): corpus/ indexed into three shards served by
// three xapian-tcpsrv processes answers every judged query exactly as one
// index does; a shard that stops answering fails the search, or, with
// --allow-partial, is named while the others answer.
#include <gtest/gtest.h>

#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>
#include <savant/error.hpp>
#include <savant/index.hpp>
#include <savant/search.hpp>

#include "schema/shard_layout.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"
#include "searcher/eval/judged_set.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/tcp_server.hpp"
#include "tests/support/temp_dir.hpp"

namespace savant::testing {
namespace {

constexpr std::size_t kShards = 3;

std::string source_file(const std::string& relative) {
  return std::string(SAVANT_TEST_SOURCE_DIR) + "/" + relative;
}

std::string shard_path(const std::string& dir, std::size_t i) {
  return dir + "/" + schema::shard_directory_name(i);
}

bool has_term(const std::string& db, const std::string& term) {
  return Xapian::Database(db).term_exists(term);
}

// Every researcher id of a savant index (one shard, or one whole index).
std::vector<std::string> researcher_ids(const std::string& db) {
  std::vector<std::string> ids;
  Searcher(db).for_each_researcher(
      [&](const ResearcherProfile& p) { ids.push_back(p.researcher.id); });
  return ids;
}

void write_stub(const std::string& path, const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  write_file(path, text);
}

SearchRequest everything_for(const searcher::eval::JudgedQuery& q) {
  SearchRequest request;
  request.query = q.text;
  searcher::eval::apply_options(q.options, request);
  request.limit = 100000;
  request.evidence_per_result = 0;
  request.facets = true;
  return request;
}

void expect_same_results(const SearchResults& one, const SearchResults& sharded) {
  EXPECT_EQ(one.total, sharded.total);
  EXPECT_EQ(one.corrected_query, sharded.corrected_query);
  EXPECT_EQ(one.relaxed, sharded.relaxed);
  ASSERT_EQ(one.hits.size(), sharded.hits.size());
  for (std::size_t i = 0; i < one.hits.size(); ++i) {
    EXPECT_EQ(one.hits[i].researcher.id, sharded.hits[i].researcher.id) << "rank " << i + 1;
    // Xapian sums a document's term weights in an order that depends on each
    // shard's own statistics: scores may differ in the last bits, no more.
    EXPECT_NEAR(one.hits[i].score, sharded.hits[i].score, 1e-9 * one.hits[i].score)
        << "rank " << i + 1;
  }
  EXPECT_EQ(one.facets, sharded.facets);
  EXPECT_TRUE(sharded.missing_shards.empty());
}

TEST(ShardedCorpus, RemoteShardsAnswerLikeOneIndexAndFailAsAsked) {
  TempDir dir;
  const std::string single = dir / "single";
  const std::string sharded = dir / "sharded";
  // Both indexes at once: two cores, two processes.
  auto sharded_run = std::async(std::launch::async, [&] {
    return run_savant({"index", "--quiet", "--shards", std::to_string(kShards), "--db", sharded,
                       corpus_dir()});
  });
  CommandResult single_run = run_savant({"index", "--quiet", "--db", single, corpus_dir()});
  CommandResult shard_run = sharded_run.get();
  ASSERT_EQ(single_run.exit_code, 0) << single_run.err;
  ASSERT_EQ(shard_run.exit_code, 0) << shard_run.err;

  // Layout: each researcher, with their source records, on exactly one shard, FNV-1a's.
  const std::vector<std::string> all_ids = researcher_ids(single);
  ASSERT_GT(all_ids.size(), 100u);
  std::vector<std::string> sharded_ids;
  for (std::size_t i = 0; i < kShards; ++i) {
    for (const std::string& id : researcher_ids(shard_path(sharded, i))) {
      EXPECT_EQ(schema::shard_of(id, kShards), i) << id;
      sharded_ids.push_back(id);
      std::optional<ResearcherProfile> profile = Searcher(shard_path(sharded, i)).researcher(id);
      ASSERT_TRUE(profile);
      for (const std::string& source : profile->researcher.sources) {
        for (std::size_t k = 0; k < kShards; ++k) {
          EXPECT_EQ(has_term(shard_path(sharded, k), schema::source_unique_term(source)), k == i)
              << source << " of " << id << " on shard " << k;
        }
      }
    }
  }
  std::sort(sharded_ids.begin(), sharded_ids.end());
  EXPECT_EQ(sharded_ids, all_ids);  // sorted by id both; no researcher twice

  XapianTcpServer server0(shard_path(sharded, 0));
  XapianTcpServer server1(shard_path(sharded, 1));
  XapianTcpServer server2(shard_path(sharded, 2));
  const std::string remote = dir / "remote.stub";
  write_stub(remote, {"# three remote shards", "remote " + server0.address(),
                      "remote " + server1.address(), "remote " + server2.address()});
  const std::string mixed = dir / "mixed.stub";
  write_stub(mixed, {"auto sharded/shard-0", "remote " + server1.address(),
                     "remote " + server2.address()});

  // Every judged query: the same researchers, order, scores and facet counts.
  const auto judged = searcher::eval::load_judged_set(source_file("tests/relevance/queries.tsv"),
                                                      source_file("tests/relevance/qrels.tsv"),
                                                      source_file("tests/relevance/researchers.tsv"));
  ASSERT_GE(judged.queries.size(), 80u);
  Searcher one(single);
  Searcher over_remote(remote);
  Searcher over_mixed(mixed);
  Searcher over_local_shards(sharded);
  std::size_t non_empty = 0;
  std::size_t corrected = 0;  // suggestions made over the remote shards
  for (const auto& q : judged.queries) {
    SCOPED_TRACE(q.id + " " + q.text + " " + q.options);
    const SearchRequest request = everything_for(q);
    const SearchResults expected = one.search(request);
    non_empty += expected.total > 0;
    const SearchResults remote_results = over_remote.search(request);
    corrected += !remote_results.corrected_query.empty();
    expect_same_results(expected, remote_results);
    expect_same_results(expected, over_local_shards.search(request));
    if (q.id == judged.queries.front().id) expect_same_results(expected, over_mixed.search(request));
  }
  EXPECT_GE(non_empty, judged.queries.size() - 2);
  // The spelling vocabulary reaches through xapian-tcpsrv (no spelling table
  // there): every misspelled judged query is corrected.
  std::size_t misspelled = 0;
  for (const auto& q : judged.queries) misspelled += q.kind == "misspelled";
  EXPECT_GE(misspelled, 8u);
  EXPECT_GE(corrected, misspelled);

  // Researcher-level conditions (schema 9) are found on the researcher
  // documents of every shard, remote ones included.
  std::string email;
  for (const std::string& id : all_ids) {
    const std::optional<ResearcherProfile> profile = one.researcher(id);
    if (profile && !profile->researcher.emails.empty()) {
      email = profile->researcher.emails.front();
      break;
    }
  }
  ASSERT_FALSE(email.empty());
  for (const std::string& query :
       {std::string("institution:university"), std::string("institution:\"peking university\""),
        std::string("learning -institution:university"), "email:" + email,
        "translation OR email:" + email}) {
    SCOPED_TRACE(query);
    SearchRequest request;
    request.query = query;
    request.limit = 1000;
    request.facets = true;
    const SearchResults expected = one.search(request);
    EXPECT_GT(expected.total, 0u);
    expect_same_results(expected, over_remote.search(request));
    expect_same_results(expected, over_local_shards.search(request));
  }

  // Through the program: a page of results, with snippets, is the same text.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"search", "--format", "json", "--facets", "--offset", "2",
                                 "--limit", "3", "machine translation"},
        std::vector<std::string>{"search", "--venue", "ICLR", "--year", "2023..2024"},
        std::vector<std::string>{"search", "--explain", "--format", "json", "translation"},
        std::vector<std::string>{"show", "--format", "json", all_ids.front()}}) {
    std::vector<std::string> on_single = args;
    on_single.insert(on_single.begin() + 1, {"--db", single});
    std::vector<std::string> on_stub = args;
    on_stub.insert(on_stub.begin() + 1, {"--db", remote});
    CommandResult a = run_savant(on_single);
    CommandResult b = run_savant(on_stub);
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_EQ(b.exit_code, 0) << b.err;
    EXPECT_EQ(a.out, b.out) << args.front();
  }
  for (const std::string& id : {all_ids.front(), all_ids.back()}) {
    SearchRequest request;
    request.limit = 1000;
    expect_same_results(one.similar(id, request), over_remote.similar(id, request));
  }
  CommandResult stats = run_savant({"stats", "--db", remote, "--format", "json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  auto stats_json = nlohmann::json::parse(stats.out);
  EXPECT_EQ(stats_json.at("researchers"), all_ids.size());
  EXPECT_EQ(stats_json.at("shards"), kShards);

  // Re-indexing keeps the layout; another shard count is refused.
  CommandResult again = run_savant({"index", "--db", sharded, corpus_dir()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("index is up to date"), std::string::npos) << again.err;
  EXPECT_EQ(researcher_ids(shard_path(sharded, 1)).size() + researcher_ids(shard_path(sharded, 0)).size() +
                researcher_ids(shard_path(sharded, 2)).size(),
            all_ids.size());
  CommandResult recount = run_savant({"index", "--shards", "4", "--db", sharded, corpus_dir()});
  EXPECT_EQ(recount.exit_code, 1);
  EXPECT_NE(recount.err.find("has 3 shard(s), not 4"), std::string::npos) << recount.err;

  // One server stops while searchers have the shards open.
  SearchRequest translation;
  translation.query = "translation";
  translation.limit = 1000;
  translation.facets = true;
  Searcher strict(remote);
  Searcher partial(remote, SearcherOptions{true});
  const SearchResults whole = partial.search(translation);
  server1.stop();

  try {
    strict.search(translation);
    ADD_FAILURE() << "a search with a shard down succeeded";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::io);
    EXPECT_NE(std::string(e.what()).find(server1.address()), std::string::npos) << e.what();
  }
  const SearchResults rest = partial.search(translation);
  ASSERT_EQ(rest.missing_shards.size(), 1u);
  EXPECT_NE(rest.missing_shards[0].find(server1.address()), std::string::npos);
  EXPECT_LT(rest.total, whole.total);
  EXPECT_GT(rest.total, 0u);
  const std::string two = dir / "two.stub";
  write_stub(two, {"remote " + server0.address(), "remote " + server2.address()});
  SearchResults expected_rest = Searcher(two).search(translation);
  expected_rest.missing_shards = rest.missing_shards;  // the only difference allowed
  EXPECT_EQ(expected_rest.total, rest.total);
  for (std::size_t i = 0; i < rest.hits.size() && i < expected_rest.hits.size(); ++i) {
    EXPECT_EQ(rest.hits[i].researcher.id, expected_rest.hits[i].researcher.id);
  }
  EXPECT_EQ(rest.facets, expected_rest.facets);

  // The same through the program, opening the stub afresh.
  CommandResult failed = run_savant({"search", "--db", remote, "translation"});
  EXPECT_EQ(failed.exit_code, 4);
  EXPECT_TRUE(failed.out.empty());
  EXPECT_NE(failed.err.find("shard " + server1.address()), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find("does not answer"), std::string::npos) << failed.err;
  CommandResult json = run_savant(
      {"search", "--db", remote, "--allow-partial", "--format", "json", "--limit", "1000",
       "translation"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto parsed = nlohmann::json::parse(json.out);
  ASSERT_EQ(parsed.at("missing_shards").size(), 1u);
  EXPECT_NE(parsed.at("missing_shards")[0].get<std::string>().find(server1.address()),
            std::string::npos);
  EXPECT_EQ(parsed.at("total"), rest.total);
  CommandResult text = run_savant({"search", "--db", remote, "--allow-partial", "translation"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("Partial results: 1 shard(s) did not answer: " + server1.address(), 0),
            0u)
      << text.out;
}

// A researcher whose id changes (a named record joins a nameless one by
// e-mail) moves to the new id's shard with all their records, and leaves the old.
TEST(ShardedIndex, ResearcherMovesWithTheirRecordsWhenTheirIdChanges) {
  TempDir dir;
  const std::string db = dir / "index";
  DocumentRecord nameless;
  nameless.source = "hr:1";
  nameless.emails = {"ada@example.org"};
  Evidence paper;
  paper.kind = EvidenceKind::publication;
  paper.title = "Neural Machine Translation at Scale";
  paper.year = 2023;
  nameless.evidence = {paper};
  RecordIndexOptions first;
  first.db_path = db;
  first.shards = kShards;
  first.records = {nameless};
  index_records(first);
  const std::vector<std::string> before = researcher_ids(db);
  ASSERT_EQ(before.size(), 1u);
  const std::string old_id = before.front();
  const std::size_t old_shard = schema::shard_of(old_id, kShards);
  EXPECT_EQ(researcher_ids(shard_path(db, old_shard)), before);

  // A name whose id routes to another shard than the old id.
  std::string name;
  for (const char* candidate : {"Ada Lovelace", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov",
                                "Donald Knuth", "Frances Allen"}) {
    if (schema::shard_of(schema::slugify(candidate), kShards) != old_shard) {
      name = candidate;
      break;
    }
  }
  ASSERT_FALSE(name.empty());
  DocumentRecord named;
  named.source = "hr:2";
  named.name = name;
  named.emails = {"ada@example.org"};
  RecordIndexOptions second;
  second.db_path = db;  // no shard count: the index keeps its own
  second.records = {named};
  index_records(second);

  const std::string new_id = schema::slugify(name);
  EXPECT_EQ(researcher_ids(db), std::vector<std::string>{new_id});
  const std::size_t new_shard = schema::shard_of(new_id, kShards);
  for (std::size_t i = 0; i < kShards; ++i) {
    SCOPED_TRACE("shard " + std::to_string(i));
    const std::string shard = shard_path(db, i);
    EXPECT_EQ(has_term(shard, schema::researcher_unique_term(new_id)), i == new_shard);
    EXPECT_FALSE(has_term(shard, schema::researcher_unique_term(old_id)));
    EXPECT_EQ(has_term(shard, schema::source_unique_term("hr:1")), i == new_shard);
    EXPECT_EQ(has_term(shard, schema::source_unique_term("hr:2")), i == new_shard);
  }
}

// The schema check reaches through a remote server: a Xapian database that
// savant did not write is refused by name.
TEST(ShardedIndex, RemoteShardOfAnotherKindIsRefused) {
  TempDir dir;
  {
    Xapian::WritableDatabase other(dir / "other", Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("hello");
    other.add_document(doc);
    other.commit();
  }
  XapianTcpServer server(dir / "other");
  const std::string stub = dir / "stub";
  write_stub(stub, {"remote " + server.address()});
  CommandResult r = run_savant({"search", "--db", stub, "hello"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find(server.address()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not a savant index"), std::string::npos) << r.err;
  write_stub(stub, {"remote tcp " + server.address()});
  r = run_savant({"search", "--db", stub, "hello"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("write 'remote " + server.address() + "'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace savant::testing
