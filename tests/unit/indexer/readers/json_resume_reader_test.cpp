// SPDX-License-Identifier: MIT
// Tests of the JSON Resume and JSON publication-list readers.
#include "indexer/readers/json_resume_reader.hpp"

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

constexpr const char* kResume = R"({
  "basics": {"name": "Ada Lovelace", "label": "Research Scientist", "email": "ada@example.org",
             "summary": "Works on analytical engines.", "location": {"city": "London"}},
  "work": [{"name": "Analytical Engines Ltd", "position": "Research Scientist",
            "startDate": "2019-05", "summary": "Built engines.", "highlights": ["Loops", "Cards"]}],
  "volunteer": [{"organization": "ICML", "position": "Reviewer", "startDate": "2022",
                 "endDate": "2023"}],
  "education": [{"institution": "University of London", "studyType": "PhD", "area": "Mathematics",
                 "startDate": "2014", "endDate": "2018", "score": "First"}],
  "publications": [{"name": "Notes on the Engine",
                    "publisher": "Advances in Neural Information Processing Systems",
                    "releaseDate": "2021-12-01", "summary": "Translation and notes."},
                   {"name": "A New Engine", "publisher": "Submitted: ICLR'26",
                    "releaseDate": "2025"}],
  "skills": [{"name": "Programming", "keywords": ["C++", "Python"]}, {"name": "Math"}],
  "awards": [{"title": "Best Paper", "awarder": "NeurIPS", "date": "2021"}],
  "projects": [{"name": "Difference Engine", "description": "A calculator.",
                "startDate": "2020-01", "endDate": "2020-06"}],
  "interests": [{"name": "Poetry", "keywords": ["Byron"]}],
  "languages": [{"language": "English"}]
})";

TEST(JsonResumeReader, ReadsBasics) {
  DocumentRecord record = read_text(read_json_resume, kResume, "resume.json");
  EXPECT_EQ(record.name, "Ada Lovelace");
  EXPECT_EQ(record.emails, (std::vector<std::string>{"ada@example.org"}));
  const Evidence* summary = find_evidence(record, "Summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->kind, EvidenceKind::summary);
  EXPECT_NE(summary->text.find("analytical engines"), std::string::npos);
}

TEST(JsonResumeReader, ReadsWorkEducationAndProjects) {
  DocumentRecord record = read_text(read_json_resume, kResume, "resume.json");
  const Evidence* job = find_evidence(record, "Research Scientist, Analytical Engines");
  ASSERT_NE(job, nullptr);
  EXPECT_EQ(job->kind, EvidenceKind::experience);
  EXPECT_EQ(job->organisation, "Analytical Engines Ltd");
  EXPECT_EQ(job->position, "Research Scientist");
  EXPECT_EQ(job->dates, "2019-05 - Present");
  EXPECT_NE(job->text.find("Loops"), std::string::npos);
  const Evidence* degree = find_evidence(record, "PhD in Mathematics");
  ASSERT_NE(degree, nullptr);
  EXPECT_EQ(degree->kind, EvidenceKind::education);
  EXPECT_EQ(degree->organisation, "University of London");
  EXPECT_EQ(degree->year, 2018);
  const Evidence* project = find_evidence(record, "Difference Engine");
  ASSERT_NE(project, nullptr);
  EXPECT_EQ(project->kind, EvidenceKind::experience);
  EXPECT_EQ(project->dates, "2020-01 - 2020-06");
  EXPECT_EQ(record.affiliations,
            (std::vector<std::string>{"Analytical Engines Ltd", "University of London"}));
}

TEST(JsonResumeReader, ReadsPublicationsSkillsAwardsInterests) {
  DocumentRecord record = read_text(read_json_resume, kResume, "resume.json");
  EXPECT_EQ(count_kind(record, EvidenceKind::publication), 2);
  const Evidence* notes = find_evidence(record, "Notes on the Engine");
  ASSERT_NE(notes, nullptr);
  EXPECT_EQ(notes->venue, "NeurIPS");
  EXPECT_EQ(notes->year, 2021);
  EXPECT_EQ(notes->status, PublicationStatus::published);
  const Evidence* submitted = find_evidence(record, "A New Engine");
  ASSERT_NE(submitted, nullptr);
  EXPECT_EQ(submitted->status, PublicationStatus::under_review);
  EXPECT_EQ(count_kind(record, EvidenceKind::skills), 1);
  const Evidence* skills = find_evidence(record, "Skills");
  ASSERT_NE(skills, nullptr);
  EXPECT_EQ(skills->text, "Programming: C++, Python\nMath");
  ASSERT_NE(find_evidence(record, "Awards"), nullptr);
  EXPECT_NE(find_evidence(record, "Awards")->text.find("Best Paper, NeurIPS (2021)"),
            std::string::npos);
  ASSERT_NE(find_evidence(record, "Interests"), nullptr);
}

TEST(JsonResumeReader, ReadsVariantSectionKeys) {
  DocumentRecord record = read_text(read_json_resume, R"({
    "basics": {"name": "B. C."},
    "work experience": [{"company": "Acme", "position": "Engineer", "startDate": "2020",
                         "endDate": "2021"}],
    "Technical skills": [{"name": "ML", "keywords": ["PyTorch"]}],
    "project highlights": [{"name": "Glider", "summary": "RL pilot."}]
  })",
                                    "r.json");
  ASSERT_NE(find_evidence(record, "Engineer, Acme"), nullptr);
  ASSERT_NE(find_evidence(record, "Technical skills"), nullptr);
  EXPECT_EQ(find_evidence(record, "Technical skills")->kind, EvidenceKind::skills);
  ASSERT_NE(find_evidence(record, "Glider"), nullptr);
}

