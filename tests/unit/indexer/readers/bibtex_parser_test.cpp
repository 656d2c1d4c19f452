// SPDX-License-Identifier: MIT
// Tests of the BibTeX parser: entries, values, macros, names.
#include "indexer/readers/bibtex_parser.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer::bibtex {
namespace {

std::string field_of(const ParseResult& result, std::size_t entry, const char* name) {
  if (entry >= result.entries.size()) return "<no entry>";
  const std::string* value = result.entries[entry].field(name);
  return value == nullptr ? "<no field>" : *value;
}

TEST(BibtexParser, ReadsTypeKeyAndFields) {
  ParseResult result = parse(
      "@InProceedings{smith2020,\n  Title = {Deep {Nets}},\n  author = \"Smith, John\",\n"
      "  year = 2020\n}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(result.entries[0].type, "inproceedings");
  EXPECT_EQ(result.entries[0].key, "smith2020");
  EXPECT_EQ(field_of(result, 0, "title"), "Deep {Nets}");
  EXPECT_EQ(field_of(result, 0, "author"), "Smith, John");
  EXPECT_EQ(field_of(result, 0, "year"), "2020");
  EXPECT_EQ(result.entries[0].line, 1u);
}

TEST(BibtexParser, ExpandsStringMacros) {
  ParseResult result = parse(
      "@string{icra = {Proc. ICRA}}\n@STRING{yr = \"2021\"}\n"
      "@inproceedings{a, booktitle = icra, year = yr}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "booktitle"), "Proc. ICRA");
  EXPECT_EQ(field_of(result, 0, "year"), "2021");
}

TEST(BibtexParser, ConcatenatesWithHash) {
  ParseResult result = parse(
      "@string{conf = \"Proceedings of \"}\n@misc{a, booktitle = conf # {ACL} # \" \" # 2023}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "booktitle"), "Proceedings of ACL 2023");
}

TEST(BibtexParser, PredefinesMonths) {
  ParseResult result = parse("@misc{a, month = may, title = {T}}\n@misc{b, month = Dec}\n");
  ASSERT_EQ(result.entries.size(), 2u);
  EXPECT_EQ(field_of(result, 0, "month"), "May");
  EXPECT_EQ(field_of(result, 1, "month"), "December");
}

TEST(BibtexParser, SkipsCommentPreambleAndFreeText) {
  ParseResult result = parse(
      "---\n---\nSome text with an e-mail a@b.org.\n@comment{ignored @article{x, title={No}} }\n"
      "@preamble{\"\\newcommand{\\noop}[1]{}\"}\n@article{real, title = {Yes}}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(result.entries[0].key, "real");
  EXPECT_TRUE(result.errors.empty());
}

TEST(BibtexParser, HandlesNestedBracesAndQuotesInsideBraces) {
  ParseResult result = parse("@article{a, title = {A {\"}quoted{\"} {B {C}} title}}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "title"), "A {\"}quoted{\"} {B {C}} title");
}

TEST(BibtexParser, AcceptsParenthesesAndTrailingCommas) {
  ParseResult result = parse("@article(a, title = {T}, year = {2020},)\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "year"), "2020");
}

TEST(BibtexParser, SkipsMalformedEntryAndKeepsTheRest) {
  ParseResult result = parse(
      "@article{bad, title = {Unclosed, year = 2020\n\n@article{good, title = {Fine}}\n"
      "@article{worse, title = }\n@article{last, title = {Also fine}}\n");
  std::vector<std::string> keys;
  for (const Entry& entry : result.entries) keys.push_back(entry.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"good", "last"}));
  EXPECT_EQ(result.errors.size(), 2u);
}

TEST(BibtexParser, TreatsPercentLinesBetweenFieldsAsComments) {
  ParseResult result = parse("@article{a,\n  title = {T},\n%arxiv = {},\n  year = {2023},\n}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "year"), "2023");
}

TEST(BibtexParser, UndefinedMacroIsEmpty) {
  ParseResult result = parse("@article{a, title = {T}, bibtex_show = true}\n");
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(field_of(result, 0, "bibtex_show"), "");
}

TEST(BibtexParser, SplitsAuthorListsOnTopLevelAnd) {
  EXPECT_EQ(split_names("Smith, John and Doe, Jane AND {Barnes and Noble} and others"),
            (std::vector<std::string>{"Smith, John", "Doe, Jane", "{Barnes and Noble}", "others"}));
  EXPECT_EQ(split_names("Alexander\n and Brown"), (std::vector<std::string>{"Alexander", "Brown"}));
  EXPECT_EQ(split_names("Andrew Anderson"), (std::vector<std::string>{"Andrew Anderson"}));
}

struct BibtexNameCase {
  const char* raw;
  const char* first;
  const char* von;
  const char* last;
  const char* jr;
};

class BibtexNames : public ::testing::TestWithParam<BibtexNameCase> {};

TEST_P(BibtexNames, SplitsParts) {
  Name name = split_name(GetParam().raw);
  EXPECT_EQ(name.first, GetParam().first) << GetParam().raw;
  EXPECT_EQ(name.von, GetParam().von) << GetParam().raw;
  EXPECT_EQ(name.last, GetParam().last) << GetParam().raw;
  EXPECT_EQ(name.jr, GetParam().jr) << GetParam().raw;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, BibtexNames,
    ::testing::Values(BibtexNameCase{"Donald E. Knuth", "Donald E.", "", "Knuth", ""},
                      BibtexNameCase{"Knuth, Donald E.", "Donald E.", "", "Knuth", ""},
                      BibtexNameCase{"Ludwig van Beethoven", "Ludwig", "van", "Beethoven", ""},
                      BibtexNameCase{"van Beethoven, Ludwig", "Ludwig", "van", "Beethoven", ""},
                      BibtexNameCase{"Ford, Jr., Henry", "Henry", "", "Ford", "Jr."},
                      BibtexNameCase{"{Barnes and Noble}", "", "", "{Barnes and Noble}", ""},
                      BibtexNameCase{"L{\\'o}pez, Jos{\\'e} Antonio", "Jos{\\'e} Antonio", "",
                                     "L{\\'o}pez", ""},
                      BibtexNameCase{"Morozov,  K. M.", "K. M.", "", "Morozov", ""},
                      BibtexNameCase{"Plato", "", "", "Plato", ""}));

}  // namespace
}  // namespace savant::indexer::bibtex
