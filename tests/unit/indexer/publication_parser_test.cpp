// SPDX-License-Identifier: MIT
// Tests for reading publication entries, against a small venue table.
#include "indexer/extract/publication_parser.hpp"

#include "indexer/extract/line_model.hpp"
#include "indexer/extract/publication_status.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

const schema::VenueTable& venues() {
  static const schema::VenueTable table = schema::VenueTable::parse(
      "ICLR\tInternational Conference on Learning Representations\tconference\t"
      "International Conference on Learning Representations\n"
      "ICML\tInternational Conference on Machine Learning\tconference\t"
      "International Conference on Machine Learning\n"
      "SIGIR\tACM SIGIR Conference\tconference\tACM SIGIR\n"
      "ACL\tAnnual Meeting of the Association for Computational Linguistics\tconference\t"
      "Annual Meeting of the Association for Computational Linguistics\n"
      "EMNLP\tConference on Empirical Methods in Natural Language Processing\tconference\t"
      "Empirical Methods in Natural Language Processing\n"
      "EMNLP-Findings\tFindings of EMNLP\tconference\tFindings of EMNLP\n"
      "NeurIPS\tNeural Information Processing Systems\tconference\tNIPS\n"
      "AAAI\tAAAI Conference on Artificial Intelligence\tconference\t\n"
      "arXiv\tarXiv\tpreprint\tarXiv preprint\n",
      "test-venues.tsv");
  return table;
}

std::optional<Evidence> parse_one_publication(const char* text, const char* owner = "") {
  static std::vector<Line> lines;  // kept alive for the span
  lines = build_lines(text);
  return parse_publication(lines, PublicationContext{venues(), owner});
}

struct PublicationCase {
  const char* name;
  const char* text;
  const char* owner;
  const char* title;
  const char* venue;
  int year;
  AuthorRole role;
  PublicationStatus status;
};

class PublicationParser : public ::testing::TestWithParam<PublicationCase> {};

