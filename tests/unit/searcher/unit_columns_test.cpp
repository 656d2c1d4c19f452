// SPDX-License-Identifier: MIT
// UnitColumns hold, for every row, the values Document::get_value gives:
// read over the whole database (row = docid) or from an MSet's documents
// (row = rank), for documents with and without each slot.
#include "searcher/unit_columns.hpp"

#include "schema/prefixes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace savant::searcher {
namespace {

using namespace savant::schema;

// What a column says for `row`, turned back into the slot's value.
std::string researcher_of(const UnitColumns& c, std::size_t row) {
  return c.researcher_id(c.researcher(row));
}
std::string venue_of(const UnitColumns& c, std::size_t row) {
  return c.venue(row) == 0 ? std::string() : c.venues()[c.venue(row) - 1];
}
std::set<std::string> topics_of(const UnitColumns& c, std::size_t row) {
  std::set<std::string> out;
  for (std::uint32_t t : c.topics_in(c.topic_set(row))) out.insert(c.topics()[t]);
  return out;
}
std::set<std::string> topics_in(const std::string& value) {
  std::set<std::string> out;
  std::size_t start = 0;
  while (start < value.size()) {
    const std::size_t end = std::min(value.find('\n', start), value.size());
    if (end > start) out.insert(value.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

void expect_row_matches(const UnitColumns& c, std::size_t row, const Xapian::Document& doc) {
  EXPECT_EQ(researcher_of(c, row), doc.get_value(kSlotResearcher)) << "row " << row;
  EXPECT_EQ(venue_of(c, row), doc.get_value(kSlotVenue)) << "row " << row;
  EXPECT_EQ(topics_of(c, row), topics_in(doc.get_value(kSlotTopics))) << "row " << row;
  const std::string year = doc.get_value(kSlotYear);
  if (year.empty()) {
    EXPECT_EQ(c.year(row), 0u) << "row " << row;
  } else {
    ASSERT_NE(c.year(row), 0u) << "row " << row;
    EXPECT_EQ(c.years()[c.year(row) - 1], static_cast<int>(Xapian::sortable_unserialise(year)));
  }
  const UnitRanking expected = parse_unit_ranking(doc.get_value(kSlotRanking));
  const UnitRanking& got = c.rankings()[c.ranking(row)];
  EXPECT_EQ(got.parsed, expected.parsed) << "row " << row;
  EXPECT_EQ(got.kind, expected.kind) << "row " << row;
  EXPECT_EQ(got.role, expected.role) << "row " << row;
  EXPECT_EQ(got.status, expected.status) << "row " << row;
}

Xapian::WritableDatabase sample_database() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const char* rankings[] = {"publication|first|published", "publication|co-author|preprint",
                            "experience||", "skills||", "broken"};
  for (int i = 1; i <= 300; ++i) {
    Xapian::Document doc;
    doc.add_term(i % 3 == 0 ? "even" : "odd", static_cast<Xapian::termcount>(1 + i % 7));
    doc.add_term("all");
    if (i % 11 != 0) doc.add_value(kSlotResearcher, "researcher-" + std::to_string(i % 17));
    if (i % 5 != 0) doc.add_value(kSlotVenue, "venue-" + std::to_string(i % 23));
    if (i % 4 != 0) doc.add_value(kSlotYear, Xapian::sortable_serialise(1990 + i % 35));
    if (i % 6 != 0) doc.add_value(kSlotRanking, rankings[i % 5]);
    if (i % 2 == 0) doc.add_value(kSlotTopics, "t" + std::to_string(i % 9) + "\nt1\n\nt1");
    db.add_document(doc);
  }
  db.delete_document(150);  // a hole in the docids
  return db;
}

TEST(UnitColumns, EveryDocumentOfTheDatabase) {
  const Xapian::WritableDatabase db = sample_database();
  const UnitColumns columns = UnitColumns::of_database(db);
  ASSERT_EQ(columns.rows(), 301u);  // docids 0..300
  for (Xapian::docid did = 1; did <= 300; ++did) {
    if (did == 150) {
      EXPECT_EQ(researcher_of(columns, did), "");
      continue;
    }
    expect_row_matches(columns, did, db.get_document(did));
  }
  // Distinct values are kept once: 17 researchers and the empty id.
  EXPECT_EQ(columns.researcher_count(), 18u);
  // Researcher numbers compare as their ids do.
  for (std::uint32_t a = 0; a < columns.researcher_count(); ++a) {
    for (std::uint32_t b = 0; b < columns.researcher_count(); ++b) {
      EXPECT_EQ(columns.researcher_order(a) < columns.researcher_order(b),
                columns.researcher_id(a) < columns.researcher_id(b))
          << columns.researcher_id(a) << " " << columns.researcher_id(b);
    }
  }
  EXPECT_EQ(columns.venues().size(), 23u);
  EXPECT_EQ(columns.years().size(), 35u);
  EXPECT_GT(columns.memory_bytes(), 301u * 17u);
}

TEST(UnitColumns, TheDocumentsOfAnMSet) {
  const Xapian::WritableDatabase db = sample_database();
  Xapian::Enquire enquire(db);
  for (const char* term : {"all", "even", "odd", "missing"}) {
    enquire.set_query(Xapian::Query(term));
    // Weight order, not docid order: rows follow the MSet's ranks.
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
    const UnitColumns columns = UnitColumns::of_mset(mset);
    ASSERT_EQ(columns.rows(), mset.size()) << term;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      expect_row_matches(columns, it.get_rank(), it.get_document());
    }
    if (std::string(term) == "all") {
      EXPECT_EQ(mset.size(), 299u);
    }
  }
}

TEST(UnitColumns, RankingValues) {
  UnitRanking r = parse_unit_ranking("publication|co-first|under review");
  EXPECT_TRUE(r.parsed);
  EXPECT_EQ(r.kind, EvidenceKind::publication);
  EXPECT_EQ(r.role, AuthorRole::co_first);
  EXPECT_EQ(r.status, PublicationStatus::under_review);
  // Role and status count for publications only.
  r = parse_unit_ranking("experience|first|published");
  EXPECT_TRUE(r.parsed);
  EXPECT_EQ(r.kind, EvidenceKind::experience);
  EXPECT_EQ(r.role, AuthorRole::unknown);
  EXPECT_EQ(r.status, PublicationStatus::unknown);
  EXPECT_FALSE(parse_unit_ranking("publication|first").parsed);
  EXPECT_FALSE(parse_unit_ranking("").parsed);
}

}  // namespace
}  // namespace savant::searcher
