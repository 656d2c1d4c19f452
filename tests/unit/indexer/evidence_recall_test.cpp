// SPDX-License-Identifier: MIT
// Evidence the judged query set (tests/relevance) rests on and extraction used
// to miss, read from the real corpus documents: papers listed under headings on
// a research page, a PDF list continued after a page break, and the field a
// paper's venue implies.
#include "indexer/readers/document_reader.hpp"
#include "indexer/researcher_builder.hpp"
#include "schema/taxonomy.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace savant::indexer {
namespace {

DocumentRecord read_recall_document(const std::string& name) {
  return read_document("corpus/real/" + name, testing::corpus_bytes(name), ExtractContext{});
}

const Evidence* find_recalled_paper(const DocumentRecord& record, const std::string& title) {
  for (const Evidence& e : record.evidence) {
    if (e.kind == EvidenceKind::publication && e.title.find(title) != std::string::npos) {
      return &e;
    }
  }
  return nullptr;
}

// q77-q79: Hao Sun's own research page lists his NeurIPS, ICLR and ICML papers
// as "- [NeurIPS'2023] [Title](url) ..." under "#### ... Research" headings, with
// no author list: each is a paper of his, with its venue and year.
TEST(EvidenceRecall, PapersListedUnderHeadingsOnAResearchPage) {
  const DocumentRecord record = read_recall_document("hsun__publications.md");
  struct Paper {
    const char* title;
    const char* venue;
    int year;
  };
  // "Investigating reward shifting" is one long line of 48 words: a linked
  // title with its description after it, not a description alone.
  for (const Paper& p : {Paper{"Interpretable offline RL algorithm", "NeurIPS", 2023},
                         Paper{"Investigating reward shifting (shaping)", "NeurIPS", 2022},
                         Paper{"Building reward models for mathematical reasoning", "ICLR", 2024},
                         Paper{"Building dense reward models for LLM alignment", "ICML", 2024}}) {
    const Evidence* e = find_recalled_paper(record, p.title);
    ASSERT_NE(e, nullptr) << p.title;
    EXPECT_EQ(e->venue, p.venue) << p.title;
    EXPECT_EQ(e->year, p.year) << p.title;
  }
  // The headings label the lists; they are not papers.
  EXPECT_EQ(find_recalled_paper(record, "Deep Reinforcement Learning Research"), nullptr);
  EXPECT_EQ(find_recalled_paper(record, "Inverse RL for LLM Alignment Research"), nullptr);
}

// q76: Aida Ramezani's conference papers continue on the CV's second page, after
// an entry whose "[Disciplinary Diversity and Integration Award]" note breaks
// over two lines; the papers below it were read as a summary.
TEST(EvidenceRecall, PdfPublicationListContinuesAfterAPageBreak) {
  const DocumentRecord record = read_recall_document("aramezani__cv.pdf");
  const Evidence* acl = find_recalled_paper(record, "Knowledge of cultural moral norms");
  ASSERT_NE(acl, nullptr);
  EXPECT_EQ(acl->venue, "ACL");
  EXPECT_EQ(acl->year, 2023);
  EXPECT_EQ(acl->role, AuthorRole::first);
  for (const Evidence& e : record.evidence) {
    EXPECT_EQ(e.title.find("Integration Award]"), std::string::npos) << e.title;
  }
}

bool has_implied_topic(const std::vector<std::pair<std::string, int>>& topics,
                       const std::string& id) {
  return std::any_of(topics.begin(), topics.end(), [&](const auto& t) { return t.first == id; });
}

// q23: "Kishu" (VLDB) says nothing about databases in its title; its venue does.
TEST(EvidenceRecall, AVenueOfOneCommunityImpliesItsTopic) {
  const schema::Taxonomy& taxonomy = schema::Taxonomy::builtin();
  Evidence paper;
  paper.kind = EvidenceKind::publication;
  paper.title = "Kishu: Time-Traveling for Computational Notebooks";
  paper.venue = "VLDB";
  EXPECT_TRUE(has_implied_topic(count_topics(paper, taxonomy), "database-systems"));
  paper.venue = "CHI";
  EXPECT_TRUE(has_implied_topic(count_topics(paper, taxonomy), "human-computer-interaction"));
  EXPECT_FALSE(has_implied_topic(count_topics(paper, taxonomy), "database-systems"));
  // A broad venue implies nothing, and only publications carry venue topics.
  paper.venue = "NeurIPS";
  EXPECT_TRUE(count_topics(paper, taxonomy).empty());
  Evidence service = paper;
  service.kind = EvidenceKind::experience;
  service.venue = "SIGMOD";
  EXPECT_FALSE(has_implied_topic(count_topics(service, taxonomy), "database-systems"));
}

}  // namespace
}  // namespace savant::indexer
