// SPDX-License-Identifier: MIT
// Tests of the ODT reader on packages built here and on the corpus's
// OpenDocument CVs.
#include "indexer/readers/odt_reader.hpp"

#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using testing::line_of;
using testing::plain_lines;

constexpr const char* kOdtNamespaces =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"";

// An .odt package whose office:text holds `body`; T1 is a bold text style,
// P1 a bold paragraph style, and "Heading_20_2" a named style of outline level 2.
std::string odt(const std::string& body) {
  std::string content =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content ") +
      kOdtNamespaces +
      "><office:automatic-styles>"
      "<style:style style:name=\"T1\" style:family=\"text\">"
      "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
      "<style:style style:name=\"P1\" style:family=\"paragraph\">"
      "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
      "</office:automatic-styles><office:body><office:text>" +
      body + "</office:text></office:body></office:document-content>";
  std::string styles = std::string("<?xml version=\"1.0\"?><office:document-styles ") +
                       kOdtNamespaces +
                       "><office:styles><style:style style:name=\"Heading_20_2\" "
                       "style:display-name=\"Heading 2\" style:family=\"paragraph\" "
                       "style:default-outline-level=\"2\"/></office:styles>"
                       "</office:document-styles>";
  return testing::make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                            {"content.xml", content},
                            {"styles.xml", styles}});
}

using testing::contains;

TEST(OdtReader, HeadingsByOutlineLevel) {
  std::string text = odt_to_text(
      odt("<text:h text:outline-level=\"1\">Jane Doe</text:h>"
          "<text:p text:style-name=\"Heading_20_2\">Publications</text:p>"
          "<text:h text:outline-level=\"3\">Journal articles</text:h><text:p>A paper.</text:p>"));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "Jane Doe")], "# Jane Doe") << text;
  EXPECT_EQ(lines[line_of(lines, "Publications")], "## Publications") << text;
  EXPECT_EQ(lines[line_of(lines, "Journal articles")], "### Journal articles") << text;
  EXPECT_EQ(lines[line_of(lines, "A paper.")], "A paper.") << text;
}

TEST(OdtReader, ListsBecomeNestedItems) {
  std::string text = odt_to_text(
      odt("<text:list><text:list-item><text:p>Deep learning</text:p>"
          "<text:list><text:list-item><text:p>Transformers</text:p></text:list-item></text:list>"
          "</text:list-item><text:list-item><text:p>Robotics</text:p><text:p>since 2020</text:p>"
          "</text:list-item></text:list>"));
  EXPECT_TRUE(contains(text, "- Deep learning\n  - Transformers\n- Robotics\n  since 2020\n"))
      << text;
}

TEST(OdtReader, MarksBoldSpansAndParagraphs) {
  std::string text = odt_to_text(odt(
      "<text:p text:style-name=\"P1\">Selected Awards</text:p>"
      "<text:p>A. Smith, <text:span text:style-name=\"T1\">J. Doe</text:span>, B. Lee</text:p>"));
  EXPECT_TRUE(contains(text, "**Selected Awards**\n")) << text;
  EXPECT_TRUE(contains(text, "A. Smith, **J. Doe**, B. Lee")) << text;
}

TEST(OdtReader, KeepsTabsBreaksAndSpaces) {
  std::string text = odt_to_text(
      odt("<text:p>Research Assistant<text:tab/>2019 - 2021<text:line-break/>MIT<text:s/>CSAIL"
          "<text:note><text:note-body><text:p>A footnote</text:p></text:note-body></text:note>"
          "</text:p><text:p>Jane Doe<text:s text:c=\"12\"/>jane@example.org</text:p>"));
  EXPECT_TRUE(contains(text, "Research Assistant\t2019 - 2021\nMIT CSAIL\n")) << text;
  EXPECT_TRUE(contains(text, "Jane Doe | jane@example.org")) << text;
  EXPECT_FALSE(contains(text, "footnote")) << text;
}

TEST(OdtReader, LaysOutTablesAndFrames) {
  std::string text = odt_to_text(odt(
      "<table:table><table:table-row>"
      "<table:table-cell><text:p>EDUCATION</text:p></table:table-cell>"
      "<table:table-cell><text:p>2019 - 2021</text:p></table:table-cell>"
      "<table:table-cell><text:p>PhD, Computer Science</text:p><text:p>Thesis on robots</text:p>"
      "</table:table-cell></table:table-row></table:table>"
      "<text:p>Main<draw:frame><draw:text-box><text:p>Sidebar text</text:p></draw:text-box>"
      "</draw:frame></text:p>"));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "EDUCATION")], "EDUCATION") << text;
  EXPECT_GE(line_of(lines, "2019 - 2021 | PhD, Computer Science"), 0) << text;
  EXPECT_EQ(line_of(lines, "Sidebar text"), line_of(lines, "Main") + 1) << text;
}

TEST(OdtReader, RefusesBrokenPackagesWithAReason) {
  auto reason = [](const std::string& bytes) {
    try {
      testing::run_reader(read_odt, "cv.odt", bytes);
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::input);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_TRUE(contains(reason("not a zip at all"), "cv.odt: not a valid zip"));
  EXPECT_TRUE(
      contains(reason(testing::make_zip({{"word/document.xml", "<x/>"}})), "no content.xml"));
  EXPECT_TRUE(contains(reason(testing::make_zip({{"content.xml", "<office:document-content>"}})),
                       "damaged content.xml"));
  EXPECT_TRUE(contains(reason(odt("<text:p> </text:p>")), "without text"));
}

TEST(OdtReader, ReadsTheCorpusOpenDocumentCvs) {
  for (const std::string& file : testing::corpus_files(".odt")) {
    DocumentRecord record = testing::run_reader(read_odt, file, testing::corpus_bytes(file));
    std::string owner = testing::manifest_owner(file);
    EXPECT_TRUE(contains(record.text, owner.substr(owner.rfind(' ') + 1))) << file;
    EXPECT_GE(record.evidence.size(), 3u) << file;
  }
  for (const char* file : {"gryan__cv.odt", "tjombart__cv.odt"}) {
    EXPECT_EQ(testing::run_reader(read_odt, file, testing::corpus_bytes(file)).name,
              testing::manifest_owner(file))
        << file;
  }
  std::string sanson = odt_to_text(testing::corpus_bytes("dsanson__cv.odt"));
  EXPECT_TRUE(contains(sanson, "# Publications")) << sanson;
  EXPECT_TRUE(contains(sanson, "- \u201CPresentism and Truthmaking,\u201D with Ben Caplan"))
      << sanson;
}

}  // namespace
}  // namespace savant::indexer
