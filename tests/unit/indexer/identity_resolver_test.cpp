// SPDX-License-Identifier: MIT
// Identity resolution: e-mail, name, near-duplicate and stand-alone cases.
#include "indexer/identity/identity_resolver.hpp"

#include "schema/text_signature.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

namespace savant::indexer {
namespace {

DocumentRecord record(std::string source, std::string name, std::vector<std::string> emails,
                      std::vector<std::string> titles = {}, std::string text = {}) {
  DocumentRecord r;
  r.source = std::move(source);
  r.name = std::move(name);
  r.emails = std::move(emails);
  for (auto& t : titles) {
    Evidence e;
    e.kind = EvidenceKind::publication;
    e.title = t;
    r.evidence.push_back(e);
    r.text += t + "\n";
  }
  r.text += text;
  return r;
}

// `words` pseudo-random words of a 2,000-word vocabulary; `seed` picks the text.
std::string prose(std::size_t words, std::uint32_t seed) {
  std::string text;
  std::uint32_t state = seed * 2654435761U + 17;
  for (std::size_t i = 0; i < words; ++i) {
    state = state * 1664525U + 1013904223U;
    text += "w" + std::to_string((state >> 8) % 2000) + (i % 15 == 14 ? ".\n" : " ");
  }
  return text;
}

// As the index gives a record back: its text replaced by the text's signature.
DocumentRecord stored(DocumentRecord r) {
  r.text_signature = schema::text_signature(r.text);
  r.text.clear();
  return r;
}

std::vector<std::vector<std::size_t>> memberships(const std::vector<ResearcherCluster>& clusters) {
  std::vector<std::vector<std::size_t>> out;
  for (const auto& c : clusters) out.push_back(c.members);
  return out;
}

TEST(IdentityResolver, SameEmailOrNameIsOnePerson) {
  std::vector<DocumentRecord> records = {
      record("/a/cv.md", "Xinyu Zhao", {"x@pku.edu.cn"}),
      record("/b/profile.txt", "", {"x@pku.edu.cn"}),
      record("/c/page.txt", "ZHAO Xinyu", {}),
      record("/d/other.txt", "Simiao Zuo", {}),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].id, "xinyu-zhao");
  EXPECT_EQ(clusters[0].name, "Xinyu Zhao");
  EXPECT_EQ(clusters[0].members.size(), 3u);
  EXPECT_EQ(clusters[1].id, "simiao-zuo");
}

TEST(IdentityResolver, MiddleNamesAndInitialsVary) {
  std::vector<DocumentRecord> records = {
      record("/a.bib", "Aleksei V. Belonovskii", {}),
      record("/b.json", "Aleksei Belonovskii", {}),
      record("/c.bib", "Mohammad Abdul Mukit", {}),
      record("/d.json", "Abdul Mukit", {}),
      record("/e.json", "M. Carrasco", {}),
      record("/f.json", "Martin Carrasco", {}),
      record("/g.json", "Wei Zhang", {}),
      record("/h.json", "Wen Zhang", {}),
  };
  auto clusters = resolve_identities(records);
  // Belonovskii x2, Mukit x2, Carrasco x2 (initial only: kept apart), Zhang x2.
  ASSERT_EQ(clusters.size(), 6u);
  EXPECT_EQ(clusters[0].members.size(), 2u);
  EXPECT_EQ(clusters[1].members.size(), 2u);
}

TEST(IdentityResolver, AnonymousNearDuplicateJoinsItsOriginal) {
  const std::vector<std::string> titles = {"Sparse MoE with Language-Guided Routing",
                                           "Towards Building Reliable Language Models",
                                           "Enhancing Dynamic Image Advertising"};
  std::vector<DocumentRecord> records = {
      record("/s/000.txt", "Xinyu Zhao", {"x@pku.edu.cn"}, titles),
      record("/s/001.txt", "", {}, {titles[0], titles[1]}),
      record("/s/002.txt", "Other Person", {}, {"Unrelated Work on Graphs"}),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{0, 1}));
}

