// SPDX-License-Identifier: MIT
// What a derivation keeps of each record for grouping (title hashes, a text
// sketch) groups exactly as the whole records do.
#include "indexer/identity/identity_record.hpp"

#include "indexer/identity/identity_resolver.hpp"
#include "indexer/index_store.hpp"
#include "indexer/record_readers.hpp"
#include "schema/prefixes.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/text_signature.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

DocumentRecord make_record(std::string source, std::string name, std::vector<std::string> emails,
                           std::vector<std::string> titles = {}, std::string body = {}) {
  DocumentRecord r;
  r.source = std::move(source);
  r.name = std::move(name);
  r.emails = std::move(emails);
  for (auto& t : titles) {
    Evidence e;
    e.kind = EvidenceKind::publication;
    e.title = t;
    e.text = "Abstract of " + t;
    e.venue = "neurips";
    e.authors = {"A. Author", "B. Author"};
    r.evidence.push_back(e);
    r.text += t + "\n";
  }
  r.text += body;
  return r;
}

// `words` pseudo-random words of a 2,000-word vocabulary; `seed` picks the text.
std::string sample_prose(std::size_t words, std::uint32_t seed) {
  std::string text;
  std::uint32_t state = seed * 2654435761U + 17;
  for (std::size_t i = 0; i < words; ++i) {
    state = state * 1664525U + 1013904223U;
    text += "w" + std::to_string((state >> 8) % 2000) + (i % 15 == 14 ? ".\n" : " ");
  }
  return text;
}

// As the index gives a record back: its text replaced by the text's signature.
DocumentRecord as_stored(DocumentRecord r) {
  r.text_signature = schema::text_signature(r.text);
  r.text.clear();
  return r;
}

struct Grouping {
  std::vector<std::vector<std::size_t>> members;
  std::vector<std::string> ids;
  std::vector<std::string> names;
  bool operator==(const Grouping&) const = default;
};

Grouping grouping_of(const std::vector<ResearcherCluster>& clusters) {
  Grouping g;
  for (const auto& c : clusters) {
    g.members.push_back(c.members);
    g.ids.push_back(c.id);
    g.names.push_back(c.name);
  }
  return g;
}

// Named researchers, nameless copies of their titles or text, and nameless
// pages that match no one: every rule of resolve_identities() has a say.
std::vector<DocumentRecord> mixed_corpus() {
  const std::vector<std::string> titles = {"Sparse MoE with Language-Guided Routing",
                                           "Towards Building Reliable Language Models",
                                           "Enhancing Dynamic Image Advertising"};
  const std::string cv = sample_prose(1500, 1);
  return {
      make_record("/s/000.txt", "Xinyu Zhao", {"x@pku.edu.cn"}, titles),
      make_record("/s/001.txt", "", {}, {titles[0], "towards building RELIABLE language models"}),
      make_record("/s/002.txt", "Other Person", {}, {"Unrelated Work on Graphs"}),
      make_record("/s/a.md", "Ann Lee", {}, {}, cv),
      make_record("/s/b.md", "Bo Chen", {"bo@x.org"}, {}, sample_prose(1500, 2)),
      make_record("/s/copy.txt", "", {}, {}, cv.substr(0, cv.size() * 2 / 3)),
      make_record("/s/short.txt", "", {}, {}, sample_prose(1500, 2).substr(0, 1800)),
      make_record("/s/other.txt", "", {}, {"Quantum Chromodynamics on the Lattice"},
                  sample_prose(800, 3)),
      make_record("/c/bkrauth__cv.md", "Brian Krauth", {"bk@sfu.ca"}),
      make_record("/c/bkrauth__about.md", "", {}, {}, "I am an economist."),
  };
}

TEST(IdentityRecord, TitlesAreSortedDistinctHashesOfTheirMatchKeys) {
  DocumentRecord r = make_record("/a.md", "Ann Lee", {}, {"Deep Nets", "deep   NETS", "Graphs"});
  Evidence job;
  job.kind = EvidenceKind::experience;
  job.title = "Research Engineer";
  r.evidence.push_back(job);
  const IdentityRecord identity = identity_of(r);
  std::vector<std::uint64_t> expected = {schema::stable_hash(schema::match_key("Deep Nets")),
                                         schema::stable_hash(schema::match_key("Graphs"))};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(identity.title_keys, expected);  // one per distinct title, publications only
  EXPECT_EQ(identity.source, "/a.md");
  EXPECT_EQ(identity.name, "Ann Lee");
}

TEST(IdentityRecord, AStoredRecordsSketchIsThatOfItsText) {
  const DocumentRecord whole = make_record("/a.md", "", {}, {}, sample_prose(900, 7));
  const IdentityRecord from_text = identity_of(whole);
  const IdentityRecord from_signature = identity_of(as_stored(whole));
  ASSERT_GE(from_text.sketch.sample.size(), 64u);
  EXPECT_EQ(from_signature.sketch.sample, from_text.sketch.sample);
  EXPECT_EQ(from_signature.sketch.bound, from_text.sketch.bound);
}

