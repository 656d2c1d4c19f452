// SPDX-License-Identifier: MIT
// The SQLite FTS5 baseline: each file's bytes in an FTS5 table (porter
// stemmer over unicode61 tokens, bm25 ranking) with its venues and years as
// two more columns, and a plain table of (document, venue, year) rows for
// facet counts with GROUP BY. Inserts run in transactions of 1,000 files.
// Its query twin runs the same mix: the top 10 by bm25, then the exact number
// of matching documents per venue.
//
//   savant_bench_sqlite index --db FILE --corpus DIR
//   savant_bench_sqlite query --db FILE --queries FILE [--rounds N]
#include "bench/common/bench_common.hpp"
#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <utility>

namespace {

using namespace savant::bench;

class Db {
 public:
  explicit Db(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) fail("open " + path);
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(const std::string& sql) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
  }
  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) fail(sql);
    return statement;
  }
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_ = nullptr;
};

std::string joined_years(const std::vector<int>& years) {
  std::string out;
  for (int y : years) {
    if (!out.empty()) out += ' ';
    out += std::to_string(y);
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : " ") + s;
  return out;
}

int index(const std::string& db_path, const std::string& corpus) {
  const std::vector<CorpusFile> files = load_corpus(corpus);
  std::filesystem::remove(db_path);
  const auto start = std::chrono::steady_clock::now();
  Db db(db_path);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec(
      "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, venues, years, "
      "tokenize='porter unicode61')");
  db.exec("CREATE TABLE pubs(doc INTEGER, venue TEXT, year INTEGER)");
  sqlite3_stmt* add_doc =
      db.prepare("INSERT INTO docs(rowid, path, body, venues, years) VALUES(?,?,?,?,?)");
  sqlite3_stmt* add_pub = db.prepare("INSERT INTO pubs(doc, venue, year) VALUES(?,?,?)");
  std::uint64_t input_bytes = 0;
  db.exec("BEGIN");
  for (std::size_t i = 0; i < files.size(); ++i) {
    const CorpusFile& file = files[i];
    const std::string text = read_file(file.path);
    input_bytes += text.size();
    const std::string venues = joined(file.venues);
    const std::string years = joined_years(file.years);
    sqlite3_bind_int64(add_doc, 1, static_cast<sqlite3_int64>(i + 1));
    sqlite3_bind_text(add_doc, 2, file.path.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(add_doc, 3, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    sqlite3_bind_text(add_doc, 4, venues.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(add_doc, 5, years.c_str(), -1, SQLITE_STATIC);
    if (sqlite3_step(add_doc) != SQLITE_DONE) db.fail("insert " + file.path);
    sqlite3_reset(add_doc);
    std::set<std::pair<std::string, int>> pubs;
    for (std::size_t p = 0; p < file.venues.size() && p < file.years.size(); ++p) {
      pubs.emplace(file.venues[p], file.years[p]);
    }
    for (const auto& [venue, year] : pubs) {
      sqlite3_bind_int64(add_pub, 1, static_cast<sqlite3_int64>(i + 1));
      sqlite3_bind_text(add_pub, 2, venue.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_int(add_pub, 3, year);
      if (sqlite3_step(add_pub) != SQLITE_DONE) db.fail("insert publication");
      sqlite3_reset(add_pub);
    }
    if ((i + 1) % 1000 == 0) db.exec("COMMIT; BEGIN");
  }
  db.exec("COMMIT");
  sqlite3_finalize(add_doc);
  sqlite3_finalize(add_pub);
  db.exec("CREATE INDEX pubs_doc ON pubs(doc)");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  print_figures("sqlite", "index",
                index_figures(files.size(), input_bytes, seconds_since(start), db_path));
  return 0;
}

// An FTS5 query string for the mix query: a phrase stays a phrase, words are
// each quoted (implicit AND), the venue and years become column filters.
std::string match_of(const MixQuery& q) {
  std::string match;
  auto add = [&](const std::string& clause) { match += (match.empty() ? "" : " AND ") + clause; };
  std::string words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words += (words.empty() ? "\"" : " \"") + word + "\"";
    word.clear();
  };
  const bool phrase = !q.query.empty() && q.query.front() == '"';
  for (char c : q.query) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  if (!words.empty()) {
    if (phrase) {
      std::string inner = words;
      inner.erase(std::remove(inner.begin(), inner.end(), '"'), inner.end());
      add("body:\"" + inner + "\"");
    } else {
      add("(" + words + ")");
    }
  }
  if (!q.venue.empty()) add("venues:\"" + q.venue + "\"");
  if (q.year_from != 0) {
    std::string years;
    for (int y = q.year_from; y <= q.year_to; ++y) {
      years += (years.empty() ? "years:" : " OR years:") + std::to_string(y);
    }
    add("(" + years + ")");
  }
  return match;
}

int query(const std::string& db_path, const std::string& queries, int rounds) {
  Db db(db_path);
  sqlite3_stmt* top =
      db.prepare("SELECT rowid, path FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs) LIMIT 10");
  sqlite3_stmt* facets = db.prepare(
      "SELECT venue, COUNT(DISTINCT doc) FROM pubs WHERE doc IN "
      "(SELECT rowid FROM docs WHERE docs MATCH ?1) GROUP BY venue");
  std::size_t rows = 0;
  auto run_one = [&](const MixQuery& q) {
    const std::string match = match_of(q);
    for (sqlite3_stmt* statement : {top, facets}) {
      sqlite3_bind_text(statement, 1, match.c_str(), -1, SQLITE_TRANSIENT);
      int rc;
      while ((rc = sqlite3_step(statement)) == SQLITE_ROW) ++rows;
      if (rc != SQLITE_DONE) db.fail("query " + match);
      sqlite3_reset(statement);
    }
  };
  std::vector<double> latencies = time_queries(load_queries(queries), rounds, run_one);
  sqlite3_finalize(top);
  sqlite3_finalize(facets);
  auto figures = query_figures(latencies);
  figures["results"] = std::to_string(rows);
  print_figures("sqlite", "query", figures);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return engine_main(argc, argv, "savant_bench_sqlite", "FILE", index, query);
}
