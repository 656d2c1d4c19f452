// SPDX-License-Identifier: MIT
// Tests of the Markdown page reader: front matter, Liquid, HTML; real pages.
#include "indexer/readers/markdown_reader.hpp"

#include "indexer/readers/structured_common.hpp"
#include "tests/unit/indexer/readers/structured_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

using test::count_kind;
using test::find_evidence;
using test::read_text;

struct BodyCase {
  const char* body;
  const char* cleaned;
};

class CleanPageBody : public ::testing::TestWithParam<BodyCase> {};

TEST_P(CleanPageBody, Cleans) {
  EXPECT_EQ(clean_page_body(GetParam().body), GetParam().cleaned) << GetParam().body;
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, CleanPageBody,
    ::testing::Values(
        BodyCase{"{% include base_path %}\nText {{ site.name }} here\n", "Text  here\n"},
        BodyCase{"{% comment %}hidden{% endcomment %}Shown\n", "Shown\n"},
        BodyCase{"{% for p in site.publications %}{% include x.html %}{% endfor %}\n", ""},
        BodyCase{"<h2>Education</h2>\n<ul><li>PhD, MIT</li><li>BSc, ETH</li></ul>\n",
                 "## Education\n\n- PhD, MIT\n- BSc, ETH\n"},
        BodyCase{"<div>\n    indented text in html\n</div>\n", "indented text in html\n"},
        BodyCase{"<script>var x = 1;</script>Kept <b>bold</b>\n", "Kept <b>bold</b>\n"},
        BodyCase{"- Markdown stays\n  - nested\n", "- Markdown stays\n  - nested\n"},
        BodyCase{"a<!-- comment -->b\n", "ab\n"},
        // ydeldjoo__publications.md: an HTML item is one entry, its <br>s continue it
        // and the title wrapped in the source is one line.
        BodyCase{"<ul>\n <li> <a href=\"x\"> Content-driven Music Recommendation:\n"
                 "Evolution</a><br> <b>Yashar Deldjoo</b>, Peter Knees <br>\n"
                 " <i>SIGIR, 2022</i> <br>\n </li>\n</ul>\n",
                 "-  <a href=\"x\"> Content-driven Music Recommendation: Evolution</a>\n"
                 "<br><b>Yashar Deldjoo</b>, Peter Knees\n<br> <i>SIGIR, 2022</i>\n"},
        // An item left open ends at a blank line.
        BodyCase{"<ul><li>Open item\nstill the item\n\nNext paragraph\n",
                 "- Open item still the item\n\nNext paragraph\n"}));

TEST(MarkdownReader, PublicationPageIsOnePublication) {
  DocumentRecord record = read_text(read_markdown, R"(---
title: "Peers as treatments"
collection: publications
excerpt: "This paper develops a framework."
date: 2025-08-29
venue: 'Working paper'
citation: 'Krauth, Brian (2025). &quot;Peers as treatments.&quot; Working paper.'
---
This paper develops a general framework for peer effects.
)",
                                    "publication.md");
  ASSERT_EQ(record.evidence.size(), 1u);
  const Evidence& paper = record.evidence[0];
  EXPECT_EQ(paper.kind, EvidenceKind::publication);
  EXPECT_EQ(paper.title, "Peers as treatments");
  EXPECT_EQ(paper.year, 2025);
  EXPECT_EQ(paper.status, PublicationStatus::preprint);
  EXPECT_EQ(paper.authors, (std::vector<std::string>{"Brian Krauth"}));
  EXPECT_NE(paper.text.find("peer effects"), std::string::npos);
  EXPECT_EQ(record.name, "Brian Krauth");  // the only author
}

TEST(MarkdownReader, PublicationPageOwnerOnlyWhenBold) {
  DocumentRecord plain = read_text(read_markdown, R"(---
title: "A Paper"
collection: publications
venue: 'NeurIPS'
date: 2024-9-26
authors: 'Yan Huang, Xiang Li, Niao He'
---
Abstract.
)",
                                   "p.md");
  ASSERT_EQ(plain.evidence.size(), 1u);
  EXPECT_EQ(plain.name, "");
  EXPECT_EQ(plain.evidence[0].venue, "NeurIPS");
  EXPECT_EQ(plain.evidence[0].year, 2024);
  EXPECT_EQ(plain.evidence[0].role, AuthorRole::unknown);
  DocumentRecord bold = read_text(read_markdown, R"(---
title: "Top-K Gating"
category: articles
venue: "Under review"
date: 26-09-2023
---
<b>Huy Nguyen</b>, Pedram Akbarian, Nhat Ho

Abstract: text.
)",
                                  "a.md");
  ASSERT_EQ(bold.evidence.size(), 1u);
  EXPECT_EQ(bold.name, "Huy Nguyen");
  EXPECT_EQ(bold.evidence[0].role, AuthorRole::first);
  EXPECT_EQ(bold.evidence[0].status, PublicationStatus::under_review);
  EXPECT_EQ(bold.evidence[0].year, 2023);
}

TEST(MarkdownReader, HugoAdminAuthorIsTheOwner) {
  DocumentRecord record = read_text(read_markdown, R"(---
title: "My Thesis"
authors:
- admin
date: "2021-12-14T14:00:00Z"
publication_types: ["7"]
publication: Ph.D. Thesis. Normandie University.
---
)",
                                    "thesis.md");
  ASSERT_EQ(record.evidence.size(), 1u);
  EXPECT_EQ(record.evidence[0].role, AuthorRole::first);
  EXPECT_EQ(record.evidence[0].year, 2021);
}