TEST(IdentityResolver, NamelessCopyOfATextJoinsItsAuthorFromSignaturesAlone) {
  const std::string cv = prose(1500, 1);
  std::vector<DocumentRecord> records = {
      record("/s/a.md", "Ann Lee", {}, {}, cv),
      record("/s/b.md", "Bo Chen", {}, {}, prose(1500, 2)),
      record("/s/copy.txt", "", {}, {}, cv.substr(0, cv.size() * 2 / 3)),  // part of the CV
      record("/s/other.txt", "", {}, {}, prose(800, 3)),
      // A shorter page whose text is all in Bo Chen's.
      record("/s/short.txt", "", {}, {}, prose(1500, 2).substr(0, 1800)),
      // Too short to judge on a sample of Bo Chen's text: stands alone.
      record("/s/tiny.txt", "", {}, {}, prose(1500, 2).substr(0, 60)),
  };
  const auto in_memory = resolve_identities(records);
  ASSERT_EQ(in_memory.size(), 4u);
  EXPECT_EQ(in_memory[0].members, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(in_memory[1].members, (std::vector<std::size_t>{1, 4}));
  EXPECT_EQ(in_memory[2].id, "other");
  EXPECT_EQ(in_memory[3].id, "tiny");
  // Read back from an index, records have only their signatures: same groups.
  for (auto& r : records) r = stored(std::move(r));
  EXPECT_EQ(memberships(resolve_identities(records)), memberships(in_memory));
}

TEST(IdentityResolver, NamelessTextIsComparedWithAResearchersWholeWork) {
  // A researcher with one very long document (a sparse sample) and the CV the
  // nameless page copies: the page is still compared with all their shingles.
  const std::string cv = prose(900, 11);
  std::vector<DocumentRecord> records = {
      stored(record("/s/a-cv.md", "Ann Lee", {"ann@x.org"}, {}, cv)),
      stored(record("/s/a-all.bib", "Ann Lee", {}, {}, prose(30000, 12))),
      stored(record("/s/b.md", "Bo Chen", {}, {}, prose(900, 13))),
      stored(record("/s/page.html", "", {}, {}, cv)),
  };
  const auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{1, 0, 3}));  // in source order
}

TEST(IdentityResolver, SharedBoilerplateMergesNoOne) {
  // 150 researchers whose documents all share a template's text: a nameless
  // copy of one of them joins that one; a nameless page with only the
  // template in common joins no one.
  const std::string boilerplate = prose(120, 99);
  std::vector<DocumentRecord> records;
  for (std::uint32_t i = 0; i < 150; ++i) {
    const std::string n = std::to_string(1000 + i);
    records.push_back(stored(record("/s/p" + n + ".md", "Given" + n + " Family" + n, {}, {},
                                    boilerplate + prose(600, 1000 + i))));
  }
  records.push_back(stored(record("/s/x-copy.md", "", {}, {}, boilerplate + prose(600, 1077))));
  records.push_back(stored(record("/s/y-other.md", "", {}, {}, boilerplate + prose(600, 5))));
  const auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 151u);
  auto with = [&](const std::string& id) {
    return std::find_if(clusters.begin(), clusters.end(),
                        [&](const auto& c) { return c.id == id; });
  };
  ASSERT_NE(with("given1077-family1077"), clusters.end());
  EXPECT_EQ(with("given1077-family1077")->members, (std::vector<std::size_t>{77, 150}));
  ASSERT_NE(with("y-other"), clusters.end());
  EXPECT_EQ(with("y-other")->members, (std::vector<std::size_t>{151}));
}

TEST(IdentityResolver, AnonymousWithoutMatchStandsAloneNamedByFile) {
  std::vector<DocumentRecord> records = {
      record("/s/000.txt", "Xinyu Zhao", {}, {"Sparse MoE with Routing"}),
      record("/s/lonely_cv.txt", "", {}, {"Quantum Chromodynamics on the Lattice"}),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[1].id, "lonely-cv");
  EXPECT_EQ(clusters[1].name, "");
}

