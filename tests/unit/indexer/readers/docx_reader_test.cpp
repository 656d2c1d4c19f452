// SPDX-License-Identifier: MIT
// Tests of the DOCX reader on packages built here and on the corpus's Word CVs,
// including their agreement with the PDFs made from them.
#include "indexer/readers/docx_reader.hpp"

#include "indexer/readers/pdf_reader.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using testing::line_of;
using testing::plain_lines;

constexpr const char* kDocxNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

// A .docx package with `body` as the content of w:body, and `styles` as the
// w:style elements of word/styles.xml.
std::string docx(const std::string& body, const std::string& styles = "") {
  std::string document = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") +
                         kDocxNamespaces + "><w:body>" + body + "</w:body></w:document>";
  std::string style_part = std::string("<?xml version=\"1.0\"?><w:styles ") + kDocxNamespaces +
                           ">" + styles + "</w:styles>";
  return testing::make_zip({{"[Content_Types].xml", "<Types/>"},
                            {"word/document.xml", document},
                            {"word/styles.xml", style_part}});
}

std::string para(const std::string& runs, const std::string& properties = "") {
  return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
}

std::string run(const std::string& text, bool bold = false) {
  return std::string("<w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string style(const std::string& id) { return "<w:pStyle w:val=\"" + id + "\"/>"; }

using testing::contains;

TEST(DocxReader, HeadingStylesBecomeHashes) {
  // A German Word names its heading style "berschrift1"; styles.xml says what it is.
  std::string text = docx_to_text(docx(
      para(run("Jane Doe"), style("Titel")) + para(run("Publikationen"), style("berschrift1")) +
          para(run("Journal articles"), style("Heading2")) + para(run("A paper.")),
      "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\">"
      "<w:name w:val=\"heading 1\"/></w:style>"));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "Jane Doe")], "# Jane Doe") << text;
  EXPECT_EQ(lines[line_of(lines, "Publikationen")], "# Publikationen") << text;
  EXPECT_EQ(lines[line_of(lines, "Journal articles")], "## Journal articles") << text;
  EXPECT_EQ(lines[line_of(lines, "A paper.")], "A paper.") << text;
}

TEST(DocxReader, DemotesEntriesStyledAsHeadings) {
  std::string text = docx_to_text(
      docx(para(run("Publications"), style("Heading1")) + para("") +
           para(run("Learning by Watching and Learning by Doing in Robots"), style("Heading1")) +
           para(run("Ph.D. Thesis"), style("Heading1"))));
  EXPECT_TRUE(contains(text, "# Publications\n")) << text;
  EXPECT_FALSE(contains(text, "# Learning")) << text;
  EXPECT_FALSE(contains(text, "# Ph.D. Thesis")) << text;
}

TEST(DocxReader, NumberedParagraphsBecomeNestedItems) {
  auto item = [](const std::string& text, int level) {
    return para(run(text), "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
                               "\"/><w:numId w:val=\"3\"/></w:numPr>");
  };
  std::string text = docx_to_text(docx(item("Deep learning", 0) + item("Transformers", 1) +
                                       item("Robotics", 0) + para(run("Plain"))));
  EXPECT_TRUE(contains(text, "- Deep learning\n  - Transformers\n- Robotics\nPlain\n")) << text;
}

TEST(DocxReader, MarksBoldParagraphsAndRuns) {
  std::string text =
      docx_to_text(docx(para(run("Selected Awards", true)) +
                        para(run("A. Smith, ") + run("J. Doe", true) + run(", B. Lee"))));
  EXPECT_TRUE(contains(text, "**Selected Awards**\n")) << text;
  EXPECT_TRUE(contains(text, "A. Smith, **J. Doe**, B. Lee")) << text;
}

TEST(DocxReader, KeepsTabsAndLineBreaks) {
  std::string text =
      docx_to_text(docx(para("<w:r><w:t>Research Assistant</w:t><w:tab/><w:t>2019 - 2021</w:t>"
                             "<w:br/><w:t>MIT CSAIL</w:t></w:r>") +
                        para(run("Jane Doe                    jane@example.org"))));
  EXPECT_TRUE(contains(text, "Research Assistant\t2019 - 2021\nMIT CSAIL\n")) << text;
  // Spaces laid out like a tab part the fields.
  EXPECT_TRUE(contains(text, "Jane Doe | jane@example.org")) << text;
}

