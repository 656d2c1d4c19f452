// SPDX-License-Identifier: MIT
// Tests of the YAML site-data reader (al-folio cv.yml, Hugo biography.yml, publication lists).
#include "indexer/readers/yaml_cv_reader.hpp"

#include "indexer/readers/structured_common.hpp"
#include "tests/unit/indexer/readers/structured_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

using test::count_kind;
using test::find_evidence;
using test::read_text;

TEST(YamlCvReader, ReadsAlFolioSections) {
  DocumentRecord record = read_text(read_yaml_cv, R"(
- title: General Information
  type: map
  contents:
    - name: Full Name
      value: Grace Hopper
    - name: Email
      value: grace@navy.mil
- title: Education
  type: time_table
  contents:
    - title: PhD in Mathematics
      institution: Yale University
      year: 1990 - 1994
      description:
        - Thesis on irreducibility criteria
- title: Experience
  type: time_table
  contents:
    - title: Senior Programmer
      institution: Eckert-Mauchly Computer Corporation
      year: 1949 - 1952
      description:
        - Wrote the first compiler
        - title: Nested
          contents:
            - Sub item
- title: Honors and Awards
  type: time_table
  contents:
    - year: 1991
      items:
        - National Medal of Technology
- title: Academic Service
  type: list
  contents:
    - Reviewer for the ACM
)",
                                    "cv.yml");
  EXPECT_EQ(record.name, "Grace Hopper");
  EXPECT_EQ(record.emails, (std::vector<std::string>{"grace@navy.mil"}));
  const Evidence* phd = find_evidence(record, "PhD in Mathematics");
  ASSERT_NE(phd, nullptr);
  EXPECT_EQ(phd->kind, EvidenceKind::education);
  EXPECT_EQ(phd->organisation, "Yale University");
  EXPECT_EQ(phd->year, 1994);
  const Evidence* job = find_evidence(record, "Senior Programmer");
  ASSERT_NE(job, nullptr);
  EXPECT_EQ(job->kind, EvidenceKind::experience);
  EXPECT_NE(job->text.find("Sub item"), std::string::npos);
  ASSERT_NE(find_evidence(record, "Awards"), nullptr);
  EXPECT_NE(find_evidence(record, "Awards")->text.find("National Medal"), std::string::npos);
  ASSERT_NE(find_evidence(record, "Academic Service"), nullptr);
}

TEST(YamlCvReader, ReadsHugoBiographyKeys) {
  DocumentRecord record = read_text(read_yaml_cv, R"(
career:
  - date: "05/2025 - Present"
    position: "AI Research Scientist"
    organization: "MiroMind, Singapore"
  - date: "08/2017 - 05/2021"
    position: "Ph.D. Student"
    organization: "University of Southern California"
awards:
  - "Best Paper Award, ACL 2024"
short_bio: "Bin Wang is an AI Research Scientist at MiroMind."
research_topics:
  - Audio LLMs
)",
                                    "biography.yml");
  EXPECT_EQ(record.name, "Bin Wang");  // from the bio's opening words
  const Evidence* job = find_evidence(record, "AI Research Scientist");
  ASSERT_NE(job, nullptr);
  EXPECT_EQ(job->kind, EvidenceKind::experience);
  EXPECT_EQ(job->dates, "05/2025 - Present");
  const Evidence* phd = find_evidence(record, "Ph.D. Student");
  ASSERT_NE(phd, nullptr);
  EXPECT_EQ(phd->kind, EvidenceKind::education);  // student years in a career list are study
  ASSERT_NE(find_evidence(record, "Interests"), nullptr);
  ASSERT_NE(find_evidence(record, "Short bio"), nullptr);
}

TEST(YamlCvReader, ReadsPublicationListsAndInfersOwner) {
  DocumentRecord record = read_text(read_yaml_cv, R"(
main:
  - title: "Paper A"
    authors: "<u><strong>Xin Tan</strong></u>, Bo Li"
    conference: "ACM SIGCOMM, 2026."
  - title: "Paper B"
    authors: Bo Li, Xin Tan
    conference: "Arxiv preprint, 2025."
    preprint: true
  - title: "Paper C"
    authors:
      - "Carl Wu*"
      - "Xin Tan*"
    year: 2024
    venue: "NeurIPS'24"
    bibtex: |
      @inproceedings{c, year = {2024},
        booktitle = {Advances in Neural Information Processing Systems}}
)",
                                    "publications.yml");
  EXPECT_EQ(record.name, "Xin Tan");
  ASSERT_EQ(count_kind(record, EvidenceKind::publication), 3);
  const Evidence* a = find_evidence(record, "Paper A");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->venue, "SIGCOMM");
  EXPECT_EQ(a->year, 2026);
  EXPECT_EQ(a->role, AuthorRole::first);
  const Evidence* b = find_evidence(record, "Paper B");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->status, PublicationStatus::preprint);
  EXPECT_EQ(b->role, AuthorRole::co_author);
  const Evidence* c = find_evidence(record, "Paper C");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->venue, "NeurIPS");
  EXPECT_EQ(c->role, AuthorRole::co_first);
}