TEST_P(PublicationParser, ReadsEntry) {
  const PublicationCase& c = GetParam();
  std::optional<Evidence> evidence = parse_one_publication(c.text, c.owner);
  ASSERT_TRUE(evidence.has_value()) << c.name;
  EXPECT_EQ(evidence->kind, EvidenceKind::publication);
  EXPECT_EQ(evidence->title, c.title) << c.name;
  EXPECT_EQ(evidence->venue, c.venue) << c.name;
  EXPECT_EQ(evidence->year, c.year) << c.name;
  EXPECT_EQ(evidence->role, c.role) << c.name;
  EXPECT_EQ(evidence->status, c.status) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, PublicationParser,
    ::testing::Values(
        PublicationCase{"markdown heading, venue line, role line",
                        "### Sparse MoE with Language-Guided Routing\nICLR 2024\n*First Author*\n"
                        "- we propose Lingual-SMoE\n- outperforms ICML baselines",
                        "", "Sparse MoE with Language-Guided Routing", "ICLR", 2024,
                        AuthorRole::first, PublicationStatus::published},
        PublicationCase{"pdf title with glued venue",
                        "Sparse MoE with Language-Guided Routing ICLR 2024\n\nFirst Author\n", "",
                        "Sparse MoE with Language-Guided Routing", "ICLR", 2024, AuthorRole::first,
                        PublicationStatus::published},
        PublicationCase{"two venue lines: the first counts",
                        "Enhancing Dynamic Image Advertising\n\nSIGIR 2023\n\nICML 2024\n\n"
                        " Co ext-first Author\n\n- Query-image pairing",
                        "", "Enhancing Dynamic Image Advertising", "SIGIR", 2023,
                        AuthorRole::co_first, PublicationStatus::published},
        PublicationCase{"glued status line and abstract",
                        "preprint2026arXiv\n\nm3BERT: A Modern, Multi-lingual, Matryoshka "
                        "Bidirectional Encoder\n\nEmbedding models are pivotal.",
                        "", "m3BERT: A Modern, Multi-lingual, Matryoshka Bidirectional Encoder",
                        "arXiv", 2026, AuthorRole::unknown, PublicationStatus::preprint},
        PublicationCase{"numbered title, authors, proceedings line",
                        "## 1. PAD-Net: An Efficient Framework for Dynamic Networks. [Paper]\n"
                        "Shwai He, Liang Ding, Daize Dong, Dacheng Tao.\n"
                        "Proceedings of The 61st Annual Meeting of the Association for "
                        "Computational Linguistics (ACL 2023).",
                        "Daize Dong", "PAD-Net: An Efficient Framework for Dynamic Networks", "ACL",
                        2023, AuthorRole::co_author, PublicationStatus::published},
        PublicationCase{"venue with an apostrophe year",
                        "**Perceptual Score: Measuring Perceptiveness; NeurIPS'21**\n"
                        "I. Gat, I. Schwartz, A.G Schwing",
                        "", "Perceptual Score: Measuring Perceptiveness", "NeurIPS", 2021,
                        AuthorRole::unknown, PublicationStatus::published},
        PublicationCase{"quoted title, coauthor, journal, volume and year",
                        "- \"Presentism and Truthmaking,\" with Ben Caplan, Philosophy Compass "
                        "(6:3) 2011: 196-208.",
                        "", "Presentism and Truthmaking", "", 2011, AuthorRole::unknown,
                        PublicationStatus::unknown},
        PublicationCase{"findings track",
                        "2. SparseAdapter: An Easy Approach. [Paper]\nShwai He, Daize Dong.\n"
                        "Findings of The 2022 Conference on Empirical Methods in Natural Language "
                        "Processing (EMNLP 2022).",
                        "Daize Dong", "SparseAdapter: An Easy Approach", "EMNLP-Findings", 2022,
                        AuthorRole::co_author, PublicationStatus::published},
        PublicationCase{"authors and venue on one line, under review",
                        "#### 1. A Graph is Worth K Words.\n"
                        "Zhangyang Gao\\*, **Daize Dong**\\*, Cheng Tan. *Under Review by The 41st "
                        "International Conference on Machine Learning (ICML 2024).*",
                        "Daize Dong", "A Graph is Worth K Words", "ICML", 2024,
                        AuthorRole::co_first, PublicationStatus::under_review},
        PublicationCase{"nested bullets: project, title with venue, authors",
                        "- Sequence Parallelism: The FIRST Work on Long Sequences.\n"
                        "  - Sequence Parallelism: Long Sequence Training, ACL 2023\n"
                        "    - Shenggui Li\\*, Fuzhao Xue\\*, Yongbin Li, Yang You",
                        "Fuzhao Xue", "Sequence Parallelism: Long Sequence Training", "ACL", 2023,
                        AuthorRole::co_first, PublicationStatus::published},
        PublicationCase{"title ending in sentence plus venue",
                        "- Token Crisis\n  - To Repeat or Not To Repeat: Token-Crisis. NeurIPS "
                        "2023\n    - Fuzhao Xue, Yao Fu, Yang You",
                        "Fuzhao Xue", "To Repeat or Not To Repeat: Token-Crisis", "NeurIPS", 2023,
                        AuthorRole::first, PublicationStatus::published},
        PublicationCase{"citation: authors, quoted title, venue",
                        "Jane Doe, John Roe. \"Learning Things Quickly.\" In Proceedings of ICML, "
                        "2021.",
                        "John Roe", "Learning Things Quickly", "ICML", 2021, AuthorRole::co_author,
                        PublicationStatus::published},
        PublicationCase{"markdown link title with venue tag and authors",
                        "- `AAAI 2026` [TaREx: Reinforcement Learning for Tables](), Fangyu Lei, "
                        "**Shizhu He**, Kang Liu.",
                        "", "TaREx: Reinforcement Learning for Tables", "AAAI", 2026,
                        AuthorRole::co_author, PublicationStatus::published},
        PublicationCase{"link title with trailing year",
                        "- [Adaptive Layer Selection for Efficient Fine-Tuning](https://arxiv.org/"
                        "abs/2408.08670), 2024",
                        "", "Adaptive Layer Selection for Efficient Fine-Tuning", "", 2024,
                        AuthorRole::unknown, PublicationStatus::unknown},
        PublicationCase{
            "no venue at all", "Towards Reliable MoE\n\nCo-First Author\n\n- MoE models", "",
            "Towards Reliable MoE", "", 0, AuthorRole::co_first, PublicationStatus::unknown}));

