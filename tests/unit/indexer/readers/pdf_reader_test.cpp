// SPDX-License-Identifier: MIT
// Tests of the PDF reader: layouts built here (columns, table rows, labels,
// headings) and the corpus's PDF CVs, two-column ones among them.
#include "indexer/readers/pdf_reader.hpp"

#include "schema/text_normalizer.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

using testing::line_of;
using testing::PdfText;
using testing::plain_lines;

using testing::contains;

std::string error_of(const std::string& bytes) {
  try {
    testing::run_reader(read_pdf, "cv.pdf", bytes);
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::input);
    return e.what();
  }
  return "no error";
}

// Body text of a few lines at (x, y), 14 points apart.
std::vector<PdfText> lines_at(double x, double y, const std::vector<std::string>& texts) {
  std::vector<PdfText> out;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    out.push_back({x, y + 14 * static_cast<double>(i), 10, texts[i], false});
  }
  return out;
}

std::vector<PdfText> operator+(std::vector<PdfText> a, const std::vector<PdfText>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(PdfReader, KeepsSidebarColumnTogether) {
  const std::vector<std::string> words = {"one",  "two", "three", "four",
                                          "five", "six", "seven", "eight"};
  std::vector<std::string> left;
  std::vector<std::string> right;
  for (const std::string& word : words) {
    left.push_back("Sidebar item " + word + " Python");
    right.push_back("Main column line " + word + " about robot learning research");
  }
  // The columns' baselines differ, as two independent columns' do.
  std::string text = pdf_to_text(
      testing::make_pdf({std::vector<PdfText>{{100, 60, 20, "Jane Doe Curriculum Vitae", true}} +
                         lines_at(50, 120, left) + lines_at(250, 125, right)}));
  std::vector<std::string> lines = plain_lines(text);
  int last_sidebar = 0;
  int first_main = static_cast<int>(lines.size());
  for (const std::string& word : words) {
    int s = line_of(lines, "Sidebar item " + word + " Python");
    int m = line_of(lines, "Main column line " + word);
    ASSERT_GE(s, 0) << text;
    ASSERT_GE(m, 0) << text;
    EXPECT_FALSE(contains(lines[s], "Main")) << text;
    last_sidebar = std::max(last_sidebar, s);
    first_main = std::min(first_main, m);
  }
  EXPECT_LT(last_sidebar, first_main) << "columns interleaved:\n" << text;
  EXPECT_EQ(lines.front(), "# Jane Doe Curriculum Vitae") << text;
}

TEST(PdfReader, ReadsTheColumnWithTheNameFirst) {
  std::vector<std::string> left;
  std::vector<std::string> right;
  for (const std::string word : {"one", "two", "three", "four", "five", "six"}) {
    left.push_back("Skill " + word + " Python");
    right.push_back("Experience line " + word + " about robot learning research");
  }
  // The name heads the right-hand column; the sidebar is a list of skills.
  std::string text =
      pdf_to_text(testing::make_pdf({std::vector<PdfText>{{250, 80, 20, "Jane Doe", true}} +
                                     lines_at(50, 120, left) + lines_at(250, 125, right)}));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines.front(), "# Jane Doe") << text;
  EXPECT_LT(line_of(lines, "Experience line six"), line_of(lines, "Skill one")) << text;
}

TEST(PdfReader, KeepsTableRowsOnOneLine) {
  std::vector<PdfText> page;
  for (int i = 0; i < 6; ++i) {
    double y = 120 + 30 * i;
    page.push_back({50, y, 10, "Research Assistant at Lab " + std::to_string(i), false});
    page.push_back({470, y, 10, "2019 - 202" + std::to_string(i), false});
    page.push_back({60, y + 14, 10, "Worked on robot learning and planning.", false});
  }
  std::string text = pdf_to_text(testing::make_pdf({page}));
  for (int i = 0; i < 6; ++i) {
    std::string row =
        "Research Assistant at Lab " + std::to_string(i) + " | 2019 - 202" + std::to_string(i);
    EXPECT_TRUE(contains(text, row + "\n")) << row << " in\n" << text;
  }
}

