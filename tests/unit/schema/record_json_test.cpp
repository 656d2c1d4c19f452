// SPDX-License-Identifier: MIT
// The stored JSON form of records: what goes in comes back, and no more is stored.
#include "schema/record_json.hpp"

#include "schema/text_signature.hpp"

#include <gtest/gtest.h>

namespace savant::schema {
namespace {

Evidence full_evidence() {
  Evidence e;
  e.kind = EvidenceKind::publication;
  e.title = "Sparse MoE with Language-Guided Routing";
  e.text = "We route tokens.";
  e.venue = "icml";
  e.year = 2024;
  e.role = AuthorRole::co_first;
  e.status = PublicationStatus::under_review;
  e.organisation = "Peking University";
  e.position = "PhD student";
  e.dates = "2021 - 2024";
  e.authors = {"Xinyu Zhao", "Simiao Zuo"};
  e.topics = {"mixture-of-experts"};
  e.sources = {"/c/zhao__cv.md"};
  return e;
}

void expect_same(const Evidence& a, const Evidence& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.venue, b.venue);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.organisation, b.organisation);
  EXPECT_EQ(a.position, b.position);
  EXPECT_EQ(a.dates, b.dates);
  EXPECT_EQ(a.authors, b.authors);
  EXPECT_EQ(a.topics, b.topics);
  EXPECT_EQ(a.sources, b.sources);
}

TEST(RecordJson, EvidenceComesBackAsStored) {
  const Evidence e = full_evidence();
  expect_same(evidence_from_json(nlohmann::json::parse(to_json(e).dump())), e);
  Evidence sparse;
  sparse.kind = EvidenceKind::skills;
  sparse.title = "Skills";
  expect_same(evidence_from_json(nlohmann::json::parse(to_json(sparse).dump())), sparse);
}

TEST(RecordJson, EmptyFieldsAreNotStored) {
  Evidence e;
  e.kind = EvidenceKind::education;
  e.organisation = "University of Edinburgh";
  const nlohmann::json j = to_json(e);
  EXPECT_EQ(j.size(), 2u) << j.dump();  // the kind and the organisation
  EXPECT_LT(to_json(e).dump().size(), 50u);
}

TEST(RecordJson, RecordKeepsASignatureOfItsTextNotTheText) {
  DocumentRecord r;
  r.source = "/c/zhao__cv.md";
  r.name = "Xinyu Zhao";
  r.text = "Xinyu Zhao works on sparse mixture of experts models for machine translation.";
  r.evidence = {full_evidence()};
  const std::string stored = to_json(r).dump();
  EXPECT_EQ(stored.find("machine translation"), std::string::npos);
  const DocumentRecord back = record_from_json(nlohmann::json::parse(stored));
  EXPECT_TRUE(back.text.empty());
  EXPECT_EQ(back.text_signature, text_signature(r.text));
  EXPECT_EQ(back.name, r.name);
  ASSERT_EQ(back.evidence.size(), 1u);
  expect_same(back.evidence[0], r.evidence[0]);
  // Stored again (as a sharded index moves a record), the signature stays.
  EXPECT_EQ(to_json(back).dump(), stored);
}

}  // namespace
}  // namespace savant::schema