TEST(DocxReader, LaysOutTablesAsCvsUseThem) {
  auto cell = [](const std::string& paragraphs) { return "<w:tc>" + paragraphs + "</w:tc>"; };
  std::string text = docx_to_text(
      docx("<w:tbl><w:tr>" + cell(para(run("EDUCATION", true))) + cell(para(run("2019 - 2021"))) +
           cell(para(run("PhD, Computer Science", true)) + para(run("Thesis on robots"))) +
           "</w:tr><w:tr>" + cell(para(run("Skills"))) + cell(para(run("C++"))) +
           cell(para(run("Python"))) + "</w:tr></w:tbl>"));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "EDUCATION")], "EDUCATION") << text;
  EXPECT_GE(line_of(lines, "2019 - 2021 | PhD, Computer Science"), 0) << text;
  EXPECT_GE(line_of(lines, "Thesis on robots"), 0) << text;
  EXPECT_EQ(lines[line_of(lines, "C++")], "C++ | Python") << text;
}

TEST(DocxReader, ReadsTextBoxesOnce) {
  std::string box = "<w:txbxContent>" + para(run("Sidebar: jane@example.org")) + "</w:txbxContent>";
  std::string text = docx_to_text(docx(
      para(run("Main text") +
           "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" +
           box + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>" +
           "<v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>" +
           "</mc:AlternateContent></w:r>")));
  EXPECT_TRUE(contains(text, "Main text\nSidebar: jane@example.org")) << text;
  EXPECT_EQ(text.find("Sidebar"), text.rfind("Sidebar")) << text;
}

TEST(DocxReader, LeavesOutHiddenAndDeletedText) {
  std::string text = docx_to_text(
      docx(para(run("Kept") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden</w:t></w:r>" +
                "<w:del><w:r><w:delText>Deleted</w:delText></w:r></w:del>" + "<w:ins>" +
                run(" inserted") + "</w:ins>")));
  EXPECT_TRUE(contains(text, "Kept inserted")) << text;
  EXPECT_FALSE(contains(text, "Hidden")) << text;
  EXPECT_FALSE(contains(text, "Deleted")) << text;
}

TEST(DocxReader, RefusesBrokenPackagesWithAReason) {
  auto reason = [](const std::string& bytes) {
    try {
      testing::run_reader(read_docx, "cv.docx", bytes);
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::input);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_TRUE(contains(reason("PK\x03\x04 not really a zip"), "cv.docx: not a valid zip"))
      << reason("PK\x03\x04 not really a zip");
  EXPECT_TRUE(
      contains(reason(testing::make_zip({{"content.xml", "<x/>"}})), "no word/document.xml"));
  EXPECT_TRUE(contains(reason(testing::make_zip({{"word/document.xml", "<w:document><w:body>"}})),
                       "damaged word/document.xml"));
  EXPECT_TRUE(contains(reason(docx(para(run("   ")))), "without text"));
}

TEST(DocxReader, ReadsTheCorpusWordCvs) {
  for (const std::string& file : testing::corpus_files(".docx")) {
    DocumentRecord record = testing::run_reader(read_docx, file, testing::corpus_bytes(file));
    std::string owner = testing::manifest_owner(file);
    std::string surname = owner.substr(owner.rfind(' ') + 1);
    EXPECT_TRUE(contains(record.text, surname)) << file << " does not name " << surname;
    EXPECT_FALSE(record.emails.empty()) << file;
  }
  for (const char* file : {"dgordon__cv.docx", "katwell__cv.docx", "ischwartz__cv.docx"}) {
    DocumentRecord record = testing::run_reader(read_docx, file, testing::corpus_bytes(file));
    EXPECT_EQ(record.name, testing::manifest_owner(file)) << file;
  }
  DocumentRecord katwell =
      testing::run_reader(read_docx, "katwell__cv.docx", testing::corpus_bytes("katwell__cv.docx"));
  EXPECT_GE(testing::count_evidence(katwell, EvidenceKind::publication), 8u);
  EXPECT_TRUE(contains(katwell.text, "Generating Signed Language Instructions"));
}

TEST(DocxReader, MatchesThePdfMadeFromTheSameCv) {
  for (const std::string stem : {"dgordon__cv", "katwell__cv", "mraff__cv"}) {
    std::string from_docx = docx_to_text(testing::corpus_bytes(stem + ".docx"));
    std::string from_pdf = pdf_to_text(testing::corpus_bytes(stem + ".pdf"));
    // The same words, and mostly in the same order.
    EXPECT_GE(testing::shingle_similarity(from_docx, from_pdf, 1), 0.95) << stem;
    EXPECT_GE(testing::shingle_similarity(from_docx, from_pdf, 3), 0.6) << stem;
  }
}

}  // namespace
}  // namespace savant::indexer