TEST(PdfReader, PutsSectionLabelsOnTheirOwnLine) {
  std::string text = pdf_to_text(
      testing::make_pdf({std::vector<PdfText>{{50, 120, 10, "EDUCATION", true},
                                              {50, 200, 10, "Research", true},
                                              {50, 214, 10, "Interests", true}} +
                         lines_at(160, 120,
                                  {"PhD in Computer Science, MIT", "Thesis on robots",
                                   "BSc in Physics, ETH Zurich"}) +
                         lines_at(160, 200, {"Robot learning", "Planning", "Perception"})}));
  std::vector<std::string> lines = plain_lines(text);
  int label = line_of(lines, "EDUCATION");
  ASSERT_GE(label, 0) << text;
  EXPECT_EQ(lines[label], "EDUCATION") << text;
  EXPECT_EQ(line_of(lines, "PhD in Computer Science, MIT"), label + 1) << text;
  // A label wrapped over two rows is one heading.
  int interests = line_of(lines, "Research Interests");
  ASSERT_GE(interests, 0) << text;
  EXPECT_EQ(line_of(lines, "Robot learning"), interests + 1) << text;
}

TEST(PdfReader, MarksHeadingsByFontSize) {
  std::string text = pdf_to_text(testing::make_pdf(
      {std::vector<PdfText>{{50, 60, 22, "Jane Doe", false}, {50, 120, 14, "Publications", true}} +
       lines_at(50, 145,
                {"J. Doe and A. Smith. Learning to grasp. ICRA 2021.",
                 "J. Doe. Planning with models. NeurIPS 2022.",
                 "A. Smith and J. Doe. Robots that read. CoRL 2023."})}));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(lines[line_of(lines, "Jane Doe")], "# Jane Doe") << text;
  EXPECT_EQ(lines[line_of(lines, "Publications")], "## Publications") << text;
  EXPECT_EQ(lines[line_of(lines, "Learning to grasp")],
            "J. Doe and A. Smith. Learning to grasp. ICRA 2021.")
      << text;
}

TEST(PdfReader, MarksBoldWordsAndBullets) {
  std::string text = pdf_to_text(
      testing::make_pdf({std::vector<PdfText>{{50, 100, 10, "\x95 Built a robot.", false},
                                              {50, 114, 10, "A. Smith,", false},
                                              {95, 114, 10, "J. Doe", true},
                                              {131, 114, 10, ", B. Lee", false}}}));
  EXPECT_TRUE(contains(text, "- Built a robot.\n")) << text;
  EXPECT_TRUE(contains(text, "**J. Doe**")) << text;
}

TEST(PdfReader, JoinsWordsHyphenatedAcrossLines) {
  std::string text = pdf_to_text(testing::make_pdf(
      {lines_at(50, 100, {"We study the implemen-", "tation of learning robots."})}));
  EXPECT_TRUE(contains(text, "We study the implementation\nof learning robots.")) << text;
}

TEST(PdfReader, DropsPageNumbersAndRunningHeaders) {
  auto page = [](const std::string& number, const std::string& body) {
    return std::vector<PdfText>{{50, 30, 9, "Jane Doe - Curriculum Vitae", false},
                                {300, 770, 9, number, false},
                                {50, 100, 10, body, false}};
  };
  std::string text =
      pdf_to_text(testing::make_pdf({page("1", "First page text."), page("2", "Second page.")}));
  std::vector<std::string> lines = plain_lines(text);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "Jane Doe - Curriculum Vitae"), 1) << text;
  EXPECT_EQ(line_of(lines, "1"), -1) << text;
  EXPECT_EQ(line_of(lines, "2"), -1) << text;
  EXPECT_GE(line_of(lines, "Second page."), 0) << text;
}

TEST(PdfReader, ReadsAPageSetSideways) {
  std::vector<PdfText> page;
  for (int i = 0; i < 4; ++i) {
    page.push_back({100 + 14.0 * i, 700, 10, "Sideways line " + std::to_string(i), false, true});
  }
  std::string text = pdf_to_text(testing::make_pdf({page}));
  EXPECT_TRUE(contains(text, "Sideways line 0")) << text;
  EXPECT_TRUE(contains(text, "Sideways line 3")) << text;
}

