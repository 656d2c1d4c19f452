// SPDX-License-Identifier: MIT
// Tests of the LaTeX CV reader: structure to Markdown, macros, names; real files.
#include "indexer/readers/latex_reader.hpp"

#include "indexer/readers/structured_common.hpp"
#include "indexer/readers/text_decoder.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include "tests/unit/indexer/readers/structured_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

using test::count_kind;
using test::find_evidence;
using test::read_text;

using testing::contains;

struct MarkdownCase {
  const char* latex;
  const char* markdown;  // a part the Markdown must contain
};

class LatexToMarkdown : public ::testing::TestWithParam<MarkdownCase> {};

TEST_P(LatexToMarkdown, Converts) {
  std::string markdown = latex_to_markdown(GetParam().latex);
  EXPECT_TRUE(contains(markdown, GetParam().markdown)) << GetParam().latex << "\n--\n" << markdown;
}

INSTANTIATE_TEST_SUITE_P(
    Structure, LatexToMarkdown,
    ::testing::Values(
        MarkdownCase{"\\section{Education}\nText", "# Education\n"},
        MarkdownCase{"\\section*{Work Experience}", "# Work Experience\n"},
        MarkdownCase{"\\subsection{Journals}", "## Journals\n"},
        MarkdownCase{"\\begin{itemize}\\item One\n\\item Two\\end{itemize}", "- One\n- Two\n"},
        MarkdownCase{"\\begin{enumerate}\\item A\\item B\\end{enumerate}", "1. A\n2. B\n"},
        MarkdownCase{
            "\\begin{itemize}\\item Out\\begin{itemize}\\item In\\end{itemize}\\end{itemize}",
            "- Out\n  - In\n"},
        MarkdownCase{"\\cventry{2015--2019}{PhD in Physics}{MIT}{Cambridge}{}{Thesis on spin}",
                     "**PhD in Physics**\nMIT, Cambridge\n2015-2019\nThesis on spin\n"},
        MarkdownCase{"\\cvitem{Languages}{English, French}", "- Languages: English, French\n"},
        MarkdownCase{"100\\% sure % a comment\n", "100% sure"},
        MarkdownCase{"\\textbf{Bold} \\href{https://x.org}{link} M\\\"uller", "Bold link Müller"},
        MarkdownCase{"\\newcommand{\\job}[2]{\\textbf{#1} \\hfill #2}\n\\job{Engineer}{2020}",
                     "Engineer | 2020"},
        MarkdownCase{
            "\\begin{thebibliography}{9}\\bibitem{k} A. Author. Title. 2020.\\end{thebibliography}",
            "# Publications\n1. A. Author. Title. 2020."},
        MarkdownCase{"\\begin{tabular}{ll} a & b \\\\ c & d \\end{tabular}", "a | b\nc | d"},
        MarkdownCase{"\\documentclass{article}\\usepackage{x}\\begin{document}Body\\end{document}",
                     "Body"}));

TEST(LatexReader, ReadsModerncv) {
  DocumentRecord record = read_text(read_latex, R"(\documentclass{moderncv}
\name{Jane}{Doe}
\email{jane@uni.edu}
\begin{document}
\makecvtitle
\section{Education}
\cventry{2015--2019}{PhD in Computer Science}{Stanford University}{Stanford}{}{Thesis on parsing}
\section{Experience}
\cventry{2019--2023}{Research Scientist}{Google Research}{Zurich}{}{Worked on translation}
\section{Publications}
\begin{itemize}
\item Jane Doe, John Roe. Deep Parsing. In Proceedings of ACL 2021.
\end{itemize}
\end{document}
)",
                                    "cv.tex");
  EXPECT_EQ(record.name, "Jane Doe");
  EXPECT_EQ(record.emails, (std::vector<std::string>{"jane@uni.edu"}));
  EXPECT_GE(count_kind(record, EvidenceKind::education), 1);
  EXPECT_GE(count_kind(record, EvidenceKind::experience), 1);
  EXPECT_EQ(count_kind(record, EvidenceKind::publication), 1);
}

TEST(LatexReader, NameFromFirstnameFamilyname) {
  DocumentRecord record = read_text(
      read_latex,
      "\\firstname{Ada}\\familyname{Lovelace}\\begin{document}\\section{Skills}Math\\end{document}",
      "cv.tex");
  EXPECT_EQ(record.name, "Ada Lovelace");
}