TEST(IdentityRecord, WithoutNearDuplicatesOnlyNamesAndEmailsAreKept) {
  const DocumentRecord whole =
      make_record("/a.md", "Ann Lee", {"ann@x.org"}, {"Deep Nets"}, "text");
  const IdentityRecord light = identity_of(whole, false);
  EXPECT_EQ(light.emails, std::vector<std::string>{"ann@x.org"});
  EXPECT_TRUE(light.title_keys.empty());
  EXPECT_TRUE(light.sketch.sample.empty());

  // Named records only: nothing is compared, so nothing is kept.
  const auto named = identities_of({whole, make_record("/b.md", "Bo Chen", {}, {"Graphs"})});
  EXPECT_TRUE(named[0].title_keys.empty());
  EXPECT_TRUE(named[1].sketch.sample.empty());
  // One nameless record: everyone's titles and sketch are kept.
  const auto mixed =
      identities_of({whole, make_record("/c.md", "", {}, {"Graphs"}, sample_prose(100, 1))});
  EXPECT_EQ(mixed[0].title_keys.size(), 1u);
  EXPECT_FALSE(mixed[0].sketch.sample.empty());
  EXPECT_EQ(mixed[1].title_keys.size(), 1u);
}

TEST(IdentityRecord, GroupingWithHashesEqualsGroupingWithTitles) {
  const std::vector<DocumentRecord> whole = mixed_corpus();
  const Grouping expected = grouping_of(resolve_identities(whole));
  // The near-duplicate rule placed the nameless copies (else this proves little).
  auto has = [&](const std::vector<std::size_t>& members) {
    return std::find(expected.members.begin(), expected.members.end(), members) !=
           expected.members.end();
  };
  ASSERT_TRUE(has({0, 1}));  // by titles
  ASSERT_TRUE(has({3, 5}));  // by text
  ASSERT_TRUE(has({4, 6}));
  ASSERT_TRUE(has({7}));

  std::vector<IdentityRecord> identities;
  for (const DocumentRecord& r : whole) identities.push_back(identity_of(as_stored(r)));
  EXPECT_EQ(grouping_of(resolve_identities(identities)), expected);
}

TEST(IdentityRecord, NamelessRecordJoinsByTitleHashesAlone) {
  // No text at all: only the titles' hashes can place the nameless record.
  std::vector<IdentityRecord> records(3);
  records[0].source = "/s/named.bib";
  records[0].name = "Xinyu Zhao";
  records[0].title_keys =
      title_keys(make_record("", "", {}, {"Sparse MoE", "Reliable Models", "Ads"}));
  records[1].source = "/s/nameless.bib";
  records[1].title_keys = title_keys(make_record("", "", {}, {"sparse moe", "Reliable models"}));
  records[2].source = "/s/stranger.bib";
  records[2].title_keys = title_keys(make_record("", "", {}, {"Graphs", "Lattices", "Ads"}));
  const auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].id, "xinyu-zhao");
  EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(clusters[1].members, (std::vector<std::size_t>{2}));  // 1 title of 3: not enough
}

// Stores `whole` in a new index at `index`, record i with content hash 1000 + i.
void store_records(const std::filesystem::path& index, const std::vector<DocumentRecord>& whole) {
  IndexStore store(index);
  for (std::size_t i = 0; i < whole.size(); ++i) store.put_record(whole[i], 1000 + i);
  store.close();
}

// What the index gives back against what the records give: the same fields.
void expect_identities_of(const std::vector<IdentityRecord>& identities,
                          const std::vector<DocumentRecord>& whole) {
  ASSERT_EQ(identities.size(), whole.size());
  for (const IdentityRecord& identity : identities) {
    const auto it = std::find_if(whole.begin(), whole.end(),
                                 [&](const auto& r) { return r.source == identity.source; });
    ASSERT_NE(it, whole.end()) << identity.source;
    const IdentityRecord expected = identity_of(*it);
    EXPECT_EQ(identity.content_hash, 1000 + static_cast<std::uint64_t>(it - whole.begin()));
    EXPECT_EQ(identity.name, expected.name) << identity.source;
    EXPECT_EQ(identity.emails, expected.emails) << identity.source;
    EXPECT_EQ(identity.title_keys, expected.title_keys) << identity.source;
    EXPECT_EQ(identity.sketch.bound, expected.sketch.bound) << identity.source;
    EXPECT_EQ(identity.sketch.sample, expected.sketch.sample) << identity.source;
  }
}