TEST(PdfReader, RefusesEncryptedDamagedAndEmptyPdfs) {
  std::vector<PdfText> page = {{50, 100, 10, "Secret CV", false}};
  EXPECT_TRUE(contains(error_of(testing::make_pdf({page}, true)), "cv.pdf: PDF is encrypted"))
      << error_of(testing::make_pdf({page}, true));
  EXPECT_TRUE(contains(error_of("%PDF-1.4\nthis is not a PDF body"), "cv.pdf: damaged PDF"))
      << error_of("%PDF-1.4\nthis is not a PDF body");
  std::string truncated = testing::make_pdf({page}).substr(0, 200);
  EXPECT_TRUE(contains(error_of(truncated), "damaged PDF")) << error_of(truncated);
  EXPECT_TRUE(contains(error_of(testing::make_pdf({{}})), "no text layer"))
      << error_of(testing::make_pdf({{}}));
}

// The longest word of a name, as match_key folds it ("Andirkó" -> "andirko").
std::string longest_word(const std::string& name) {
  std::string key = schema::match_key(name);
  std::string best;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = std::min(key.find(' ', start), key.size());
    if (end - start > best.size()) best = key.substr(start, end - start);
    start = end + 1;
  }
  return best;
}

std::string last_word(const std::string& name) {
  std::string key = schema::match_key(name);
  return key.substr(key.rfind(' ') + 1);
}

TEST(PdfReader, ReadsEveryCorpusPdfWithItsOwner) {
  std::vector<std::string> files = testing::corpus_files(".pdf");
  EXPECT_EQ(files.size(), 25u);
  int named = 0;
  for (const std::string& file : files) {
    DocumentRecord record;
    ASSERT_NO_THROW(record = testing::run_reader(read_pdf, file, testing::corpus_bytes(file)))
        << file;
    // The document may shorten the name ("Jon Barron" for "Jonathan T. Barron").
    std::string owner = testing::manifest_owner(file);
    std::string key = schema::match_key(record.text);
    EXPECT_TRUE(contains(key, longest_word(owner)) || contains(key, " " + last_word(owner) + " "))
        << file << " does not mention " << owner;
    if (!record.name.empty()) {
      ++named;
      // Never a heading or an institution in place of the name.
      EXPECT_EQ(last_word(record.name), last_word(owner)) << file << ": " << record.name;
    }
  }
  EXPECT_GE(named, 20);
}

TEST(PdfReader, FindsPublicationsInCorpusPdfs) {
  const std::vector<std::pair<const char*, std::size_t>> expected = {
      {"draj__cv.pdf", 15},    {"bkrauth__vita.pdf", 15},    {"abroquet__cv.pdf", 15},
      {"aghiasi__cv.pdf", 10}, {"aomrani__cv.pdf", 10},      {"etuzhilina__cv.pdf", 10},
      {"dgordon__cv.pdf", 8},  {"mwallingford__cv.pdf", 10}, {"katwell__cv.pdf", 5}};
  for (const auto& [file, at_least] : expected) {
    DocumentRecord record = testing::run_reader(read_pdf, file, testing::corpus_bytes(file));
    EXPECT_GE(testing::count_evidence(record, EvidenceKind::publication), at_least) << file;
  }
  std::string gordon = pdf_to_text(testing::corpus_bytes("dgordon__cv.pdf"));
  EXPECT_TRUE(contains(gordon, "SplitNet: Sim2Sim and Task2Task Transfer for Embodied Visual"))
      << gordon;
}

// Two things side by side on the page, one in each column: never on one line.
struct SideBySide {
  const char* file;
  std::vector<std::pair<const char*, const char*>> pairs;
};

