// SPDX-License-Identifier: MIT
// Tests of the BibTeX reader: publications, owner, roles, status; real files.
#include "indexer/readers/bibtex_reader.hpp"

#include "indexer/readers/structured_common.hpp"
#include "tests/unit/indexer/readers/structured_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

using test::find_evidence;
using test::read_text;

constexpr const char* kList = R"(
@inproceedings{a1,
  title = {Sparse {MoE} Routing},
  author = {M{\"u}ller, Anna and Smith, Bob and Chen, Carl},
  booktitle = {Proceedings of the 40th International Conference on Machine Learning},
  year = {2023},
  abstract = {We route tokens.},
  keywords = {mixture of experts, routing}
}
@article{a2,
  title = {Dense Models},
  author = {Bob Smith and Anna M\"uller*},
  journal = {arXiv preprint arXiv:2401.00001},
  year = 2024
}
@article{a3,
  title = {Equal Work},
  author = {Lee, Dan* and M{\"u}ller, A.* and Zhou, Eve},
  journal = {Journal of Obscure Results},
  year = {2022}
}
@misc{a4,
  title = {Under Review Paper},
  author = {\textbf{Anna M{\"u}ller} and Zhou, Eve},
  note = {Submitted to NeurIPS},
  year = {2025}
}
)";

TEST(BibtexReader, OneEvidencePerEntry) {
  DocumentRecord record = read_text(read_bibtex, kList, "list.bib");
  ASSERT_EQ(record.evidence.size(), 4u);
  const Evidence& first = record.evidence[0];
  EXPECT_EQ(first.kind, EvidenceKind::publication);
  EXPECT_EQ(first.title, "Sparse MoE Routing");
  EXPECT_EQ(first.authors, (std::vector<std::string>{"Anna Müller", "Bob Smith", "Carl Chen"}));
  EXPECT_EQ(first.venue, "ICML");
  EXPECT_EQ(first.year, 2023);
  EXPECT_EQ(first.status, PublicationStatus::published);
  EXPECT_NE(first.text.find("We route tokens."), std::string::npos);
  EXPECT_NE(first.text.find("mixture of experts"), std::string::npos);
}

TEST(BibtexReader, OwnerIsTheAuthorOnMostEntriesWithSpellingsFolded) {
  DocumentRecord record = read_text(read_bibtex, kList, "list.bib");
  // "Müller, Anna", "Anna M\"uller*", "M{\"u}ller, A.*" and "\textbf{Anna M{\"u}ller}" are one
  // person.
  EXPECT_EQ(record.name, "Anna Müller");
}

TEST(BibtexReader, RolesRelativeToTheOwner) {
  DocumentRecord record = read_text(read_bibtex, kList, "list.bib");
  ASSERT_EQ(record.evidence.size(), 4u);
  EXPECT_EQ(record.evidence[0].role, AuthorRole::first);
  EXPECT_EQ(record.evidence[1].role, AuthorRole::co_author);  // marked, but the first is not
  EXPECT_EQ(record.evidence[2].role, AuthorRole::co_first);   // marked like the first author
  EXPECT_EQ(record.evidence[3].role, AuthorRole::first);
}

TEST(BibtexReader, StatusFromJournalAndNotes) {
  DocumentRecord record = read_text(read_bibtex, kList, "list.bib");
  ASSERT_EQ(record.evidence.size(), 4u);
  EXPECT_EQ(record.evidence[1].venue, "arXiv");
  EXPECT_EQ(record.evidence[1].status, PublicationStatus::preprint);
  EXPECT_EQ(record.evidence[2].venue, "");
  EXPECT_EQ(record.evidence[2].status, PublicationStatus::published);
  EXPECT_EQ(record.evidence[2].text,
            "Journal of Obscure Results");  // unknown outlets stay searchable
  EXPECT_EQ(record.evidence[3].status, PublicationStatus::under_review);
}

TEST(BibtexReader, EprintWithoutJournalIsPreprintAndWithJournalPublished) {
  DocumentRecord record = read_text(read_bibtex, R"(
@article{p, title = {Only on arXiv}, author = {Ann Lee}, eprint = {2311.02156},
  archivePrefix = {arXiv}, year = 2023}
@article{q, title = {Also in a journal}, author = {Ann Lee}, eprint = {2311.02157},
  journal = {Phys. Rev. D}, year = 2024}
)",
                                    "e.bib");
  ASSERT_EQ(record.evidence.size(), 2u);
  EXPECT_EQ(record.evidence[0].status, PublicationStatus::preprint);
  EXPECT_EQ(record.evidence[0].venue, "arXiv");
  EXPECT_EQ(record.evidence[1].status, PublicationStatus::published);
  EXPECT_EQ(record.evidence[1].venue, "PRD");
}

TEST(BibtexReader, EqualContributionNotesMakeCoFirst) {
  DocumentRecord record = read_text(read_bibtex, R"(
@inproceedings{x, title = {One}, author = {Kim, Hyun and Lee, Young and Paek, Yun},
  note = {First two authors contributed equally}, year = 2023}
@inproceedings{y, title = {Two}, author = {Bae, Ho and Lee, Young and Paek, Yun},
  note = {Equal contribution (Ho Bae and Young Lee)}, year = 2021}
@inproceedings{z, title = {Three}, author = {Mandal, Dev and Lee, Young and Biswas, Soma},
  shared_authors = {Dev Mandal, Young Lee}, year = 2020}
@inproceedings{w, title = {Four}, author = {Elg, Alaa and Lee, Young and Blas, Tanja},
  footnoteindices = {0,1}, year = 2026}
)",
                                    "eq.bib");
  ASSERT_EQ(record.evidence.size(), 4u);
  EXPECT_EQ(record.name, "Young Lee");
  for (const Evidence& evidence : record.evidence) {
    EXPECT_EQ(evidence.role, AuthorRole::co_first) << evidence.title;
  }
}

TEST(BibtexReader, AdvisorTieGoesToTheMoreOftenFirstAuthor) {
  DocumentRecord record = read_text(read_bibtex, R"(
@article{a, title = {A}, author = {Chang, Hongyan and Shokri, Reza}, year = 2020}
@article{b, title = {B}, author = {Chang, Hongyan and Shokri, Reza}, year = 2021}
@article{c, title = {C}, author = {Ganesh, P. and Chang, Hongyan and Shokri, Reza}, year = 2022}
)",
                                    "tie.bib");
  EXPECT_EQ(record.name, "Hongyan Chang");
}

TEST(BibtexReader, NoOwnerWithoutMajority) {
  DocumentRecord record = read_text(read_bibtex, R"(
@article{a, title = {A}, author = {Ann Lee and Bo Chen}, year = 2020}
@article{b, title = {B}, author = {Cy Park and Di Wu}, year = 2021}
@article{c, title = {C}, author = {Ed Fox and Ann Lee}, year = 2022}
@article{d, title = {D}, author = {Gu Li and Hal Yu}, year = 2022}
)",
                                    "none.bib");
  EXPECT_EQ(record.name, "");
  EXPECT_EQ(record.evidence.size(), 4u);
  EXPECT_EQ(record.evidence[0].role, AuthorRole::unknown);
}

TEST(BibtexReader, SingleEntryNamesNoOneUnlessSoleOrBoldAuthor) {
  EXPECT_EQ(
      read_text(read_bibtex, "@article{a, title={T}, author={Ann Lee and Bo Chen}}", "a.bib").name,
      "");
  EXPECT_EQ(read_text(read_bibtex, "@article{a, title={T}, author={Lee, Ann}}", "a.bib").name,
            "Ann Lee");
  EXPECT_EQ(read_text(read_bibtex, "@article{a, title={T}, author={{\\bf Lee, Ann} and Bo Chen}}",
                      "a.bib")
                .name,
            "Ann Lee");
}

TEST(BibtexReader, SkipsMalformedEntriesButFailsWithoutAny) {
  DocumentRecord record = read_text(
      read_bibtex,
      "@article{bad, title = {Broken\n\n@article{ok, title = {Fine}, author = {A B}}\n", "m.bib");
  ASSERT_EQ(record.evidence.size(), 1u);
  EXPECT_EQ(record.evidence[0].title, "Fine");
  try {
    read_text(read_bibtex, "@article{bad, title = {Broken\n", "broken.bib");
    FAIL() << "expected an input error";
  } catch (const Error& error) {
    EXPECT_EQ(error.category(), ErrorCategory::input);
    EXPECT_NE(std::string(error.what()).find("broken.bib"), std::string::npos);
  }
  EXPECT_THROW(read_text(read_bibtex, "no entries here", "empty.bib"), Error);
}

// Real files: owner names from the manifest, counts and known entries.
struct RealBib {
  const char* file;
  bool named;  // whether the file names its owner (single-entry files cannot)
  std::size_t publications;
};

class BibtexRealFiles : public ::testing::TestWithParam<RealBib> {};

TEST_P(BibtexRealFiles, ReadsOwnerAndEntries) {
  const RealBib& param = GetParam();
  DocumentRecord record = test::read_real(read_bibtex, param.file);
  EXPECT_EQ(record.evidence.size(), param.publications) << param.file;
  if (!param.named) {
    EXPECT_EQ(record.name, "") << param.file;
    return;
  }
  std::string expected = test::manifest_researcher(param.file);
  ASSERT_FALSE(expected.empty()) << "not in the manifest: " << param.file;
  // The manifest's name and the file's most complete spelling are one person
  // ("Mohammad Abdul Mukit" and "Abdul Mukit").
  EXPECT_EQ(structured::index_of({structured::parse_author(record.name)}, expected), 0)
      << param.file << ": " << record.name << " vs " << expected;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BibtexRealFiles,
    ::testing::Values(
        RealBib{"abelonovskii__papers.bib", true, 30}, RealBib{"acjenkins__papers.bib", true, 27},
        RealBib{"aholliday__papers.bib", true, 9}, RealBib{"amukit__papers.bib", true, 9},
        RealBib{"aquessy__papers.bib", true, 6}, RealBib{"bchen__papers.bib", true, 12},
        RealBib{"beysenbach__papers.bib", true, 29}, RealBib{"ckrauter__bibliography.bib", true, 8},
        RealBib{"dberlyne__papers.bib", true, 7}, RealBib{"hchang__papers.bib", true, 8},
        RealBib{"hyin__mypublications.bib", true, 16},
        RealBib{"jbarron__Mildenhall2018.bib", false, 1},
        RealBib{"kmilintsevich__papers.bib", true, 10}, RealBib{"mcarrasco__papers.bib", true, 12},
        RealBib{"mfleischer__sec23_actor.bib", false, 1}, RealBib{"pgomes__ref.bib", true, 4},
        RealBib{"pyu__cv.bib", true, 9}, RealBib{"rdabre__papers.bib", true, 169},
        RealBib{"sbharadwaj__publications.bib", true, 6},
        RealBib{"schatterjee__papers.bib", true, 14},
        RealBib{"ttnguyen__cite-moe-approximation.bib", false, 1},
        RealBib{"ylee__papers.bib", true, 8}));

TEST(BibtexRealFiles, KnownEntries) {
  DocumentRecord beysenbach = test::read_real(read_bibtex, "beysenbach__papers.bib");
  const Evidence* diayn = find_evidence(beysenbach, "Diversity is All You Need");
  ASSERT_NE(diayn, nullptr);
  EXPECT_EQ(diayn->venue, "ICLR");
  EXPECT_EQ(diayn->year, 2019);
  EXPECT_EQ(diayn->role, AuthorRole::first);
  EXPECT_EQ(diayn->status, PublicationStatus::published);
  const Evidence* builder = find_evidence(beysenbach, "BuilderBench");
  ASSERT_NE(builder, nullptr);
  EXPECT_EQ(builder->status, PublicationStatus::preprint);
  EXPECT_EQ(builder->role, AuthorRole::co_author);

  DocumentRecord hchang = test::read_real(read_bibtex, "hchang__papers.bib");
  const Evidence* audit = find_evidence(hchang, "Efficient Privacy Auditing in Federated Learning");
  ASSERT_NE(audit, nullptr);
  EXPECT_EQ(audit->venue, "USENIX-Security");
  EXPECT_EQ(audit->year, 2024);

  DocumentRecord ylee = test::read_real(read_bibtex, "ylee__papers.bib");
  const Evidence* evade = find_evidence(ylee, "Learn2Evade");
  ASSERT_NE(evade, nullptr);
  EXPECT_EQ(evade->role, AuthorRole::co_first);  // "First two authors contributed equally"

  DocumentRecord jenkins = test::read_real(read_bibtex, "acjenkins__papers.bib");
  const Evidence* decay =
      find_evidence(jenkins, "Generalized cold-atom simulators for vacuum decay");
  ASSERT_NE(decay, nullptr);
  EXPECT_EQ(decay->year, 2024);
  EXPECT_EQ(decay->role, AuthorRole::first);

  DocumentRecord bchen = test::read_real(read_bibtex, "bchen__papers.bib");
  const Evidence* lopez = find_evidence(bchen, "inter-dataset code duplication");
  ASSERT_NE(lopez, nullptr);
  ASSERT_FALSE(lopez->authors.empty());
  EXPECT_EQ(lopez->authors[0], "José Antonio Hernández López");
  EXPECT_EQ(lopez->year, 2025);
}

}  // namespace
}  // namespace savant::indexer
