// SPDX-License-Identifier: MIT
// `savant index --jobs N`: the index is the same document for document, term
// for term, whatever the number of threads and the flush threshold.
#include "indexer/vocabulary_documents.hpp"
#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <filesystem>
#include <string>

namespace savant::testing {
namespace {

// Everything Xapian stores for one document, in a comparable form, but the
// file stamp of a source record, which holds the moment the file was read.
std::string describe(const Xapian::Document& doc) {
  std::string out = doc.get_data();
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += "\nterm " + *t + " wdf " + std::to_string(t.get_wdf()) + " at";
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
      out += " " + std::to_string(*p);
    }
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
    if (v.get_valueno() == schema::kSlotFileStamp) continue;
    out += "\nvalue " + std::to_string(v.get_valueno()) + " " + *v;
  }
  return out;
}

void expect_same_index(const std::string& a_path, const std::string& b_path) {
  Xapian::Database a(a_path);
  Xapian::Database b(b_path);
  ASSERT_GT(a.get_doccount(), 100u);  // the corpus, not an empty index
  ASSERT_EQ(a.get_doccount(), b.get_doccount());
  ASSERT_EQ(a.get_lastdocid(), b.get_lastdocid());
  for (Xapian::docid id = 1; id <= a.get_lastdocid(); ++id) {
    ASSERT_EQ(describe(a.get_document(id)), describe(b.get_document(id))) << "document " << id;
  }
}

// The spelling vocabulary is written once per index, even by a bulk build's
// several writers: each word on one vocabulary document, each bucket's
// document once (a part's own copies would also shift every later docid).
void expect_vocabulary_once(const std::string& path) {
  Xapian::Database db(path);
  const std::string prefix(schema::kPrefixSpelling);
  std::size_t words = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    ++words;
    EXPECT_EQ(t.get_termfreq(), 1u) << *t;
  }
  EXPECT_GT(words, 500u);
  const Xapian::doccount documents =
      db.get_termfreq(schema::make_term(schema::kPrefixKind, schema::kKindVocabulary));
  EXPECT_GE(documents, 1u);
  EXPECT_LE(documents, indexer::kVocabularyBuckets);
  for (std::size_t bucket = 0; bucket < indexer::kVocabularyBuckets; ++bucket) {
    EXPECT_LE(db.get_termfreq(indexer::vocabulary_unique_term(bucket)), 1u) << bucket;
  }
}

// The spelling correction `savant search` makes of `query` on `db`.
std::string corrected_query(const std::string& db, const std::string& query) {
  CommandResult r = run_savant({"search", "--db", db, "--format", "json", query});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json found = nlohmann::json::parse(r.out, nullptr, false);
  if (found.is_discarded() || !found.contains("corrected_query") ||
      !found.at("corrected_query").is_string()) {
    return "";
  }
  return found.at("corrected_query").get<std::string>();
}

CommandResult index_with(const std::string& db, const std::vector<std::string>& options) {
  std::vector<std::string> args{"index", "--db", db, "--quiet"};
  args.insert(args.end(), options.begin(), options.end());
  args.push_back(corpus_dir() + "/real");
  return run_savant(args);
}

TEST(ParallelIndex, SameIndexForAnyNumberOfJobsAndFlushThreshold) {
  TempDir dir;
  const std::string one = dir / "one";
  const std::string three = dir / "three";
  CommandResult r = index_with(one, {"--jobs", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // More threads than the machine has cores, and a flush every few documents,
  // so workers finish out of order and the writer flushes mid-transaction.
  r = index_with(three, {"--jobs", "3", "--flush-threshold", "7"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_same_index(one, three);
}

// A first build with several jobs is a bulk build (parts written at once,
// then merged): the same index as one writer's, and incremental runs on it
// behave as on any other index.
TEST(ParallelIndex, BulkFirstBuildIsTheSameIndexAndStaysIncremental) {
  TempDir dir;
  const std::string one = dir / "one";
  const std::string bulk = dir / "bulk";
  CommandResult r = index_with(one, {"--jobs", "1", "--verbose"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("bulk first build"), std::string::npos) << r.err;
  r = index_with(bulk, {"--jobs", "2", "--verbose"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("bulk first build: researchers written by 2 writers"), std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(bulk + ".savant-bulk")) << "parts left behind";
  expect_same_index(one, bulk);
  expect_vocabulary_once(bulk);
  // Judged misspellings (tests/relevance/queries.tsv) are corrected, the same way.
  for (const char* query : {"machne translation", "computr vision"}) {
    const std::string corrected = corrected_query(bulk, query);
    EXPECT_FALSE(corrected.empty()) << query;
    EXPECT_EQ(corrected, corrected_query(one, query)) << query;
  }
  {
    Xapian::Database db(bulk);
    EXPECT_EQ(db.get_metadata(std::string(schema::kMetaDerivePending)), "");
    EXPECT_FALSE(db.get_metadata(std::string(schema::kMetaTotals)).empty());
  }

  // New files then merge into researchers already there: no bulk build now.
  for (const std::string& db : {one, bulk}) {
    r = run_savant({"index", "--db", db, "--verbose", "--jobs", "2", corpus_dir() + "/real",
                    corpus_dir() + "/seeds"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("bulk first build"), std::string::npos) << r.err;
  }
  expect_same_index(one, bulk);
  expect_vocabulary_once(bulk);
  r = run_savant({"index", "--db", bulk, corpus_dir() + "/real", corpus_dir() + "/seeds"});
  EXPECT_NE(r.err.find("index is up to date"), std::string::npos) << r.err;
}

TEST(ParallelIndex, JobsMustBeANumber) {
  TempDir dir;
  CommandResult r = index_with(dir / "db", {"--jobs", "many"});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // a usage error
  EXPECT_NE(r.err.find("jobs"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace savant::testing
