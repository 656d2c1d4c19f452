// SPDX-License-Identifier: MIT
// Which reader the dispatcher picks for a text file: BibTeX embedded in a YAML
// or Markdown publication list does not make the file BibTeX.
#include "indexer/readers/document_reader.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

const Evidence* find_title(const DocumentRecord& record, const std::string& fragment) {
  for (const Evidence& e : record.evidence) {
    if (e.title.find(fragment) != std::string::npos) return &e;
  }
  return nullptr;
}

TEST(FormatDetection, YamlListWithBibtexFieldsIsYaml) {
  // Each entry has `venue: "NeurIPS 2025"` and a `bibtex: |` block whose
  // @misc entry says only arXiv; read as BibTeX the venue was lost.
  const DocumentRecord record =
      read_document("corpus/real/ypwang__publications.yml",
                    testing::corpus_bytes("ypwang__publications.yml"), ExtractContext{});
  EXPECT_EQ(record.format, "yaml");
  const Evidence* one_example = find_title(record, "with One Training Example");
  ASSERT_NE(one_example, nullptr);
  EXPECT_EQ(one_example->venue, "NeurIPS");
  EXPECT_EQ(one_example->year, 2025);
}

TEST(FormatDetection, MarkdownPageWithBibtexBlockIsMarkdown) {
  const DocumentRecord record =
      read_document("corpus/real/hyin__publication-rss2018.md",
                    testing::corpus_bytes("hyin__publication-rss2018.md"), ExtractContext{});
  EXPECT_EQ(record.format, "markdown");
  EXPECT_NE(find_title(record, "Boosting Robot Learning"), nullptr);
}

TEST(FormatDetection, BibtexByExtensionOrOpeningEntry) {
  const std::string bib =
      "@inproceedings{k, author={Jane Doe}, title={A Paper}, booktitle={ICML}, year={2022}}\n";
  EXPECT_EQ(read_document("/p/papers.bib", bib, ExtractContext{}).format, "bibtex");
  EXPECT_EQ(read_document("/p/papers.txt", bib, ExtractContext{}).format, "bibtex");
  EXPECT_EQ(read_document("/p/papers.md", bib, ExtractContext{}).format, "bibtex");
  // Text without an extension that names a format is still sniffed.
  EXPECT_EQ(read_document("/p/papers.txt", "My papers:\n\n" + bib, ExtractContext{}).format,
            "bibtex");
}

TEST(FormatDetection, AnEntryMustOpenALine) {
  const std::string entry = "@article{k, author={Jane Doe}, title={A Paper}, year={2022}}\n";
  // After white space only, on any line: BibTeX.
  EXPECT_EQ(read_document("/p/papers.txt", "My papers:\n \t " + entry, ExtractContext{}).format,
            "bibtex");
  EXPECT_EQ(read_document("/p/papers.txt", "My papers:\n\n\n" + entry, ExtractContext{}).format,
            "bibtex");
  // Inside a line, or a line opening with '@' that is no entry: not BibTeX.
  EXPECT_EQ(read_document("/p/notes.txt", "Jane Doe\nSee " + entry, ExtractContext{}).format,
            "text");
  EXPECT_EQ(read_document("/p/notes.txt", "Jane Doe\n@jane on social media\nmail jane@x.org\n",
                          ExtractContext{})
                .format,
            "text");
  // A JSON resume's '@' are inside its strings.
  EXPECT_EQ(
      read_document("/p/cv.json", R"({"basics": {"name": "Jane Doe", "email": "jane@x.org"}})",
                    ExtractContext{})
          .format,
      "jsonresume");
}

}  // namespace
}  // namespace savant::indexer
