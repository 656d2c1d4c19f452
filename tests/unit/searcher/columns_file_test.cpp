// SPDX-License-Identifier: MIT
// Ranking columns saved beside a database (searcher/columns_file): read back
// exactly as built, ignored when of another revision or damaged in any way,
// and used by the first search of a new Searcher instead of reading every
// document, with the same results.
#include "searcher/columns_file.hpp"

#include "searcher/shared_columns.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace savant::searcher {
namespace {

namespace fs = std::filesystem;
using savant::testing::TempDir;

DocumentRecord researcher_with_three_units(int i) {
  DocumentRecord r;
  r.source = "hr:" + std::to_string(i);
  r.name = "Person " + std::to_string(i);
  for (int p = 0; p < 3; ++p) {
    Evidence e;
    e.kind = p == 2 ? EvidenceKind::experience : EvidenceKind::publication;
    e.title =
        (i % 2 ? "Mixture of experts routing " : "Kernel methods for graphs ") + std::to_string(p);
    e.venue = i % 3 ? "NeurIPS" : "ICML";
    e.year = 2015 + (i + p) % 9;
    r.evidence.push_back(e);
  }
  return r;
}

std::string index_of(const TempDir& dir, int people) {
  RecordIndexOptions options;
  options.db_path = dir / "index";
  for (int i = 0; i < people; ++i) options.records.push_back(researcher_with_three_units(i));
  index_records(options);
  return options.db_path;
}

void expect_same_columns(const UnitColumns& a, const UnitColumns& b) {
  ASSERT_EQ(a.rows(), b.rows());
  EXPECT_EQ(a.venues(), b.venues());
  EXPECT_EQ(a.years(), b.years());
  EXPECT_EQ(a.topics(), b.topics());
  ASSERT_EQ(a.researcher_count(), b.researcher_count());
  for (std::size_t row = 0; row < a.rows(); ++row) {
    ASSERT_EQ(a.researcher_id(a.researcher(row)), b.researcher_id(b.researcher(row))) << row;
    EXPECT_EQ(a.researcher_order(a.researcher(row)), b.researcher_order(b.researcher(row)));
    EXPECT_EQ(a.year(row), b.year(row));
    EXPECT_EQ(a.venue(row), b.venue(row));
    const auto ra = a.rankings()[a.ranking(row)];
    const auto rb = b.rankings()[b.ranking(row)];
    EXPECT_EQ(ra.parsed, rb.parsed);
    EXPECT_EQ(ra.kind, rb.kind);
    EXPECT_EQ(ra.role, rb.role);
    EXPECT_EQ(ra.status, rb.status);
    const auto ta = a.topics_in(a.topic_set(row));
    const auto tb = b.topics_in(b.topic_set(row));
    EXPECT_TRUE(std::equal(ta.begin(), ta.end(), tb.begin(), tb.end())) << row;
  }
}

TEST(ColumnsFile, ColumnsAndLengthsReadBackAsBuilt) {
  TempDir dir;
  const Xapian::Database db(index_of(dir, 40));
  const UnitColumns built = UnitColumns::of_database(db);
  const DocumentLengths lengths = document_lengths(db);
  const fs::path file = columns_file(dir / "index");
  ASSERT_TRUE(save_columns(file, db, built, lengths));
  const std::optional<SavedColumns> saved = load_columns(file, db);
  ASSERT_TRUE(saved.has_value());
  expect_same_columns(*saved->columns, built);
  EXPECT_EQ(saved->lengths->revision, db.get_revision());
  EXPECT_EQ(saved->lengths->by_docid, lengths.by_docid);
  EXPECT_GT(built.rows(), 150u);
  // Nowhere to write: nothing saved, nothing thrown.
  EXPECT_FALSE(save_columns(dir.path() / "missing" / "columns", db, built, lengths));
}

// The file holds no byte nobody set: the padding inside each ranking record
// (written as the struct is in memory) is zeros, so two saves of one revision
// are the same bytes.
TEST(ColumnsFile, RankingRecordsAreWrittenWithZeroPadding) {
  TempDir dir;
  const Xapian::Database db(index_of(dir, 40));
  const UnitColumns built = UnitColumns::of_database(db);
  std::ostringstream out;
  built.write(out);
  const std::string bytes = out.str();
  // Where the rankings' records start: after the rows, the researcher ids
  // and their order, each array after its 8-byte length.
  std::size_t at = 8 + built.rows() * sizeof(UnitColumns::Row) + 8;
  for (std::uint32_t r = 0; r < built.researcher_count(); ++r) {
    at += 8 + built.researcher_id(r).size();
  }
  at += 8 + built.researcher_count() * sizeof(std::uint32_t);
  std::uint64_t count = 0;
  ASSERT_LE(at + 8, bytes.size());
  std::memcpy(&count, bytes.data() + at, 8);
  ASSERT_EQ(count, built.rankings().size());
  ASSERT_GT(count, 1u);
  at += 8;
  // The bytes of a record no member covers.
  std::vector<bool> member(sizeof(UnitRanking), false);
  const std::pair<std::size_t, std::size_t> members[] = {
      {offsetof(UnitRanking, parsed), sizeof(UnitRanking::parsed)},
      {offsetof(UnitRanking, kind), sizeof(UnitRanking::kind)},
      {offsetof(UnitRanking, role), sizeof(UnitRanking::role)},
      {offsetof(UnitRanking, status), sizeof(UnitRanking::status)}};
  for (const auto& [offset, size] : members) {
    for (std::size_t b = offset; b < offset + size; ++b) member[b] = true;
  }
  ASSERT_TRUE(std::count(member.begin(), member.end(), false) > 0) << "no padding to check";
  ASSERT_LE(at + count * sizeof(UnitRanking), bytes.size());
  for (std::uint64_t i = 0; i < count; ++i) {
    for (std::size_t b = 0; b < sizeof(UnitRanking); ++b) {
      if (!member[b]) {
        EXPECT_EQ(bytes[at + i * sizeof(UnitRanking) + b], '\0') << i << " " << b;
      }
    }
  }
}

TEST(ColumnsFile, AnotherRevisionOrADamagedFileIsNotRead) {
  TempDir dir;
  const std::string path = index_of(dir, 30);
  const fs::path file = columns_file(path);
  {
    const Xapian::Database db(path);
    ASSERT_TRUE(save_columns(file, db, UnitColumns::of_database(db), document_lengths(db)));
  }
  std::string whole;
  {
    std::ifstream in(file, std::ios::binary);
    whole.assign(std::istreambuf_iterator<char>(in), {});
  }
  const Xapian::Database db(path);
  ASSERT_TRUE(load_columns(file, db).has_value());
  const auto write = [&](const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  };
  // Cut anywhere: never read.
  for (std::size_t size = 0; size < whole.size(); size += 1 + size / 3) {
    write(whole.substr(0, size));
    EXPECT_FALSE(load_columns(file, db).has_value()) << "cut at " << size;
  }
  write(whole + "x");  // something after the end
  EXPECT_FALSE(load_columns(file, db).has_value());
  // Any byte of the tables and rows set to 0xff: read only if still well-formed.
  std::size_t refused = 0;
  for (std::size_t at = 40; at < whole.size(); at += 7) {
    std::string damaged = whole;
    damaged[at] = static_cast<char>(0xff);
    write(damaged);
    const std::optional<SavedColumns> got = load_columns(file, db);
    if (!got) {
      ++refused;
      continue;
    }
    // Well-formed: every number of every row still names an entry.
    const UnitColumns& c = *got->columns;
    for (std::size_t row = 0; row < c.rows(); ++row) {
      ASSERT_LT(c.researcher(row), c.researcher_count());
      ASSERT_LE(c.year(row), c.years().size());
      ASSERT_LE(c.venue(row), c.venues().size());
      ASSERT_LT(c.ranking(row), c.rankings().size());
      for (std::uint32_t t : c.topics_in(c.topic_set(row))) ASSERT_LT(t, c.topics().size());
    }
  }
  EXPECT_GT(refused, 10u);
  write("not columns at all");
  EXPECT_FALSE(load_columns(file, db).has_value());
  fs::remove(file);
  EXPECT_FALSE(load_columns(file, db).has_value());

  // The next revision does not read the columns saved for this one.
  write(whole);
  const Xapian::Database newer = [&] {
    Xapian::WritableDatabase writer(path);
    writer.set_metadata("test", "another revision");
    writer.commit();
    return Xapian::Database(path);
  }();
  ASSERT_NE(newer.get_revision(), db.get_revision());
  EXPECT_FALSE(load_columns(file, newer).has_value());
  ASSERT_TRUE(fs::exists(file));  // only ignored: an index run deletes it (below)
}

// An index run that changes the index deletes the columns saved for the
// revision before; one that changes nothing keeps them.
TEST(ColumnsFile, AnIndexRunThatChangesTheIndexDeletesThem) {
  TempDir dir;
  const std::string path = index_of(dir, 20);
  const fs::path file = columns_file(path);
  const auto save = [&] {
    const Xapian::Database db(path);
    ASSERT_TRUE(save_columns(file, db, UnitColumns::of_database(db), document_lengths(db)));
  };
  save();
  RecordIndexOptions same;
  same.db_path = path;
  for (int i = 0; i < 20; ++i) same.records.push_back(researcher_with_three_units(i));
  EXPECT_TRUE(index_records(same).up_to_date);
  EXPECT_TRUE(fs::exists(file));
  RecordIndexOptions more = same;
  more.records.push_back(researcher_with_three_units(1000));
  EXPECT_FALSE(index_records(more).up_to_date);
  EXPECT_FALSE(fs::exists(file));
}

SearchRequest broad(const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.facets = true;
  request.limit = 50;
  return request;
}

void expect_same_results(const SearchResults& a, const SearchResults& b) {
  EXPECT_EQ(a.total, b.total);
  EXPECT_EQ(a.facets, b.facets);
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (std::size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].researcher.id, b.hits[i].researcher.id) << i;
    EXPECT_EQ(a.hits[i].score, b.hits[i].score) << i;
    EXPECT_EQ(a.hits[i].evidence.size(), b.hits[i].evidence.size()) << i;
  }
}

