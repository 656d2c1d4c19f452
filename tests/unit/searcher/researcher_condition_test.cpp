// SPDX-License-Identifier: MIT
#include "searcher/researcher_condition.hpp"

#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include "searcher/query_builder.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace savant::searcher {
namespace {

std::string prefixed(std::string_view prefix, std::string_view value) {
  return schema::make_term(prefix, value);
}

// `researchers` researchers, each a researcher document then `units` evidence
// units (as the indexer writes them); every third researcher is at Stanford
// (their researcher document has ZXIstanford); unit 0 of researcher 1 is a job
// at Stanford (the unit has ZXIstanford itself).
Xapian::WritableDatabase stanford_corpus(int researchers, int units) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int r = 0; r < researchers; ++r) {
    const std::string id = "r" + std::to_string(r);
    Xapian::Document profile;
    profile.add_boolean_term(prefixed(schema::kPrefixKind, schema::kKindResearcher));
    profile.add_boolean_term(prefixed(schema::kPrefixResearcher, id));
    profile.add_boolean_term(prefixed(schema::kPrefixEmail, id + "@uni.edu"));
    if (r % 3 == 0) profile.add_boolean_term("ZXIstanford");
    profile.add_value(schema::kSlotResearcher, id);
    db.add_document(profile);
    for (int u = 0; u < units; ++u) {
      Xapian::Document unit;
      unit.add_term(prefixed(schema::kPrefixKind, schema::kKindEvidence), 2);
      unit.add_boolean_term(prefixed(schema::kPrefixResearcher, id));
      unit.add_term("Zlearn", 1 + u % 2);
      if (r == 1 && u == 0) unit.add_term("ZXIstanford");
      unit.add_value(schema::kSlotResearcher, id);
      db.add_document(unit);
    }
  }
  return db;
}

std::map<Xapian::docid, double> weights_of(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::map<Xapian::docid, double> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out[*it] = it.get_weight();
  return out;
}

std::vector<std::string> every_other_researcher(int researchers) {
  std::vector<std::string> ids;
  for (int r = 0; r < researchers; r += 2) ids.push_back("r" + std::to_string(r));
  return ids;
}

TEST(ResearcherUnits, MatchesTheDocumentsOfItsResearchersAsTheirTermsDo) {
  const int researchers = 700;
  Xapian::WritableDatabase db = stanford_corpus(researchers, 3);
  const std::vector<std::string> ids = every_other_researcher(researchers);
  ASSERT_GT(ids.size(), kResearcherTermsAtMost);
  const Xapian::Query by_source = units_of(ids, QueryTarget{});
  const Xapian::Query by_terms = units_of(ids, QueryTarget{/*remote=*/true});
  EXPECT_NE(by_source.get_description().find("ResearcherUnits"), std::string::npos);
  EXPECT_EQ(by_terms.get_description().find("ResearcherUnits"), std::string::npos);
  const auto expected = weights_of(db, by_terms);
  EXPECT_EQ(expected.size(), ids.size() * 4);  // the researcher document and 3 units
  EXPECT_EQ(weights_of(db, by_source), expected);
  // Under AND, where the other side drives and the source is skipped to.
  const Xapian::Query learn("Zlearn");
  EXPECT_EQ(weights_of(db, Xapian::Query(Xapian::Query::OP_AND, learn, by_source)),
            weights_of(db, Xapian::Query(Xapian::Query::OP_AND, learn, by_terms)));
  // Serialised (the split matcher's helper thread) and read back.
  const Xapian::Query back =
      Xapian::Query::unserialise(by_source.serialise(), condition_registry());
  EXPECT_EQ(weights_of(db, back), expected);
  EXPECT_THROW(Xapian::Query::unserialise(by_source.serialise()), Xapian::SerialisationError);
}

TEST(ResearcherUnits, FewResearchersAreTheirTerms) {
  Xapian::WritableDatabase db = stanford_corpus(10, 2);
  const Xapian::Query query = units_of({"r3", "r7"}, QueryTarget{});
  const std::string text = query.get_description();
  EXPECT_NE(text.find("XRr3"), std::string::npos) << text;
  EXPECT_EQ(weights_of(db, query).size(), 6u);
  EXPECT_TRUE(weights_of(db, units_of({}, QueryTarget{})).empty());
}

TEST(InstitutionQuery, UnitsOfResearchersAtTheInstitutionAndUnitsThere) {
  for (const int researchers : {30, 900}) {  // researcher terms, then the source
    Xapian::WritableDatabase db = stanford_corpus(researchers, 2);
    SearchRequest request;
    request.query = "institution:Stanford";
    const BuiltQuery built = build_query(request, db);
    std::set<std::string> found;
    std::set<double> weights;
    for (const auto& [docid, weight] : weights_of(db, built.query)) {
      found.insert(db.get_document(docid).get_value(schema::kSlotResearcher));
      weights.insert(weight);
      EXPECT_GT(weight, 0.0) << docid;
    }
    std::set<std::string> expected{"r1"};  // a unit at Stanford
    for (int r = 0; r < researchers; r += 3) expected.insert("r" + std::to_string(r));
    EXPECT_EQ(found, expected) << researchers;
    // The researcher-level match weighs the same on each of their units; the
    // unit at Stanford weighs by its own term.
    EXPECT_EQ(weights.size(), 2u) << researchers;
  }
}

TEST(InstitutionQuery, AWordNoOneHasMatchesNothing) {
  Xapian::WritableDatabase db = stanford_corpus(10, 2);
  for (const char* query : {"institution:nowhere", "email:nobody@nowhere.invalid",
                            "learning email:nobody@nowhere.invalid"}) {
    SearchRequest request;
    request.query = query;
    EXPECT_TRUE(weights_of(db, build_query(request, db).query).empty()) << query;
  }
  SearchRequest request;
  request.query = "email:r4@uni.edu";
  std::set<std::string> found;
  for (const auto& [docid, weight] : weights_of(db, build_query(request, db).query)) {
    found.insert(db.get_document(docid).get_value(schema::kSlotResearcher));
  }
  EXPECT_EQ(found, std::set<std::string>{"r4"});
}

TEST(ResearcherConditionWeight, RarerAmongResearchersWeighsMore) {
  EXPECT_GT(researcher_condition_weight(1, 10, 1000), researcher_condition_weight(1, 100, 1000));
  EXPECT_GT(researcher_condition_weight(1, 999, 1000), 0.0);  // never nothing
  EXPECT_DOUBLE_EQ(researcher_condition_weight(2, 10, 1000),
                   2 * researcher_condition_weight(1, 10, 1000));
}

}  // namespace
}  // namespace savant::searcher
