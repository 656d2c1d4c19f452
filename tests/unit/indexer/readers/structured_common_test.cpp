// SPDX-License-Identifier: MIT
// Tests of the helpers structured readers share: names, owners, roles, status.
#include "indexer/readers/structured_common.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::structured {
namespace {

std::vector<AuthorName> names(std::initializer_list<const char*> list) {
  std::vector<AuthorName> out;
  for (const char* n : list) out.push_back(parse_author(n));
  return out;
}

struct ParseAuthorCase {
  const char* text;
  const char* display;
  bool marked;
  bool emphasised;
};

class ParseAuthor : public ::testing::TestWithParam<ParseAuthorCase> {};

TEST_P(ParseAuthor, ReadsNameAndMarks) {
  AuthorName name = parse_author(GetParam().text);
  EXPECT_EQ(name.display, GetParam().display) << GetParam().text;
  EXPECT_EQ(name.marked, GetParam().marked) << GetParam().text;
  EXPECT_EQ(name.emphasised, GetParam().emphasised) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, ParseAuthor,
    ::testing::Values(ParseAuthorCase{"Boqi Chen", "Boqi Chen", false, false},
                      ParseAuthorCase{"Chen, Boqi", "Boqi Chen", false, false},
                      ParseAuthorCase{"Dean KM", "K. M. Dean", false, false},
                      ParseAuthorCase{"Adarsh Jamadandi*", "Adarsh Jamadandi", true, false},
                      ParseAuthorCase{"**Ruchao Fan**", "Ruchao Fan", false, true},
                      ParseAuthorCase{"<u><strong>Xin Tan</strong></u>", "Xin Tan", false, true},
                      ParseAuthorCase{"<b>Yiping Wang&dagger;</b>", "Yiping Wang", true, true},
                      ParseAuthorCase{"M.&nbsp;Carrasco<sup>✱</sup>", "M. Carrasco", true, false},
                      ParseAuthorCase{"Ludwig van Beethoven", "Ludwig van Beethoven", false,
                                      false}));

TEST(StructuredCommon, SplitsAuthorListsOfEveryShape) {
  auto displays = [](const std::vector<AuthorName>& list) {
    std::vector<std::string> out;
    for (const AuthorName& n : list) out.push_back(n.display);
    return out;
  };
  EXPECT_EQ(displays(parse_author_list("A. Smith, B. Jones and C. Brown")),
            (std::vector<std::string>{"A. Smith", "B. Jones", "C. Brown"}));
  EXPECT_EQ(displays(parse_author_list("Schneider, A. D.; Carone L.; Decin, L.")),
            (std::vector<std::string>{"A. D. Schneider", "L. Carone", "L. Decin"}));
  EXPECT_EQ(displays(parse_author_list("Wang, Y. R., Ung, C., & Fox, D.")),
            (std::vector<std::string>{"Y. R. Wang", "C. Ung", "D. Fox"}));
  EXPECT_EQ(displays(parse_author_list("Ann Lee, Bo Chen, et al.")),
            (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
}

TEST(StructuredCommon, InfersOwnerAcrossSpellings) {
  std::vector<std::vector<AuthorName>> lists = {
      names({"Belonovskii, A. V.", "Morozov, K. M."}),
      names({"Alexey V. Belonovski", "Kaliteevski, M. A."}),
      names({"Aleksei V. Belonovskii", "Girshova, E. I."}),
      names({"Morozov K.M.", "Belonovsky A. V."})};
  std::optional<Owner> owner = infer_owner(lists);
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->display, "Aleksei V. Belonovskii");
  EXPECT_EQ(owner_index(lists[3], *owner), 1);
}

TEST(StructuredCommon, DoesNotFoldDifferentGivenNames) {
  std::vector<std::vector<AuthorName>> lists = {names({"Chen, Kua", "Chen, Boqi"}),
                                                names({"Chen, Boqi", "Varró, Dániel"}),
                                                names({"Chen, Boqi", "Yang, Yujing"})};
  std::optional<Owner> owner = infer_owner(lists);
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->display, "Boqi Chen");
  EXPECT_EQ(owner_index(lists[0], *owner), 1);
}

TEST(StructuredCommon, RolesFromMarksAndNotes) {
  std::vector<AuthorName> authors = names({"Ann Lee*", "Bo Chen*", "Cy Park"});
  EXPECT_EQ(role_of(authors, 0, {}), AuthorRole::first);
  EXPECT_EQ(role_of(authors, 1, {}), AuthorRole::co_first);
  EXPECT_EQ(role_of(authors, 2, {}), AuthorRole::co_author);
  EXPECT_EQ(role_of(authors, -1, {}), AuthorRole::unknown);
  std::vector<AuthorName> plain = names({"Ho Bae", "Younghan Lee", "Yun Paek"});
  EqualContribution equal = read_equal_contribution(
      "First two authors contributed equally to this work (Ho Bae and Younghan Lee)", plain);
  EXPECT_EQ(equal.first_n, 2u);
  EXPECT_EQ(equal.indices, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(role_of(plain, 1, equal), AuthorRole::co_first);
  EXPECT_EQ(role_of(plain, 2, equal), AuthorRole::co_author);
}

TEST(StructuredCommon, PublicationStatusAndVenue) {
  const schema::VenueTable& venues = schema::VenueTable::builtin();
  PublicationFields fields;
  fields.title = "A Title.";
  fields.venue_names = {"Under review at ICLR 2025"};
  EXPECT_EQ(make_publication(fields, std::nullopt, venues).status, PublicationStatus::under_review);
  EXPECT_EQ(make_publication(fields, std::nullopt, venues).title, "A Title");
  fields.venue_names = {"arXiv preprint arXiv:2401.1"};
  EXPECT_EQ(make_publication(fields, std::nullopt, venues).status, PublicationStatus::preprint);
  fields.venue_names = {"Advances in Neural Information Processing Systems"};
  Evidence published = make_publication(fields, std::nullopt, venues);
  EXPECT_EQ(published.venue, "NeurIPS");
  EXPECT_EQ(published.status, PublicationStatus::published);
  fields.venue_names = {};
  fields.status_notes = {"to appear"};
  EXPECT_EQ(make_publication(fields, std::nullopt, venues).status, PublicationStatus::published);
}

TEST(StructuredCommon, CleansHtmlAndNames) {
  EXPECT_EQ(strip_html("<p>A &amp; B</p><script>x()</script><b>C</b>&#233;"), "A & B Cé");
  EXPECT_EQ(strip_html("<li>one</li><li>two</li>", true), "one\ntwo");
  EXPECT_EQ(person_name("Hongyan Chang (常红燕)"), "Hongyan Chang");
  EXPECT_EQ(person_name("Dr. Alexander C. Whitehead"), "Alexander C. Whitehead");
  EXPECT_EQ(person_name("XINYU ZHAO"), "Xinyu Zhao");
  EXPECT_EQ(deobfuscate_email("isaac dot rankin at stat dot ubc dot ca"),
            "isaac.rankin@stat.ubc.ca");
  EXPECT_EQ(deobfuscate_email("not an address"), "");
  EXPECT_EQ(name_opening("Bin Wang is an AI Research Scientist at MiroMind."), "Bin Wang");
  EXPECT_EQ(name_opening("This page is about research."), "");
}

TEST(StructuredCommon, CanonicalHeadings) {
  EXPECT_EQ(canonical_heading("Publications"), "Publications");
  EXPECT_EQ(canonical_heading("Selected Publications and Research Outputs"), "Publications");
  EXPECT_EQ(canonical_heading("Berufserfahrung"), "Experience");
  EXPECT_EQ(canonical_heading("Ausbildung"), "Education");
  EXPECT_EQ(canonical_heading("Something Else Entirely"), "Something Else Entirely");
}

TEST(StructuredCommon, LabelsCitationRunsOutsidePublicationSections) {
  std::string topic =
      "## Machine learning\n\nIntro.\n- He, Y., Wu, C., and Pan, W. (2021) [Title One](u). "
      "*Annals*, 49.\n- Wu, C., Xu, G., and Pan, W. (2020) [Title Two](u). *JMLR*, 21.\n";
  std::string labelled = label_citation_runs(topic);
  EXPECT_NE(labelled.find("## Publications\n\n- He, Y."), std::string::npos) << labelled;
  std::string already = "# Publications\n" + topic.substr(topic.find("- He"));
  EXPECT_EQ(label_citation_runs(already), already);
  std::string news = "## News\n- 09/2024: Attended NeurIPS!\n- 06/2024: Started internship.\n";
  EXPECT_EQ(label_citation_runs(news), news);
}

}  // namespace
}  // namespace savant::indexer::structured