TEST(PublicationParser, KeepsDescriptionAsTextAndAuthorsAsList) {
  std::optional<Evidence> e = parse_one_publication(
      "### Sparse MoE\nICLR 2024\n*First Author*\n- **Language hierarchy**: routing\n"
      "- Lingual-SMoE wins\n");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->text, "Language hierarchy: routing\nLingual-SMoE wins");
  e = parse_one_publication("Some Paper Title\nShwai He, Liang Ding, Daize Dong.\nACL 2023",
                            "Daize Dong");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->authors, (std::vector<std::string>{"Shwai He", "Liang Ding", "Daize Dong"}));
  EXPECT_TRUE(e->text.empty());
}

TEST(PublicationParser, VenuesInDescriptionsDoNotCount) {
  std::optional<Evidence> e =
      parse_one_publication("### A Paper Title\n- beats the ICML 2020 baseline\n");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->venue, "");
  EXPECT_EQ(e->year, 0);
}

// pnguyenha__index.html: project cards titled by the system's coined name.
TEST(PublicationParser, CoinedNameIsATitle) {
  std::optional<Evidence> card = parse_one_publication(
      "### CG-NeRF\nTPAMI 2024\nGeneralizable neural radiance fields for fast novel-view "
      "synthesis with a coarse-to-fine renderer.\n");
  ASSERT_TRUE(card.has_value());
  EXPECT_EQ(card->title, "CG-NeRF");
  EXPECT_EQ(card->year, 2024);
  ASSERT_TRUE(parse_one_publication("### PixGS\nICML 2026\n").has_value());
  EXPECT_EQ(parse_one_publication("### PixGS\nICML 2026\n")->venue, "ICML");
  // Plain words, acronyms and venue names alone are not titles.
  EXPECT_FALSE(parse_one_publication("### Abstract\n2024\n").has_value());
  EXPECT_FALSE(parse_one_publication("### ICML\n2024\n").has_value());
  EXPECT_FALSE(parse_one_publication("### NeurIPS\n2024\n").has_value());
}

TEST(PublicationParser, RejectsLabelsAndProse) {
  EXPECT_FALSE(parse_one_publication("- Full Publication List: https://x.github.io/publications/")
                   .has_value());
  EXPECT_FALSE(parse_one_publication("DOI | Paper | Video").has_value());
  EXPECT_FALSE(parse_one_publication(
                   "During my Master's, I investigated the generalization behavior of graph "
                   "neural networks and proposed fixes.")
                   .has_value());
}

struct TitleCase {
  const char* line;
  const char* title;
};

class TitleCleaner : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleCleaner, CleansTitle) {
  EXPECT_EQ(clean_title(GetParam().line, venues()), GetParam().title);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, TitleCleaner,
    ::testing::Values(
        TitleCase{"PAD-Net: An Efficient Framework for Dynamic Networks. [Paper]",
                  "PAD-Net: An Efficient Framework for Dynamic Networks"},
        TitleCase{"Go Wider Instead of Deeper, AAAI 2022", "Go Wider Instead of Deeper"},
        TitleCase{"Insights from Scaling LLM under Token-Crisis. NeurIPS 2023",
                  "Insights from Scaling LLM under Token-Crisis"},
        TitleCase{"**Mixture of Experts Meets Learning**. Advances in NeurIPS, 2024.",
                  "Mixture of Experts Meets Learning"},
        TitleCase{"[P.1] A Tagged Title (2021)", "A Tagged Title"},
        TitleCase{"\"A Quoted Title,\"", "A Quoted Title"},
        TitleCase{"ICLR Is In This Title Not At Its End", "ICLR Is In This Title Not At Its End"}));

TEST(PublicationEntries, SplitsPdfListAfterVenueLines) {
  std::vector<Line> lines = build_lines(
      "Paper One Title\n\nJane Doe, John Roe\n\nICML 2020\n\nPaper Two Title\n\n"
      "Jane Doe, Max Moe\n\nICLR 2021\n");
  std::vector<LineRange> entries = split_entries(lines, publication_entry_rules(venues()));
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(lines[entries[1].begin].text, "Paper Two Title");
}

}  // namespace
}  // namespace savant::indexer::detail
