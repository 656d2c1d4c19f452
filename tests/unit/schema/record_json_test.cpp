// SPDX-License-Identifier: MIT
// The stored JSON form of records: what goes in comes back, and no more is stored.
#include "schema/record_json.hpp"

#include "schema/text_signature.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(RecordJson, RecordDataHoldsOneEvidencePerLine) {
  DocumentRecord r;
  r.source = "/c/zhao__cv.md";
  r.name = "Xinyu Zhao";
  r.emails = {"xzhao@example.org"};
  r.text = "Xinyu Zhao works on sparse mixture of experts models.";
  Evidence multiline = full_evidence();
  multiline.text = "line one\nline two";
  Evidence skills;
  skills.kind = EvidenceKind::skills;
  skills.title = "Skills";
  r.evidence = {full_evidence(), multiline, skills};
  r.contact.phones = {"+1 555 0100"};
  const std::string data = record_data(r);
  EXPECT_EQ(std::count(data.begin(), data.end(), '\n'), 3);
  const DocumentRecord back = record_from_data(data);
  EXPECT_EQ(to_json(back).dump(), to_json(r).dump());
  for (std::size_t i = 0; i < r.evidence.size(); ++i) {
    const std::optional<Evidence> e = evidence_in_data(data, i);
    ASSERT_TRUE(e.has_value()) << i;
    expect_same(*e, r.evidence[i]);
  }
  EXPECT_FALSE(evidence_in_data(data, 3).has_value());
  DocumentRecord empty;
  empty.source = "/c/empty.md";
  EXPECT_TRUE(record_from_data(record_data(empty)).evidence.empty());
  EXPECT_FALSE(evidence_in_data(record_data(empty), 0).has_value());
}

// Two records of one person, each listing the same paper with other details.
std::vector<DocumentRecord> two_records() {
  DocumentRecord cv;
  cv.source = "/c/zhao__cv.md";
  Evidence skills;
  skills.kind = EvidenceKind::skills;
  skills.title = "Skills";
  Evidence paper = full_evidence();
  paper.sources.clear();
  paper.topics.clear();
  paper.dates.clear();
  cv.evidence = {skills, paper};
  DocumentRecord page;
  page.source = "/c/zhao__page.html";
  Evidence same = paper;
  same.dates = "2024";
  same.text = "We route tokens to experts, longer.";
  page.evidence = {same};
  return {cv, page};
}

TEST(RecordJson, EvidenceStoredAsItsOriginsComesBackWhole) {
  const std::vector<DocumentRecord> records = two_records();
  const EvidenceAt record_at = evidence_in([&](std::size_t i) -> const DocumentRecord* {
    return i < records.size() ? &records[i] : nullptr;
  });
  // One origin: nothing but where it is.
  const std::vector<EvidenceOrigin> one{{0, 1}};
  Evidence single = records[0].evidence[1];
  single.sources = {records[0].source};
  single.topics = {"mixture-of-experts"};  // derived, kept in a value slot, not here
  const nlohmann::json stored_one =
      evidence_reference_json(single, evidence_of_origins(one, record_at), one);
  EXPECT_EQ(stored_one.dump(), R"({"o":[[0,1]]})");
  // The same without topics: equal to its origin's evidence, stored alike.
  Evidence untagged = single;
  untagged.topics.clear();
  EXPECT_EQ(evidence_reference_json(untagged, evidence_of_origins(one, record_at), one).dump(),
            stored_one.dump());
  Evidence back = evidence_from_reference(nlohmann::json::parse(stored_one.dump()),
                                          evidence_of_origins(one, record_at));
  EXPECT_EQ(evidence_origins(stored_one), one);
  single.topics.clear();
  expect_same(back, single);

  // Merged from both files: what merging filled in is stored, the sources are not.
  const std::vector<EvidenceOrigin> both{{0, 1}, {1, 0}};
  Evidence merged = single;
  merged.dates = "2024";
  merged.text = records[1].evidence[0].text;
  merged.sources = {records[0].source, records[1].source};
  merged.position.clear();  // a field emptied is stored as null
  const Evidence from = evidence_of_origins(both, record_at);
  EXPECT_EQ(from.sources, merged.sources);
  const nlohmann::json stored = evidence_reference_json(merged, from, both);
  EXPECT_EQ(stored.size(), 4u) << stored.dump();  // origins, dates, text, position
  EXPECT_TRUE(stored.at("p").is_null());
  expect_same(evidence_from_reference(nlohmann::json::parse(stored.dump()), from), merged);
}

TEST(RecordJson, OriginsThatCannotBeReadGiveNothing) {
  const std::vector<DocumentRecord> records = two_records();
  const EvidenceAt record_at = evidence_in([&](std::size_t i) -> const DocumentRecord* {
    return i < records.size() ? &records[i] : nullptr;
  });
  const Evidence none = evidence_of_origins({{5, 0}, {0, 9}}, record_at);
  EXPECT_TRUE(none.title.empty());
  EXPECT_TRUE(none.sources.empty());
  // A unit stored whole (no origins) has none to read.
  EXPECT_TRUE(evidence_origins(to_json(full_evidence())).empty());
  EXPECT_TRUE(evidence_origins(nlohmann::json::parse(R"({"o":[[0,-1],"x",[1]]})")).empty());
}

}  // namespace
}  // namespace savant::schema