TEST(IdentityResolver, UnnamedSiblingFileJoinsTheNamedOne) {
  std::vector<DocumentRecord> records = {
      record("/c/bkrauth__cv.md", "Brian Krauth", {"bk@sfu.ca"}),
      record("/c/bkrauth__about.md", "", {}, {}, "I am an economist."),
      record("/c/xy__about.md", "", {}, {}, "Nobody names me."),
      record("/d/bkrauth__old.md", "", {}, {}, "Another folder."),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 3u);
  EXPECT_EQ(clusters[0].name, "Brian Krauth");
  EXPECT_EQ(clusters[0].members.size(), 2u);
}

TEST(IdentityResolver, NameVariantsWithinOneFileGroupMerge) {
  std::vector<DocumentRecord> records = {
      record("/c/ckrauter__cv.html", "Chris Krauter", {}),
      record("/c/ckrauter__resume.json", "Christian Krauter", {"ck@uni.de"}),
      record("/c/mcarrasco__publications.json", "M. Carrasco", {}),
      record("/c/mcarrasco__papers.bib", "Martin Carrasco", {}),
      // The same variants in different folders or groups are different people.
      record("/c/aa__cv.md", "Chris Lee", {}),
      record("/c/bb__cv.md", "Christian Lee", {}),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 4u);
  for (const auto& c : clusters) {
    const bool grouped =
        c.name.find("Krauter") != std::string::npos || c.name.find("Carrasco") != std::string::npos;
    EXPECT_EQ(c.members.size(), grouped ? 2u : 1u) << c.name;
  }
}

TEST(IdentityResolver, NamelessFileWithAnEmailJoinsItsGroup) {
  std::vector<DocumentRecord> records = {
      record("/c/dberlyne__about.md", "", {"dan@maths.org"}, {}, "I am a mathematician."),
      record("/c/dberlyne__papers.bib", "Daniel Berlyne", {}),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "daniel-berlyne");
}

TEST(IdentityResolver, GroupWhereNobodyIsNamedIsOnePerson) {
  std::vector<DocumentRecord> records = {
      record("/c/lhainaut__about.md", "", {}, {}, "I am a postdoc."),
      record("/c/lhainaut__publications.md", "", {}, {"Top weight cohomology"}),
      record("/c/other__about.md", "", {}, {}, "Someone else."),
  };
  auto clusters = resolve_identities(records);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].members.size(), 2u);
}

TEST(IdentityResolver, TwoPeopleInOneGroupKeepTheUnnamedApart) {
  std::vector<DocumentRecord> records = {
      record("/c/hnguyen__about.md", "Trang Pham", {"pvh@x.com"}),
      record("/c/hnguyen__article.md", "Huy Nguyen", {}),
      record("/c/hnguyen__notes.md", "", {}, {}, "Unsigned notes."),
  };
  auto clusters = resolve_identities(records);
  EXPECT_EQ(clusters.size(), 3u);
}

TEST(IdentityResolver, ResultDoesNotDependOnInputOrder) {
  std::vector<DocumentRecord> records = {
      record("/z.txt", "Ann Lee", {"ann@x.org"}),
      record("/a.txt", "Ann Lee", {}),
      record("/m.txt", "Bo Chen", {"ann@x.org"}),
  };
  auto forward = resolve_identities(records);
  std::reverse(records.begin(), records.end());
  auto backward = resolve_identities(records);
  ASSERT_EQ(forward.size(), 1u);
  ASSERT_EQ(backward.size(), 1u);
  EXPECT_EQ(forward[0].id, backward[0].id);
  EXPECT_EQ(forward[0].name, backward[0].name);
}

}  // namespace
}  // namespace savant::indexer