TEST(ColumnsFile, ANewSearcherSearchesWithTheSavedColumns) {
  TempDir dir;
  const std::string path = index_of(dir, 60);
  const fs::path file = columns_file(path);
  SearchResults want;
  {
    // The second search of a Searcher reads the columns, and saves them.
    Searcher first(path);
    first.search(broad("kernel"));
    want = first.search(broad("mixture of experts"));
    ASSERT_GT(want.total, 10u);
  }
  ASSERT_TRUE(fs::exists(file));
  const std::size_t reads = columns_read();
  {
    // Its first search, of few matches, reads their documents; the next one
    // needs the columns: loaded, not read from every document.
    Searcher second(path);
    second.search(broad("kernel"));
    expect_same_results(second.search(broad("mixture of experts")), want);
    EXPECT_EQ(columns_read(), reads);
  }
  // A damaged file is read from the documents again, and replaced.
  std::ofstream(file, std::ios::binary | std::ios::trunc) << "damaged";
  {
    Searcher third(path);
    third.search(broad("kernel"));
    expect_same_results(third.search(broad("mixture of experts")), want);
    EXPECT_EQ(columns_read(), reads + 1);
  }
  const Xapian::Database db(path);
  EXPECT_TRUE(load_columns(file, db).has_value());
}

}  // namespace
}  // namespace savant::searcher