TEST(MarkdownReader, AboutPageGoesThroughTheExtractor) {
  DocumentRecord record = read_text(read_markdown, R"(---
permalink: /
title: "About"
---
{% include base_path %}
I am a researcher at <a href="https://x.org">X University</a>.

<h2>Publications</h2>
<ul>
<li>Ann Lee, Bo Chen. Sparse Routing for Translation. In ICML 2023.</li>
</ul>
)",
                                    "about.md");
  EXPECT_EQ(count_kind(record, EvidenceKind::publication), 1);
  const Evidence* paper = find_evidence(record, "Sparse Routing for Translation");
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(paper->venue, "ICML");
}

TEST(MarkdownReader, HugoAuthorPageFieldsBecomeSections) {
  DocumentRecord record = read_text(read_markdown, R"(---
title: Ada Lovelace
bio: Works on engines.
email: "ada@example.org"
education:
  courses:
  - course: PhD in Mathematics
    institution: University of London
    year: 2015-2019
interests:
- Engines
---
Hi there! I study engines.
)",
                                    "author.md");
  EXPECT_EQ(record.name, "Ada Lovelace");
  EXPECT_EQ(record.emails, (std::vector<std::string>{"ada@example.org"}));
  const Evidence* phd = find_evidence(record, "PhD in Mathematics");
  ASSERT_NE(phd, nullptr);
  EXPECT_EQ(phd->kind, EvidenceKind::education);
  EXPECT_NE(find_evidence(record, "Interests"), nullptr);
}

TEST(MarkdownReader, BrokenFrontMatterIsStillText) {
  DocumentRecord record = read_text(
      read_markdown, "---\ntitle: [unclosed\n---\n# Education\n\n- PhD, MIT, 2020\n", "broken.md");
  EXPECT_GE(count_kind(record, EvidenceKind::education), 1);
}

// Real pages.
TEST(MarkdownRealFiles, SinglePublicationPages) {
  struct Expect {
    const char* file;
    const char* title;
    const char* venue;
    int year;
  };
  for (const Expect& e :
       {Expect{"bkrauth__publication-peertreat.md", "Peers as treatments", "", 2025},
        Expect{"dbartlett__publication-esr.md", "Exhaustive Symbolic Regression", "", 2023},
        // "RSS Pioneer Workshop": a workshop held at RSS is not RSS (docs/TAXONOMY.md).
        Expect{"hyin__publication-rss2018.md", "Boosting Robot Learning", "", 2018},
        Expect{"hzhang__publication-syzscope.md", "SyzScope", "USENIX-Security", 2022},
        Expect{"lsouth__publication-seizure-gifs-chi2021.md", "Seizure-Inducing GIFs", "CHI", 2021},
        Expect{"yhuang__publication-neurips2024.md", "Near-Optimal Convergence", "NeurIPS", 2024},
        Expect{"yrwang__publication-roboeval.md", "RoboEval", "ICRA", 2025},
        Expect{"hsun__publication-pchid.md", "Policy Continuation with Hindsight", "NeurIPS", 2019},
        Expect{"ttnguyen__publication-thesis.md", "Model Selection and Approximation", "", 2021}}) {
    DocumentRecord record = test::read_real(read_markdown, e.file);
    ASSERT_EQ(record.evidence.size(), 1u) << e.file;
    const Evidence* paper = find_evidence(record, e.title);
    ASSERT_NE(paper, nullptr) << e.file;
    EXPECT_EQ(paper->kind, EvidenceKind::publication) << e.file;
    EXPECT_EQ(paper->venue, e.venue) << e.file;
    EXPECT_EQ(paper->year, e.year) << e.file;
  }
  DocumentRecord nguyen = test::read_real(read_markdown, "hnguyen__article-topk-moe.md");
  EXPECT_EQ(nguyen.name, test::manifest_researcher("hnguyen__article-topk-moe.md"));
  DocumentRecord iwslt = test::read_real(read_markdown, "ppal__publication-iwslt2023.md");
  ASSERT_EQ(iwslt.evidence.size(), 1u);
  EXPECT_EQ(iwslt.evidence[0].authors.size(), 62u);
}

TEST(MarkdownRealFiles, NamesFromPages) {
  for (const char* file :
       {"aarunkumar__about.md", "czhang__publications.md", "fxue__about.md", "hchang__about.md",
        "jfroehlich__bio.md", "mmaimaiti__about.md", "nrabbani__index.md", "she__pub.md",
        "ttnguyen__author.md", "xliu__papers.md", "ydeldjoo__publications.md"}) {
    DocumentRecord record = test::read_real(read_markdown, file);
    EXPECT_EQ(record.name, structured::person_name(test::manifest_researcher(file))) << file;
  }
}

TEST(MarkdownRealFiles, PublicationLists) {
  DocumentRecord he = test::read_real(read_markdown, "she__pub.md");
  EXPECT_GE(count_kind(he, EvidenceKind::publication), 60);
  DocumentRecord deldjoo = test::read_real(read_markdown, "ydeldjoo__publications.md");
  EXPECT_GE(count_kind(deldjoo, EvidenceKind::publication), 50);
  DocumentRecord tin = test::read_real(read_markdown, "ttnguyen__author.md");
  EXPECT_EQ(count_kind(tin, EvidenceKind::education), 3);
}

}  // namespace
}  // namespace savant::indexer