TEST(PdfReader, DoesNotInterleaveTwoColumnCorpusPdfs) {
  const std::vector<SideBySide> documents = {
      {"pyu__resume.pdf",
       {{"Lancashire", "SEPTEMBER 2015"},
        {"Ann Arbor", "Advanced Compiler"},
        {"peifeng@umich.edu", "Worked in a group"},
        {"Xi\u2019an Jiaotong", "Pixel Cube"},
        {"Google Excellent Scholarship", "chain to Android"}}},
      {"adschneider__cv.pdf",
       {{"nationality", "astrophysicist"},
        {"Siegen, Germany", "Education"},
        {"civil status", "Bachelor in Physics"},
        {"CUDA", "Master in Physics"},
        {"hiking", "Year abroad"}}},
      {"sbaunsgaard__cv.pdf",
       {{"in programs via workload-aware", "Ordered by proficiency"},
        {"I frequently contribute", "Torch"},
        {"projects in primarily Java", "Linux"},
        {"of kernels", "GoLang"}}},
      {"aandirko__cv-es.pdf",
       {{"Soy un investigador", "Murcia"},
        {"Investigador", "Nativo"},
        {"Divulgaci\u00F3n cient\u00EDfica", "FINANCIACI\u00D3N"},
        {"Ciencia Cognitiva y Lenguage", "HERRAMIENTAS"}}},
      {"mraff__cv.pdf",
       {{"Dr.-Ing.", "Developed and delivered"},
        {"Maximilian Raff", "Supported the launch"},
        {"Grimmstr. 4", "Modeling/Simulation"},
        {"Date of birth", "Teaching Assistant"},
        {"German", "Continuation and Optimization"}}},
  };
  for (const SideBySide& document : documents) {
    std::vector<std::string> lines = plain_lines(pdf_to_text(testing::corpus_bytes(document.file)));
    for (const auto& [left, right] : document.pairs) {
      EXPECT_GE(line_of(lines, left), 0) << document.file << " lost " << left;
      EXPECT_GE(line_of(lines, right), 0) << document.file << " lost " << right;
      for (const std::string& line : lines) {
        EXPECT_FALSE(contains(line, left) && contains(line, right))
            << document.file << " interleaves columns: " << line;
      }
    }
  }
}

TEST(PdfReader, KeepsTheCorpusSidebarsTogether) {
  // pyu__resume.pdf: contact, education, skills and awards on the left, projects on the right.
  std::vector<std::string> lines =
      plain_lines(pdf_to_text(testing::corpus_bytes("pyu__resume.pdf")));
  int last_left = -1;
  for (const char* left :
       {"Lancashire", "EDUCATION", "LANGUAGES", "Google Excellent Scholarship", "Lu Shidi"}) {
    ASSERT_GE(line_of(lines, left), 0) << left;
    last_left = std::max(last_left, line_of(lines, left));
  }
  for (const char* right : {"Software Low Power Mode", "Pixel Cube Game for LeapMotion",
                            "Security-Enhanced Android", "Mouse Control using Kinect"}) {
    ASSERT_GE(line_of(lines, right), 0) << right;
    EXPECT_GT(line_of(lines, right), last_left) << right << " inside the sidebar";
  }
  // The name leads when it heads the main column (adschneider__cv.pdf's sidebar is left).
  std::vector<std::string> schneider =
      plain_lines(pdf_to_text(testing::corpus_bytes("adschneider__cv.pdf")));
  EXPECT_EQ(schneider.front(), "# Aaron David Schneider");
}

// Memory stays bounded however large the PDF: too many pages are refused
// before any is read, and reading stops at the page where the text passes the
// limit, naming it, rather than after poppler has read every page.
TEST(PdfReader, RefusesTooManyPagesAndStopsAtTheTextLimit) {
  const std::vector<PdfText> page = lines_at(72, 72, {"alpha beta gamma delta"});  // 23 bytes
  const std::string pdf = testing::make_pdf({page, page, page});
  EXPECT_TRUE(contains(pdf_to_text(pdf), "alpha beta gamma delta"));
  try {
    pdf_to_text(pdf, 30);
    ADD_FAILURE() << "text past the limit was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::input);
    EXPECT_TRUE(contains(e.what(),
                         "PDF text too large (past the 30 bytes a document may hold, "
                         "by page 2 of 3)"))
        << e.what();
  }
  try {
    pdf_to_text(pdf, 0, 2);
    ADD_FAILURE() << "a PDF over the page limit was read";
  } catch (const Error& e) {
    EXPECT_TRUE(contains(e.what(), "PDF has 3 pages; the limit is 2")) << e.what();
  }
}

}  // namespace
}  // namespace savant::indexer