TEST(JsonResumeReader, ToleratesOddShapes) {
  DocumentRecord record = read_text(read_json_resume, R"({
    "basics": "just a string", "work": {"not": "a list"}, "education": [1, null, "BSc Physics"],
    "skills": "C++, Rust", "publications": [{"summary": "no title"}]
  })",
                                    "odd.json");
  EXPECT_EQ(record.name, "");
  EXPECT_EQ(count_kind(record, EvidenceKind::publication), 0);
  EXPECT_THROW(read_text(read_json_resume, "{ not json", "bad.json"), Error);
  EXPECT_THROW(read_text(read_json_resume, "[1, 2]", "array.json"), Error);
}

TEST(PublicationListJson, ReadsEntriesAndInfersOwner) {
  DocumentRecord record = read_text(read_publication_list_json, R"([
    {"title": "Paper One",
     "authors_display": "<strong>A.&nbsp;Smith</strong><sup>*</sup>, B.&nbsp;Jones<sup>*</sup>",
     "venue": "International Conference on Machine Learning", "year": "2024"},
    {"title": "Paper Two", "authors": ["C. Brown", "A. Smith"], "venue": "Preprint", "year": 2025,
     "keywords": ["submitted"]},
    {"title": "Paper Three", "author": [{"family": "Smith", "given": "Alice"}],
     "container-title": "Nature", "issued": {"date-parts": [[2023, 5]]}}
  ])",
                                    "pubs.json");
  EXPECT_EQ(record.name, "Alice Smith");
  ASSERT_EQ(record.evidence.size(), 3u);
  EXPECT_EQ(record.evidence[0].venue, "ICML");
  EXPECT_EQ(record.evidence[0].role, AuthorRole::first);
  EXPECT_EQ(record.evidence[1].role, AuthorRole::co_author);
  EXPECT_EQ(record.evidence[1].status, PublicationStatus::under_review);
  EXPECT_EQ(record.evidence[2].year, 2023);
  EXPECT_THROW(read_text(read_publication_list_json, R"({"a": 1})", "x.json"), Error);
}

// Real files: every JSON Resume names the manifest's researcher.
class JsonResumeRealFiles : public ::testing::TestWithParam<const char*> {};

TEST_P(JsonResumeRealFiles, NamesTheResearcher) {
  DocumentRecord record = test::read_real(read_json_resume, GetParam());
  std::string expected = structured::person_name(test::manifest_researcher(GetParam()));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(record.name, expected) << GetParam();
  EXPECT_GE(record.evidence.size(), 5u) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Corpus, JsonResumeRealFiles,
                         ::testing::Values("aalkurdi__resume.json", "abelonovskii__resume.json",
                                           "afkhan__resume.json", "aholliday__resume.json",
                                           "amukit__resume.json", "ckrauter__resume.json",
                                           "irankin__resume.json", "kmilintsevich__resume.json",
                                           "yding__resume.json", "ylee__resume.json"));

TEST(JsonResumeRealFiles, KnownContent) {
  // Curly quotes inside strings must not break parsing (the raw bytes are parsed).
  DocumentRecord alkurdi = test::read_real(read_json_resume, "aalkurdi__resume.json");
  EXPECT_EQ(count_kind(alkurdi, EvidenceKind::publication), 5);

  DocumentRecord milintsevich = test::read_real(read_json_resume, "kmilintsevich__resume.json");
  EXPECT_EQ(count_kind(milintsevich, EvidenceKind::publication), 3);
  const Evidence* lexicon = find_evidence(milintsevich, "Evaluating Lexicon Incorporation");
  ASSERT_NE(lexicon, nullptr);
  // "6th Clinical Natural Language Processing Workshop (Clinical NLP) at NAACL 2024":
  // a workshop held at NAACL is not NAACL (docs/TAXONOMY.md).
  EXPECT_EQ(lexicon->venue, "");
  EXPECT_EQ(lexicon->year, 2024);

  DocumentRecord khan = test::read_real(read_json_resume, "afkhan__resume.json");
  EXPECT_EQ(count_kind(khan, EvidenceKind::publication), 18);
  const Evidence* flstore = find_evidence(khan, "FLStore");
  ASSERT_NE(flstore, nullptr);
  EXPECT_EQ(flstore->venue, "MLSys");
  EXPECT_EQ(flstore->year, 2025);

  DocumentRecord rankin = test::read_real(read_json_resume, "irankin__resume.json");
  EXPECT_EQ(rankin.emails, (std::vector<std::string>{"isaac.rankin@stat.ubc.ca"}));

  DocumentRecord krauter = test::read_real(read_json_resume, "ckrauter__resume.json");
  const Evidence* phd =
      find_evidence(krauter, "Ph.D. in Computer Science, University of Stuttgart");
  ASSERT_NE(phd, nullptr);
  EXPECT_EQ(phd->kind, EvidenceKind::education);

  DocumentRecord carrasco =
      test::read_real(read_publication_list_json, "mcarrasco__publications.json");
  EXPECT_EQ(carrasco.evidence.size(), 10u);
  EXPECT_EQ(structured::index_of({structured::parse_author(carrasco.name)},
                                 test::manifest_researcher("mcarrasco__publications.json")),
            0);
  const Evidence* topox = find_evidence(carrasco, "Applications of TopoX");
  ASSERT_NE(topox, nullptr);
  // "... Workshop (GRaM) @ ICML": not ICML.
  EXPECT_EQ(topox->venue, "");
  EXPECT_EQ(topox->year, 2024);
  EXPECT_EQ(topox->role, AuthorRole::first);
}

}  // namespace
}  // namespace savant::indexer