TEST(IdentityRecord, TheIndexGivesBackIdentitiesWithContentHashes) {
  const testing::TempDir dir;
  const std::vector<DocumentRecord> whole = mixed_corpus();
  store_records(dir / "index", whole);
  IndexStore store(dir / "index");
  const std::vector<IdentityRecord> identities = store.identity_records();
  expect_identities_of(identities, whole);
  EXPECT_EQ(grouping_of(resolve_identities(identities)), grouping_of(resolve_identities(whole)));
}

// Changes every stored record's document in place with `change`.
template <typename Change>
void change_stored_records(const std::filesystem::path& index, Change change) {
  Xapian::WritableDatabase db(index.string());
  const std::string kind = std::string(schema::kPrefixKind) + std::string(schema::kKindSource);
  std::vector<Xapian::docid> ids(db.postlist_begin(kind), db.postlist_end(kind));
  ASSERT_FALSE(ids.empty());
  for (Xapian::docid id : ids) {
    Xapian::Document doc = db.get_document(id);
    change(doc);
    db.replace_document(id, doc);
  }
  db.commit();
}

// Grouping reads each record's identity value, not its data: with every
// record's data made unreadable the identities are still all there.
TEST(IdentityRecord, IdentitiesComeFromTheirValuesNotTheRecordsData) {
  const testing::TempDir dir;
  const std::vector<DocumentRecord> whole = mixed_corpus();
  store_records(dir / "index", whole);
  change_stored_records(dir / "index", [](Xapian::Document& doc) { doc.set_data("{not json"); });
  IndexStore store(dir / "index");
  expect_identities_of(store.identity_records(), whole);
}

// A record stored before the identity value existed (or with a damaged one)
// is read from its data, as before.
TEST(IdentityRecord, RecordsWithoutAnIdentityValueAreReadFromTheirData) {
  const testing::TempDir dir;
  const std::vector<DocumentRecord> whole = mixed_corpus();
  store_records(dir / "index", whole);
  bool damaged = false;
  change_stored_records(dir / "index", [&](Xapian::Document& doc) {
    // Every other record without the value, the others with one of another version.
    if (damaged) {
      doc.add_value(schema::kSlotIdentity, "\x02");
    } else {
      doc.remove_value(schema::kSlotIdentity);
    }
    damaged = !damaged;
  });
  IndexStore store(dir / "index");
  expect_identities_of(store.identity_records(), whole);
}

// A derivation reads each member record at the document id grouping read it
// from; an id that is not that record's (another record, no document) still
// gives the record, found by its unique term.
TEST(IdentityRecord, RecordsAreReadBackAtTheirDocidOrByTheirSource) {
  const testing::TempDir dir;
  const std::vector<DocumentRecord> whole = mixed_corpus();
  IndexStore store(dir / "index");
  for (std::size_t i = 0; i < whole.size(); ++i) store.put_record(whole[i], 1000 + i);
  store.commit_batch();
  const std::vector<IdentityRecord> identities = store.identity_records();
  ASSERT_GE(identities.size(), 2u);
  RecordReaders readers(dir / "index");
  for (std::size_t i = 0; i < identities.size(); ++i) {
    const IdentityRecord& identity = identities[i];
    EXPECT_NE(identity.docid, 0u) << identity.source;
    const auto it = std::find_if(whole.begin(), whole.end(),
                                 [&](const auto& r) { return r.source == identity.source; });
    ASSERT_NE(it, whole.end()) << identity.source;
    const std::uint32_t other = identities[(i + 1) % identities.size()].docid;
    for (const std::uint32_t docid : {identity.docid, other, 0u, 1000000u}) {
      const DocumentRecord record = readers.load(identity.source, docid);
      EXPECT_EQ(record.source, identity.source) << docid;
      EXPECT_EQ(record.name, it->name) << identity.source << " " << docid;
      EXPECT_EQ(record.evidence.size(), it->evidence.size()) << identity.source << " " << docid;
    }
  }
}

TEST(IdentityRecord, AnIndexWhereEveryoneIsNamedKeepsNoTitlesOrSketches) {
  const testing::TempDir dir;
  IndexStore store(dir / "index");
  store.put_record(make_record("/a.md", "Ann Lee", {}, {"Deep Nets"}, sample_prose(300, 1)), 1);
  store.put_record(make_record("/b.md", "", {"bo@x.org"}, {"Graphs"}, sample_prose(300, 2)), 2);
  store.commit_batch();
  const std::vector<IdentityRecord> identities = store.identity_records();
  ASSERT_EQ(identities.size(), 2u);
  for (const IdentityRecord& identity : identities) {
    // Their memory is given back, not only emptied (a vector's `= {}` keeps it).
    EXPECT_EQ(identity.title_keys.capacity(), 0u) << identity.source;
    EXPECT_EQ(identity.sketch.sample.capacity(), 0u) << identity.source;
  }
  EXPECT_EQ(identities[1].emails, std::vector<std::string>{"bo@x.org"});
}

}  // namespace
}  // namespace savant::indexer
