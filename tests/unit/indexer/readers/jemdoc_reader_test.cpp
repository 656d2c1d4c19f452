// SPDX-License-Identifier: MIT
// Tests of the jemdoc reader: markup to Markdown, names; real files.
#include "indexer/readers/jemdoc_reader.hpp"

#include "indexer/readers/structured_common.hpp"
#include "tests/unit/indexer/readers/structured_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

using test::count_kind;
using test::find_evidence;
using test::read_text;

struct MarkupCase {
  const char* jemdoc;
  const char* markdown;  // the whole expected Markdown, trimmed
};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.erase(0, 1);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

class JemdocToMarkdown : public ::testing::TestWithParam<MarkupCase> {};

TEST_P(JemdocToMarkdown, Converts) {
  EXPECT_EQ(trimmed(jemdoc_to_markdown(GetParam().jemdoc)), GetParam().markdown)
      << GetParam().jemdoc;
}

INSTANTIATE_TEST_SUITE_P(
    Markup, JemdocToMarkdown,
    ::testing::Values(MarkupCase{"= Chong Wu", "# Chong Wu"},
                      MarkupCase{"== Publications", "## Publications"},
                      MarkupCase{"# jemdoc: menu{MENU}{index.html}\nText", "Text"},
                      MarkupCase{"- one\n- two\n-- nested", "- one\n- two\n  - nested"},
                      MarkupCase{". first\n. second", "1. first\n1. second"},
                      MarkupCase{"- item that\ncontinues here", "- item that continues here"},
                      MarkupCase{"- Title \\n Authors \\n Venue", "- Title\n  Authors\n  Venue"},
                      MarkupCase{"*bold* and /italic/ and a/b", "**bold** and *italic* and a/b"},
                      MarkupCase{"[https://x.org The Title] [https://y.org]",
                                 "[The Title](https://x.org) https://y.org"},
                      MarkupCase{"\\*not bold\\* and \\[Arxiv\\]", "*not bold* and [Arxiv]"},
                      MarkupCase{"{{<b>raw</b> html}} text", "raw html text"},
                      MarkupCase{"~~~\n{}{raw}\n<div>Inside <b>raw</b></div>\n~~~", "Inside raw"},
                      MarkupCase{"~~~\n{}{python}\nprint('x')\n~~~\nAfter", "After"},
                      MarkupCase{"~~~\n{Box title}\nBoxed text\n~~~", "**Box title**\nBoxed text"},
                      MarkupCase{": {Term} definition", "- **Term**: definition"}));

TEST(JemdocReader, PageTitleNamesTheRecord) {
  DocumentRecord record =
      read_text(read_jemdoc, "= Ada Lovelace\n\n== Biography\nShe wrote notes.\n", "index.jemdoc");
  EXPECT_EQ(record.name, "Ada Lovelace");
  EXPECT_GE(count_kind(record, EvidenceKind::summary), 1);
}

TEST(JemdocReader, CitationListsUnderTopicHeadingsArePublications) {
  DocumentRecord record = read_text(read_jemdoc, R"(= Research
== Machine learning
We study learning.
- He, Y., *Wu, C.*, and Pan, W. (2021)\n [https://a.org Independent U-Statistics in Testing].
/Annals of Statistics/, 49(1), 154-181.
- *Wu, C.*, Xu, G., and Pan, W. (2020)\n [https://b.org A regularization-based adaptive test].
/Journal of Machine Learning Research/, 21, 1-67.
)",
                                    "research.jemdoc");
  EXPECT_GE(count_kind(record, EvidenceKind::publication), 1);
}

// Real files.
TEST(JemdocRealFiles, NamesAndPublications) {
  struct Expect {
    const char* file;
    bool named;
    int min_publications;
  };
  for (const Expect& e :
       {Expect{"ayener__articles.jemdoc", true, 100}, Expect{"cwu__PI.jemdoc", true, 0},
        Expect{"ekuruoglu__biography.jemdoc", true, 0}, Expect{"rfan__index.jemdoc", true, 0},
        Expect{"rfan__publication.jemdoc", true, 27}, Expect{"ypwang__index.jemdoc", true, 3}}) {
    DocumentRecord record = test::read_real(read_jemdoc, e.file);
    EXPECT_GE(count_kind(record, EvidenceKind::publication), e.min_publications) << e.file;
    if (e.named) {
      EXPECT_EQ(record.name, structured::person_name(test::manifest_researcher(e.file))) << e.file;
    }
  }
  DocumentRecord fan = test::read_real(read_jemdoc, "rfan__publication.jemdoc");
  const Evidence* ctc = find_evidence(fan, "CTC-GMM");
  ASSERT_NE(ctc, nullptr);
  EXPECT_EQ(ctc->year, 2024);
  const Evidence* alignformer = find_evidence(fan, "AlignFormer");
  ASSERT_NE(alignformer, nullptr);
  EXPECT_EQ(alignformer->role, AuthorRole::first);
  EXPECT_EQ(alignformer->status, PublicationStatus::preprint);
}

}  // namespace
}  // namespace savant::indexer