TEST(YamlCvReader, NeverCrashesOnOddShapes) {
  for (const char* odd : {"just a scalar", "- 1\n- 2\n- [a, b]\n", "education: 42\n",
                          "publications:\n  - just a string\n  - {title: }\n",
                          "experience:\n  - {institution: [a, b], position: {x: 1}}\n",
                          "a: &x {b: *x}\n", "~\n", ""}) {
    EXPECT_NO_THROW(read_text(read_yaml_cv, odd, "odd.yml")) << odd;
  }
  EXPECT_THROW(read_text(read_yaml_cv, "key: [unclosed\n", "bad.yml"), Error);
}

// Real files: the manifest's name, publication counts and known entries.
struct RealYaml {
  const char* file;
  int publications;
};

class YamlRealFiles : public ::testing::TestWithParam<RealYaml> {};

TEST_P(YamlRealFiles, NamesTheResearcher) {
  DocumentRecord record = test::read_real(read_yaml_cv, GetParam().file);
  std::string expected = structured::person_name(test::manifest_researcher(GetParam().file));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(record.name, expected) << GetParam().file;
  EXPECT_EQ(count_kind(record, EvidenceKind::publication), GetParam().publications)
      << GetParam().file;
  EXPECT_FALSE(record.evidence.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, YamlRealFiles,
    ::testing::Values(RealYaml{"aalkurdi__cv.yml", 0}, RealYaml{"ajamadandi__publications.yml", 6},
                      RealYaml{"bwang__biography.yml", 0}, RealYaml{"hchang__cv.yml", 0},
                      RealYaml{"pgomes__pi.yml", 0}, RealYaml{"rzurbruegg__publications.yml", 4},
                      RealYaml{"xtan__publications.yml", 10},
                      RealYaml{"ypwang__publications.yml", 17}));

TEST(YamlRealFiles, KnownEntries) {
  DocumentRecord tan = test::read_real(read_yaml_cv, "xtan__publications.yml");
  const Evidence* dsv = find_evidence(tan, "DSV: Exploiting Dynamic Sparsity");
  ASSERT_NE(dsv, nullptr);
  EXPECT_EQ(dsv->venue, "ASPLOS");
  EXPECT_EQ(dsv->year, 2026);
  EXPECT_EQ(dsv->role, AuthorRole::first);
  EXPECT_EQ(dsv->status, PublicationStatus::published);

  DocumentRecord jamadandi = test::read_real(read_yaml_cv, "ajamadandi__publications.yml");
  const Evidence* comfy = find_evidence(jamadandi, "GNNs Getting ComFy");
  ASSERT_NE(comfy, nullptr);
  EXPECT_EQ(comfy->venue, "ICLR");
  EXPECT_EQ(comfy->year, 2025);
  EXPECT_EQ(comfy->role, AuthorRole::co_first);

  DocumentRecord zurbruegg = test::read_real(read_yaml_cv, "rzurbruegg__publications.yml");
  const Evidence* icg = find_evidence(zurbruegg, "ICGNet");
  ASSERT_NE(icg, nullptr);
  EXPECT_EQ(icg->venue, "ICRA");
  EXPECT_EQ(icg->year, 2024);

  DocumentRecord wang = test::read_real(read_yaml_cv, "bwang__biography.yml");
  const Evidence* miromind = find_evidence(wang, "AI Research Scientist, MiroMind");
  ASSERT_NE(miromind, nullptr);
  EXPECT_EQ(miromind->kind, EvidenceKind::experience);

  DocumentRecord chang = test::read_real(read_yaml_cv, "hchang__cv.yml");
  const Evidence* postdoc = find_evidence(chang, "Postdoctoral Researcher");
  ASSERT_NE(postdoc, nullptr);
  EXPECT_EQ(postdoc->organisation, "Mohamed bin Zayed University of AI (MBZUAI)");
}

}  // namespace
}  // namespace savant::indexer