TEST(LatexReader, EmailFromAContactBlockInThePreamble) {
  DocumentRecord record =
      read_text(read_latex,
                "\\name{Peifeng Yu}\n\\info{\\faicon{envelope} & pfyu@google.com}\n"
                "\\begin{document}\\section{Skills}C++\\end{document}",
                "cv.tex");
  EXPECT_EQ(record.emails, std::vector<std::string>{"pfyu@google.com"});
}

// Found by fuzzing (scripts/fuzz.sh latex): a byte that is not UTF-8 inside a
// friggeri-cv \header, decoded and normalised as read_document does.
TEST(LatexReader, InvalidBytesInAHeaderGiveValidUtf8) {
  const std::string bytes = "\\header{\xff}";
  static const ExtractContext context;
  const std::string text = schema::normalize_text(decode_to_utf8(bytes));
  DocumentRecord record = read_latex(ReaderInput{"cv.tex", bytes, text, context});
  EXPECT_TRUE(schema::is_valid_utf8(record.name)) << record.name;
  EXPECT_TRUE(schema::is_valid_utf8(record.text)) << record.text;
}

// Real files: names, publication counts, known entries.
TEST(LatexRealFiles, NamesTheResearchers) {
  for (const char* file :
       {"adschneider__cv-en.tex", "adschneider__cv-de.tex", "aormondroyd__cv.tex",
        "awhitehead__list_of_publications.tex", "jmerfeld__cv.tex", "pyu__cv.tex"}) {
    DocumentRecord record = test::read_real(read_latex, file);
    std::string expected = test::manifest_researcher(file);
    ASSERT_FALSE(expected.empty()) << file;
    EXPECT_EQ(structured::index_of({structured::parse_author(record.name)}, expected), 0)
        << file << ": " << record.name << " vs " << expected;
  }
}

TEST(LatexRealFiles, ReadsPublicationLists) {
  DocumentRecord whitehead = test::read_real(read_latex, "awhitehead__list_of_publications.tex");
  // 28 with "SIRF-SuperBuild" (Zenodo 2024), a software release the list names
  // by its coined name alone.
  EXPECT_EQ(count_kind(whitehead, EvidenceKind::publication), 28);
  const Evidence* selective = find_evidence(whitehead, "Data Driven Surrogate Signal Extraction");
  ASSERT_NE(selective, nullptr);
  EXPECT_EQ(selective->year, 2024);

  DocumentRecord dean = test::read_real(read_latex, "kdean__publications_nih.tex");
  EXPECT_EQ(count_kind(dean, EvidenceKind::publication), 52);
  // "Dean KM" on every entry, but initials alone would never meet "Kevin M. Dean".
  EXPECT_EQ(dean.name, "");
  const Evidence* navigate = find_evidence(dean, "Navigate: an open-source platform");
  ASSERT_NE(navigate, nullptr);
  EXPECT_EQ(navigate->venue, "Nature-Methods");
  EXPECT_EQ(navigate->year, 2024);

  DocumentRecord schneider = test::read_real(read_latex, "adschneider__cv-en.tex");
  EXPECT_EQ(count_kind(schneider, EvidenceKind::publication), 12);
  EXPECT_GE(count_kind(schneider, EvidenceKind::education), 3);
  // The German CV's headings ("Ausbildung", "Publikationen") are recognised too.
  DocumentRecord schneider_de = test::read_real(read_latex, "adschneider__cv-de.tex");
  EXPECT_EQ(count_kind(schneider_de, EvidenceKind::publication), 12);

  DocumentRecord merfeld = test::read_real(read_latex, "jmerfeld__cv.tex");
  EXPECT_GE(count_kind(merfeld, EvidenceKind::publication), 10);
  EXPECT_EQ(merfeld.emails, (std::vector<std::string>{"j.merfeld@uq.edu.au"}));

  // Fragments without headings take a section from their file name.
  DocumentRecord work = test::read_real(read_latex, "kdean__work.tex");
  EXPECT_GE(count_kind(work, EvidenceKind::experience), 1);
  DocumentRecord majayi = test::read_real(read_latex, "majayi__section_publications.tex");
  EXPECT_EQ(count_kind(majayi, EvidenceKind::publication), 4);
}

}  // namespace
}  // namespace savant::indexer
