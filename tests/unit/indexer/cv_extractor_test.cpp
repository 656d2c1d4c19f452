// SPDX-License-Identifier: MIT
// Whole-document tests of extract_cv on the seed CVs in corpus/seeds and on
// small synthetic documents.
#include "indexer/extract/cv_extractor.hpp"

#include "schema/text_normalizer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

std::string corpus_dir() {
  const char* dir = std::getenv("SAVANT_CORPUS");
  return dir != nullptr && *dir != '\0' ? dir : "/work/main/corpus";
}

// The seed file whose name starts with `prefix`, normalised and extracted.
DocumentRecord extract_seed(const std::string& file) {
  std::ifstream in(corpus_dir() + "/seeds/" + file, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing seed " << file;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return extract_cv(schema::normalize_text(bytes.str()));
}

std::vector<const Evidence*> of_kind(const DocumentRecord& record, EvidenceKind kind) {
  std::vector<const Evidence*> out;
  for (const Evidence& e : record.evidence) {
    if (e.kind == kind) out.push_back(&e);
  }
  return out;
}

const Evidence* publication(const DocumentRecord& record, const std::string& venue, int year) {
  for (const Evidence* e : of_kind(record, EvidenceKind::publication)) {
    if (e->venue == venue && e->year == year) return e;
  }
  return nullptr;
}

bool has_affiliation(const DocumentRecord& record, const std::string& name) {
  return std::find(record.affiliations.begin(), record.affiliations.end(), name) !=
         record.affiliations.end();
}

TEST(SeedCv, MarkdownCv000) {
  DocumentRecord r = extract_seed("000_fe21808f48540d97.txt");
  EXPECT_EQ(r.name, "Xinyu Zhao");
  EXPECT_EQ(r.emails, (std::vector<std::string>{"xinyuzhao@stu.pku.edu.cn"}));
  EXPECT_GE(of_kind(r, EvidenceKind::publication).size(), 3u);
  const Evidence* iclr = publication(r, "ICLR", 2024);
  ASSERT_NE(iclr, nullptr);
  EXPECT_EQ(iclr->role, AuthorRole::first);
  EXPECT_EQ(iclr->status, PublicationStatus::published);
  EXPECT_EQ(iclr->title,
            "Sparse MoE with Language-Guided Routing for Multilingual Machine Translation");
  EXPECT_NE(iclr->text.find("Lingual-SMoE"), std::string::npos);
  const Evidence* icml = publication(r, "ICML", 2024);
  ASSERT_NE(icml, nullptr);
  EXPECT_EQ(icml->role, AuthorRole::co_first);
  const Evidence* sigir = publication(r, "SIGIR", 2023);
  ASSERT_NE(sigir, nullptr);
  EXPECT_EQ(sigir->role, AuthorRole::co_first);
  EXPECT_TRUE(has_affiliation(r, "Peking University"));
  EXPECT_TRUE(has_affiliation(r, "Baidu Search Ads"));

  std::vector<const Evidence*> education = of_kind(r, EvidenceKind::education);
  ASSERT_EQ(education.size(), 3u);
  EXPECT_EQ(education[0]->organisation, "Peking University");
  EXPECT_EQ(education[0]->position, "MS in Computer Technology");
  EXPECT_EQ(education[0]->dates, "Sep. 2021 - Jun. 2024");
  std::vector<const Evidence*> experience = of_kind(r, EvidenceKind::experience);
  ASSERT_EQ(experience.size(), 1u);
  EXPECT_EQ(experience[0]->position, "Internship");
  EXPECT_EQ(experience[0]->year, 2023);
}

TEST(SeedCv, PdfText001HasNoNameButSamePublications) {
  DocumentRecord r = extract_seed("001_a0290aab83c13fa6.txt");
  EXPECT_EQ(r.name, "");
  EXPECT_TRUE(r.emails.empty());
  const Evidence* iclr = publication(r, "ICLR", 2024);
  ASSERT_NE(iclr, nullptr);
  EXPECT_EQ(iclr->title,
            "Sparse MoE with Language-Guided Routing for Multilingual Machine Translation");
  EXPECT_EQ(iclr->role, AuthorRole::first);
  // The third entry names SIGIR 2023 and then a stray ICML 2024: the first venue counts.
  const Evidence* sigir = publication(r, "SIGIR", 2023);
  ASSERT_NE(sigir, nullptr);
  EXPECT_EQ(sigir->role, AuthorRole::co_first);
  EXPECT_EQ(publication(r, "ICML", 2024), nullptr);
  EXPECT_EQ(of_kind(r, EvidenceKind::publication).size(), 3u);
  EXPECT_EQ(of_kind(r, EvidenceKind::education).size(), 3u);
}

TEST(SeedCv, ScrapedProfile002KeepsChromeOut) {
  DocumentRecord r = extract_seed("002_5f39840c71515f25.txt");
  EXPECT_EQ(r.name, "Simiao Zuo");
  std::vector<const Evidence*> publications = of_kind(r, EvidenceKind::publication);
  ASSERT_EQ(publications.size(), 11u);
  EXPECT_EQ(publications[0]->title,
            "m3BERT: A Modern, Multi-lingual, Matryoshka Bidirectional Encoder");
  EXPECT_EQ(publications[0]->venue, "arXiv");
  EXPECT_EQ(publications[0]->year, 2026);
  EXPECT_EQ(publications[0]->status, PublicationStatus::preprint);
  EXPECT_NE(publications[0]->text.find("Embedding models are pivotal"), std::string::npos);
  for (const Evidence& e : r.evidence) {
    EXPECT_EQ(e.text.find("Log in to claim"), std::string::npos) << e.title;
    EXPECT_EQ(e.text.find("Trust"), std::string::npos) << e.title;
    EXPECT_EQ(e.title.find("Trust"), std::string::npos) << e.title;
  }
  EXPECT_TRUE(r.affiliations.empty());
}

TEST(SeedCv, AllCapsHeadings003) {
  DocumentRecord r = extract_seed("003_18620b862097bef0.txt");
  EXPECT_EQ(r.name, "Daize Dong");
  EXPECT_EQ(r.emails, (std::vector<std::string>{"dzdong2019@gmail.com"}));
  const Evidence* acl = publication(r, "ACL", 2023);
  ASSERT_NE(acl, nullptr);
  EXPECT_EQ(acl->title, "PAD-Net: An Efficient Framework for Dynamic Networks");
  EXPECT_EQ(acl->status, PublicationStatus::published);
  EXPECT_EQ(acl->role, AuthorRole::co_author);
  EXPECT_EQ(acl->authors.size(), 6u);
  const Evidence* findings = publication(r, "EMNLP-Findings", 2022);
  ASSERT_NE(findings, nullptr);
  EXPECT_EQ(findings->status, PublicationStatus::published);
  ASSERT_NE(publication(r, "WACV", 2023), nullptr);
  const Evidence* icml = publication(r, "ICML", 2024);
  ASSERT_NE(icml, nullptr);
  EXPECT_EQ(icml->status, PublicationStatus::under_review);
  EXPECT_EQ(icml->role, AuthorRole::co_first);
  EXPECT_EQ(icml->title, "A Graph is Worth K Words: Euclideanizing Graph using Pure Transformer");

  // The university heading inside EDUCATION is an entry, not a section.
  std::vector<const Evidence*> education = of_kind(r, EvidenceKind::education);
  ASSERT_EQ(education.size(), 1u);
  EXPECT_EQ(education[0]->organisation, "University of Electronic Science and Technology of China");
  std::vector<const Evidence*> experience = of_kind(r, EvidenceKind::experience);
  ASSERT_EQ(experience.size(), 5u);  // four positions and the LLaMA-MoE project
  EXPECT_EQ(experience[0]->position, "Research Assistant");
  EXPECT_EQ(experience[4]->title,
            "LLaMA-MoE: Building Mixture-of-Experts from LLaMA with Continual Pre-training");
  std::vector<const Evidence*> skills = of_kind(r, EvidenceKind::skills);
  ASSERT_EQ(skills.size(), 2u);
  EXPECT_EQ(skills[0]->title, "Technical Skills");
  EXPECT_EQ(skills[1]->title, "Relevant Courses");
  ASSERT_FALSE(of_kind(r, EvidenceKind::summary).empty());
  EXPECT_EQ(of_kind(r, EvidenceKind::summary)[0]->title, "Summary");
}

TEST(SeedCv, NestedBullets004) {
  DocumentRecord r = extract_seed("004_b833a841c0c884f2.txt");
  EXPECT_EQ(r.name, "Fuzhao Xue");
  EXPECT_EQ(r.emails, (std::vector<std::string>{"xuefuzhao@outlook.com"}));
  const Evidence* acl = publication(r, "ACL", 2023);
  ASSERT_NE(acl, nullptr);
  EXPECT_EQ(acl->title, "Sequence Parallelism: Long Sequence Training from System Perspective");
  EXPECT_EQ(acl->role, AuthorRole::co_first);
  const Evidence* neurips = publication(r, "NeurIPS", 2023);
  ASSERT_NE(neurips, nullptr);
  EXPECT_EQ(neurips->title,
            "To Repeat or Not To Repeat: Insights from Scaling LLM under Token-Crisis");
  EXPECT_EQ(neurips->role, AuthorRole::first);
  ASSERT_NE(publication(r, "ICML", 2023), nullptr);
  const Evidence* aaai = publication(r, "AAAI", 2022);
  ASSERT_NE(aaai, nullptr);
  EXPECT_EQ(aaai->title, "Go Wider Instead of Deeper");
  for (const Evidence* e : of_kind(r, EvidenceKind::publication)) {
    EXPECT_NE(e->venue, "ICLR") << e->title;
    EXPECT_NE(e->venue, "SIGIR") << e->title;
    EXPECT_EQ(e->title.find("Full Publication List"), std::string::npos);
  }
  for (const Evidence& e : r.evidence) {
    if (e.kind != EvidenceKind::publication) {
      EXPECT_EQ(e.venue, "") << e.title;
    }
  }
  EXPECT_TRUE(has_affiliation(r, "National University of Singapore"));
  EXPECT_TRUE(has_affiliation(r, "NVIDIA"));
  EXPECT_TRUE(has_affiliation(r, "Google"));
  std::vector<const Evidence*> experience = of_kind(r, EvidenceKind::experience);
  ASSERT_EQ(experience.size(), 5u);
  EXPECT_EQ(experience[0]->organisation, "NVIDIA");
  EXPECT_EQ(experience[0]->position, "Research Intern");
  EXPECT_EQ(experience[0]->dates, "Jan. 2023 - Present");
  EXPECT_EQ(experience[2]->position, "Ph.D. Candidate");
}

TEST(CvExtractor, KeepsWholeTextAndNeverThrows) {
  const std::string text = "# Jane Doe\n\n## Publications\n\n### \n\n- \n\n[\n\n**\n\n## Skills\n";
  DocumentRecord r;
  EXPECT_NO_THROW(r = extract_cv(text));
  EXPECT_EQ(r.text, text);
  EXPECT_EQ(r.name, "Jane Doe");
  EXPECT_NO_THROW(extract_cv(""));
  EXPECT_NO_THROW(extract_cv(std::string(5000, '#')));
  EXPECT_NO_THROW(extract_cv(std::string(3000, '[') + std::string(3000, '(')));
}

TEST(CvExtractor, PreambleOfASectionedDocumentIsNeverEvidence) {
  DocumentRecord r = extract_cv(
      "Log in to claim this profile and follow the researcher.\n## Education\nPeking University\n");
  ASSERT_EQ(r.evidence.size(), 1u);
  EXPECT_EQ(r.evidence[0].kind, EvidenceKind::education);
}

TEST(CvExtractor, DocumentWithoutSectionsIsABiography) {
  DocumentRecord r = extract_cv("Jon Barron is a scientist at Google.\nHe works on NeRF.\n");
  ASSERT_EQ(r.evidence.size(), 1u);
  EXPECT_EQ(r.evidence[0].kind, EvidenceKind::summary);
  EXPECT_NE(r.evidence[0].text.find("He works on NeRF."), std::string::npos);
  EXPECT_TRUE(extract_cv("Jon Barron\n").evidence.empty());
}

// cwu__PI.jemdoc: the interests line sits in the header block, before any section.
TEST(CvExtractor, LabelledInterestsInThePreambleAreEvidence) {
  DocumentRecord r = extract_cv(
      "# Chong Wu\nAssistant Professor\n\nResearch interest:  Statistical genetics/genomics, "
      "causal inference, integrative analysis.\n\n## Education\nPeking University\n");
  ASSERT_EQ(r.evidence.size(), 2u);
  EXPECT_EQ(r.evidence[1].kind, EvidenceKind::summary);
  EXPECT_EQ(r.evidence[1].title, "Research interests");
  EXPECT_NE(r.evidence[1].text.find("causal inference"), std::string::npos);
  // Other preamble lines stay out.
  EXPECT_EQ(r.evidence[1].text.find("Assistant Professor"), std::string::npos);
}

TEST(CvExtractor, UnknownSectionUnderClearHeadingIsSummary) {
  DocumentRecord r = extract_cv("## Education\nPeking University\n## Hobbies\nClimbing\n");
  ASSERT_EQ(r.evidence.size(), 2u);
  EXPECT_EQ(r.evidence[1].kind, EvidenceKind::summary);
  EXPECT_EQ(r.evidence[1].title, "Hobbies");
  EXPECT_EQ(r.evidence[1].text, "Climbing");
}

TEST(CvExtractor, AffiliationsAreUniqueAndInOrder) {
  DocumentRecord r = extract_cv(
      "## Education\n### Peking University\nBS\n### Peking University\nMS\n"
      "## Experience\n### Google | Software Engineer\n2019 - 2020\n");
  EXPECT_EQ(r.affiliations, (std::vector<std::string>{"Peking University", "Google"}));
}

}  // namespace
}  // namespace savant::indexer
