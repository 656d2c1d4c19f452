// SPDX-License-Identifier: MIT
// Hostile and broken input per format, through the dispatcher `savant index`
// uses: each is refused with the file's name and a reason, or read as far as it
// safely can; nothing crashes, hangs or takes unbounded memory. The files are
// made here, in memory or in temporary directories.
#include "indexer/readers/document_reader.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

// The error read_document() gives for `bytes` as `path`, or "" when it reads them.
std::string refusal(const std::string& path, const std::string& bytes) {
  try {
    read_document(path, bytes, ExtractContext{});
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::input) << e.what();
    return e.what();
  }
  return "";
}

using testing::contains;

// Sets the uncompressed size every header of a one-member zip declares, so the
// archive lies about what its member inflates to.
std::string with_declared_size(std::string zip, std::uint32_t size) {
  auto patch = [&](const std::string& signature, std::size_t offset) {
    for (std::size_t at = zip.find(signature); at != std::string::npos;
         at = zip.find(signature, at + 4)) {
      for (int i = 0; i < 4; ++i)
        zip[at + offset + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    }
  };
  patch(std::string("PK\x03\x04", 4), 22);  // local file header
  patch(std::string("PK\x01\x02", 4), 24);  // central directory entry
  return zip;
}

TEST(BadInput, CorruptPdfAndDocxAreRefusedByName) {
  EXPECT_TRUE(
      contains(refusal("/cvs/cv.pdf", "%PDF-1.4\nno objects here"), "/cvs/cv.pdf: damaged PDF"));
  const std::string pdf = testing::make_pdf({{{72, 72, 12, "Jane Doe", true}}});
  EXPECT_TRUE(contains(refusal("/cvs/cut.pdf", pdf.substr(0, pdf.size() / 3)), "/cvs/cut.pdf: "));
  EXPECT_TRUE(
      contains(refusal("/cvs/cv.docx", std::string("PK\x03\x04 torn", 9)), "/cvs/cv.docx: "));
  const std::string docx = testing::make_zip({{"word/document.xml", "<w:document/>"}});
  const std::string torn = docx.substr(0, docx.size() / 2);
  EXPECT_TRUE(contains(refusal("/cvs/torn.docx", torn), "/cvs/torn.docx: "))
      << refusal("/cvs/torn.docx", torn);
}

TEST(BadInput, ZipBombDocxIsRefusedWithoutInflatingIt) {
  // 65 MiB of one byte deflates to about 65 KiB: more than any CV's XML.
  const std::string bomb = testing::make_zip(
      {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(65u << 20, 'a')}});
  ASSERT_LT(bomb.size(), 1u << 20);
  const std::string honest = refusal("/cvs/bomb.docx", bomb);
  EXPECT_TRUE(contains(honest, "/cvs/bomb.docx: ")) << honest;
  EXPECT_TRUE(contains(honest, "too large")) << honest;
  // The same archive claiming its member is small: inflating stops at the limit
  // or at the lie, whichever comes first, and the file is refused all the same.
  const std::string liar = refusal("/cvs/liar.docx", with_declared_size(bomb, 4096));
  EXPECT_TRUE(contains(liar, "/cvs/liar.docx: ")) << liar;
}

TEST(BadInput, JsonThatIsNotAResumeIsRefusedWithAReason) {
  EXPECT_TRUE(contains(refusal("/p/package.json", R"({"name": "webpack", "version": "1.0.0"})"),
                       "/p/package.json: no list of publications"));
  EXPECT_TRUE(contains(refusal("/p/numbers.json", "[1, 2, 3]"), "/p/numbers.json: "));
  EXPECT_TRUE(
      contains(refusal("/p/cut.json", R"({"basics": {"name": )"), "/p/cut.json: not valid JSON"));
  // Typographic quotes inside JSON strings stay JSON (they are normalised only
  // after the format is known).
  DocumentRecord resume = read_document("/p/resume.json",
                                        "{\"basics\": {\"name\": \"Ada Lovelace\", \"summary\": "
                                        "\"Wrote \xE2\x80\x9CNotes\xE2\x80\x9D.\"}}",
                                        ExtractContext{});
  EXPECT_EQ(resume.format, "jsonresume");
  EXPECT_EQ(resume.name, "Ada Lovelace");
}

TEST(BadInput, UnbalancedBibtexKeepsTheEntriesAroundTheBrokenOne) {
  DocumentRecord record = read_document(
      "/p/papers.bib",
      "@article{a, author={Jane Doe and John Roe}, title={A Good Paper}, journal={Nature},"
      " year={2020}}\n"
      "@article{b, author={Jane Doe}, title={Unclosed {brace, year={2021}\n"
      "@inproceedings{c, author={Jane Doe}, title={Another Paper}, booktitle={ICML}, "
      "year={2022}}\n",
      ExtractContext{});
  EXPECT_EQ(record.format, "bibtex");
  EXPECT_EQ(testing::count_evidence(record, EvidenceKind::publication), 2u);
  EXPECT_EQ(record.name, "Jane Doe");
  EXPECT_TRUE(contains(refusal("/p/only.bib", "@article{x, title={never closed"), "/p/only.bib: "));
}

TEST(BadInput, NulBytesAreBinaryData) {
  EXPECT_TRUE(contains(refusal("/p/cv.txt", std::string("Jane Doe\0\0\0 CV", 15)),
                       "/p/cv.txt: binary data"));
}

TEST(BadInput, FilesOverTheSizeLimitAreNotRead) {
  testing::TempDir dir;
  const std::string path = dir / "big.txt";
  testing::write_file(path, std::string(2048, 'x'));
  try {
    load_file(path, 1024);
    ADD_FAILURE() << "a 2 KiB file passed a 1 KiB limit";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::input);
    EXPECT_EQ(std::string(e.what()), path + ": file too large (2.0 KiB; the limit is 1.0 KiB)");
  }
  EXPECT_EQ(load_file(path, 2048).size(), 2048u);  // at the limit is allowed
  EXPECT_EQ(load_file(path, 0).size(), 2048u);     // 0: no limit
}

}  // namespace
}  // namespace savant::indexer
