// SPDX-License-Identifier: MIT
// Tests for the owner of a publication list read off its author lines.
#include "indexer/extract/list_owner.hpp"

#include "indexer/extract/cv_extractor.hpp"
#include "indexer/extract/line_model.hpp"
#include "schema/text_normalizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::detail {
namespace {

std::vector<std::string> names_of(const std::vector<LineAuthor>& authors) {
  std::vector<std::string> names;
  for (const LineAuthor& author : authors) names.push_back(author.name);
  return names;
}

std::string owner_of(std::string_view text) {
  std::vector<Line> lines = build_lines(schema::normalize_text(text));
  return publication_list_owner(lines);
}

TEST(BibliographyAuthors, ALoneNameWithASentencePeriodIsAnAuthorLine) {
  EXPECT_EQ(names_of(bibliography_authors("Louis Hainaut. \\\\")),
            (std::vector<std::string>{"Louis Hainaut"}));
  EXPECT_EQ(names_of(bibliography_authors("Nir Gadish and Louis Hainaut. \\\\")),
            (std::vector<std::string>{"Nir Gadish", "Louis Hainaut"}));
}

TEST(BibliographyAuthors, SurnameCommaGivenPairsAreTurnedAround) {
  EXPECT_EQ(names_of(bibliography_authors("Vie, Jill-Jênn, Fabrice Popineau, Yolaine Bourda, and "
                                          "Éric Bruillard. 2016a.")),
            (std::vector<std::string>{"Jill-Jênn Vie", "Fabrice Popineau", "Yolaine Bourda",
                                      "Éric Bruillard"}));
  EXPECT_EQ(names_of(bibliography_authors("Hornberger, George, Ayers, John, & Ajayi, Moyo 2018: "
                                          "\"Hydraulic Fracturing\" Oxford Bibliographies")),
            (std::vector<std::string>{"George Hornberger", "John Ayers", "Moyo Ajayi"}));
}

TEST(BibliographyAuthors, InitialsKeepTheirPeriodsAndElisionsAreSkipped) {
  EXPECT_EQ(names_of(bibliography_authors("Taylor, B. N., Patterson, A. E., **Ajayi, M.**, ... & "
                                          "Guerin, M. 2018: \"Growth\"")),
            (std::vector<std::string>{"B. N. Taylor", "A. E. Patterson", "M. Ajayi", "M Guerin"}));
}

TEST(BibliographyAuthors, FrenchEtSeparatesNames) {
  EXPECT_EQ(names_of(bibliography_authors("Vie, Jill-Jênn, Fabrice Popineau, Éric Bruillard et "
                                          "Yolaine Bourda. 2016c.")),
            (std::vector<std::string>{"Jill-Jênn Vie", "Fabrice Popineau", "Éric Bruillard",
                                      "Yolaine Bourda"}));
}

TEST(BibliographyAuthors, BoldMarksTheName) {
  std::vector<LineAuthor> authors =
      bibliography_authors("**Ajayi, Moyo**, Ayers, John, & Hornberger, George 2017: \"Title\"");
  ASSERT_EQ(authors.size(), 3U);
  EXPECT_TRUE(authors[0].bold);
  EXPECT_FALSE(authors[1].bold);
  EXPECT_FALSE(authors[2].bold);
}

TEST(BibliographyAuthors, TitleVenueAndLabelLinesAreNotAuthorLines) {
  EXPECT_TRUE(bibliography_authors("_Top weight cohomology of moduli spaces of Riemann surfaces "
                                   "and handlebodies_. \\\\")
                  .empty());
  EXPECT_TRUE(
      bibliography_authors("arXiv: [2305.03046](https://arxiv.org/abs/2305.03046).").empty());
  EXPECT_TRUE(bibliography_authors("Stanford University, Palo Alto").empty());
  EXPECT_TRUE(bibliography_authors("Deep Learning, Computer Vision").empty());
  EXPECT_TRUE(bibliography_authors("2018").empty());
}

TEST(PublicationListOwner, ThePersonOnEveryAuthorLineOwnsTheList) {
  EXPECT_EQ(owner_of("## Preprints\n\n"
                     "1. Louis Hainaut. \\\\\n_A title on functors_. \\\\\narXiv: 2311.16881.\n\n"
                     "1. Louis Hainaut and Dan Petersen. \\\\\n_Top weight cohomology_. \\\\\n\n"
                     "1. Nir Gadish and Louis Hainaut. \\\\\n_Configuration spaces_. \\\\\n"),
            "Louis Hainaut");
}

TEST(PublicationListOwner, TheFullestSpellingNamesTheOwner) {
  EXPECT_EQ(owner_of("Ajayi, M., Ayers, J. 2015: \"One\"\n"
                     "Ajayi, Moyo, Ayers, John 2017: \"Two\"\n"
                     "Taylor, B. N., Ajayi, M. 2018: \"Three\"\n"),
            "Moyo Ajayi");
}

TEST(PublicationListOwner, BoldOnThreeLinesNamesTheOwnerWhenNoOneIsOnMost) {
  // On two lines of five and bold on both: too few to name the owner.
  const char* two_bold =
      "**Ada Lovelace** and Bo Chen. 2020.\n**Ada Lovelace** and Cy Dunn. 2021.\n"
      "Bo Chen and Cy Dunn. 2022.\nEd Fox and Gil Hart. 2023.\nIan Kay and Jo Lee. 2024.\n";
  EXPECT_EQ(owner_of(two_bold), "");
  const char* three_bold =
      "**Ada Lovelace** and Bo Chen. 2020.\n**Ada Lovelace** and Cy Dunn. 2021.\n"
      "**Ada Lovelace** and Ed Fox. 2022.\nEd Fox and Gil Hart. 2023.\nIan Kay and Jo Lee. 2024.\n";
  EXPECT_EQ(owner_of(three_bold), "Ada Lovelace");
}

TEST(PublicationListOwner, FewerThanThreeAuthorLinesNameNoOne) {
  EXPECT_EQ(owner_of("Louis Hainaut. \\\\\nLouis Hainaut and Dan Petersen.\n"), "");
}

TEST(PublicationListOwner, NoOneOnThreeQuartersOfTheLinesNamesNoOne) {
  EXPECT_EQ(owner_of("Ada Lovelace and Bo Chen. 2020.\nAda Lovelace and Cy Dunn. 2021.\n"
                     "Bo Chen and Cy Dunn. 2022.\nEd Fox and Gil Hart. 2023.\n"),
            "");
}

TEST(PublicationListOwner, ExtractorNamesANamelessListByItsOwner) {
  DocumentRecord record = extract_cv(schema::normalize_text(
      "# Publications\n\n"
      "Vie, Jill-Jênn. \"Adaptive tests for knowledge diagnosis\"\n\n"
      "Vie, Jill-Jênn, Fabrice Popineau, and Éric Bruillard. 2016a.\n"
      "\"A Review of Recent Advances in Adaptive Assessment.\" In Learning Analytics. Springer.\n\n"
      "Vie, Jill-Jênn, Fabrice Popineau, and Yolaine Bourda. 2016b.\n"
      "\"Adaptive Testing Using a General Diagnostic Model.\" In EC-TEL 2016. Springer.\n"));
  EXPECT_EQ(record.name, "Jill-Jênn Vie");
}

TEST(PublicationListOwner, ExtractorLeavesDocumentsWithoutAPublicationSectionAlone) {
  DocumentRecord record = extract_cv(
      schema::normalize_text("# Talks\n\n"
                             "Ada Lovelace and Bo Chen. 2020.\nAda Lovelace and Cy Dunn. 2021.\n"
                             "Ada Lovelace and Ed Fox. 2022.\n"));
  EXPECT_EQ(record.name, "");
}

}  // namespace
}  // namespace savant::indexer::detail
