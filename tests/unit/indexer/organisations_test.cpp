// SPDX-License-Identifier: MIT
// Tests for telling employers, job titles and degrees apart.
#include "indexer/extract/organisations.hpp"

#include <gtest/gtest.h>

namespace savant::indexer::detail {
namespace {

struct HeadlineCase {
  const char* headline;
  const char* organisation;
  const char* position;
};

class HeadlineSplitter : public ::testing::TestWithParam<HeadlineCase> {};

TEST_P(HeadlineSplitter, FindsEmployerAndJobTitle) {
  Headline h = split_headline(GetParam().headline);
  EXPECT_EQ(h.organisation, GetParam().organisation) << GetParam().headline;
  EXPECT_EQ(h.position, GetParam().position) << GetParam().headline;
}

INSTANTIATE_TEST_SUITE_P(
    Headlines, HeadlineSplitter,
    ::testing::Values(HeadlineCase{"Internship: Baidu Search Ads | Multimodal Deep Learning",
                                   "Baidu Search Ads", "Internship"},
                      HeadlineCase{"NVIDIA | Work Remotely from Singapore Research Intern",
                                   "NVIDIA", "Research Intern"},
                      HeadlineCase{"Google | Work Remotely from Singapore Student Researcher",
                                   "Google", "Student Researcher"},
                      HeadlineCase{"National University of Singapore | Singapore | Ph.D. Candidate",
                                   "National University of Singapore", "Ph.D. Candidate"},
                      HeadlineCase{"Nanyang Technological University | Singapore M.Eng. Student",
                                   "Nanyang Technological University", "M.Eng. Student"},
                      HeadlineCase{"OpenGVLab, Shanghai Artificial Intelligence Laboratory",
                                   "OpenGVLab, Shanghai Artificial Intelligence Laboratory", ""},
                      HeadlineCase{"Research Fellow at ISPAMM Lab Sapienza.", "ISPAMM Lab Sapienza",
                                   "Research Fellow"},
                      HeadlineCase{"Research Assistant, Shanghai AI Lab", "Shanghai AI Lab",
                                   "Research Assistant"}));

TEST(Organisations, RecognisesInstitutionsAndOrganisations) {
  EXPECT_TRUE(looks_like_institution("Peking University"));
  EXPECT_TRUE(looks_like_institution("Huangzhong University of Science and Technology"));
  EXPECT_FALSE(looks_like_institution("Beijing, China"));
  EXPECT_TRUE(looks_like_organisation("Data Intelligence Group, UESTC"));
  EXPECT_FALSE(looks_like_organisation("Multimodal Deep Learning"));
}

TEST(Organisations, RecognisesJobTitles) {
  EXPECT_TRUE(is_position("Research Assistant"));
  EXPECT_TRUE(is_position("Independent Collaborator"));
  EXPECT_TRUE(is_position("Internship"));
  EXPECT_TRUE(is_position("Ph.D. Candidate"));
  EXPECT_FALSE(is_position("Instructor: Dr. Xiaoye Qu. Supervisor: Prof. Yu Cheng"));
  EXPECT_FALSE(is_position("Mixture of Experts, Large Language Models"));
  EXPECT_EQ(trailing_position("Work Remotely from Singapore Research Intern"), "Research Intern");
  EXPECT_EQ(trailing_position("Peking University"), "");
}

struct DegreeCase {
  const char* line;
  bool is_degree;
  const char* degree;
};

class DegreeReader : public ::testing::TestWithParam<DegreeCase> {};

TEST_P(DegreeReader, ReadsDegree) {
  EXPECT_EQ(is_degree(GetParam().line), GetParam().is_degree) << GetParam().line;
  if (GetParam().is_degree) {
    EXPECT_EQ(degree_of(GetParam().line), GetParam().degree);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Lines, DegreeReader,
    ::testing::Values(
        DegreeCase{"MS in Computer Technology - GPA: 3.52/4", true, "MS in Computer Technology"},
        DegreeCase{"BA in Translation and Interpreting - GPA: 3.99/4", true,
                   "BA in Translation and Interpreting"},
        DegreeCase{"Minor in Computer Science and Technology", true,
                   "Minor in Computer Science and Technology"},
        DegreeCase{"Doctor of Philosophy (Ph.D.)", true, "Doctor of Philosophy (Ph.D.)"},
        DegreeCase{"Ph.D. in Data Science", true, "Ph.D. in Data Science"},
        DegreeCase{"Master's Degree in Engineering", true, "Master's Degree in Engineering"},
        DegreeCase{"Peking University", false, ""},
        DegreeCase{"Massive Data Analysis", false, ""}));

}  // namespace
}  // namespace savant::indexer::detail
