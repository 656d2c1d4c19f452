// SPDX-License-Identifier: MIT
// One indexing run over a folder of broken and hostile files of every kind next
// to a good CV: each bad file is reported on stderr by name and reason, the run
// ends with exit code 3, and the good file and the readable part of a broken
// publication list are indexed. The files are made here, in a temporary folder.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/indexer/readers/reader_test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace savant::testing {
namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CliBadInput, BrokenFilesAreReportedAndTheRestIsIndexed) {
  TempDir dir;
  const auto docs = dir.path() / "docs";
  std::filesystem::create_directories(docs);
  std::filesystem::copy_file(corpus_dir() + "/seeds/004_b833a841c0c884f2.txt", docs / "good.txt");
  write_file(docs / "corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated");
  write_file(docs / "corrupt.docx", std::string("PK\x03\x04\x14\x00 not a zip", 16));
  write_file(docs / "bomb.docx", make_zip({{"[Content_Types].xml", "<Types/>"},
                                           {"word/document.xml", std::string(65u << 20, 'a')}}));
  write_file(docs / "package.json", R"({"name": "left-pad", "version": "1.3.0"})");
  write_file(docs / "unbalanced.bib",
             "@article{a, author={Ada Lovelace}, title={Notes on the Analytical Engine},"
             " journal={Nature}, year={1843}}\n"
             "@article{b, author={Ada Lovelace}, title={Unclosed {brace, year={1844}\n");
  write_file(docs / "nul.txt", std::string("Jane Doe\0\0 CV", 13));
  write_file(docs / "huge.txt", std::string(200 << 10, 'x'));

  CommandResult r =
      run_savant({"index", "--db", dir / "index", "--max-file-size", "100K", docs.string()});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(has(r.err, "corrupt.pdf: damaged PDF")) << r.err;
  EXPECT_TRUE(has(r.err, "corrupt.docx: ")) << r.err;
  EXPECT_TRUE(has(r.err, "bomb.docx: ")) << r.err;
  EXPECT_TRUE(has(r.err, "too large")) << r.err;
  EXPECT_TRUE(has(r.err, "package.json: no list of publications")) << r.err;
  EXPECT_TRUE(has(r.err, "nul.txt: binary data")) << r.err;
  EXPECT_TRUE(has(r.err, "huge.txt: file too large (200.0 KiB; the limit is 100.0 KiB)")) << r.err;
  EXPECT_FALSE(has(r.err, "good.txt")) << r.err;
  EXPECT_FALSE(has(r.err, "unbalanced.bib")) << r.err;
  EXPECT_TRUE(has(r.err, "indexed 2 file(s)")) << r.err;
  EXPECT_TRUE(has(r.err, "6 failed")) << r.err;

  CommandResult moe = run_savant({"search", "--db", dir / "index", "--format", "json", "MoE"});
  ASSERT_EQ(moe.exit_code, 0) << moe.err;
  EXPECT_EQ(name_set(nlohmann::json::parse(moe.out)), std::set<std::string>{"Fuzhao Xue"});
  CommandResult ada =
      run_savant({"search", "--db", dir / "index", "--format", "json", "analytical"});
  ASSERT_EQ(ada.exit_code, 0) << ada.err;
  EXPECT_EQ(name_set(nlohmann::json::parse(ada.out)), std::set<std::string>{"Ada Lovelace"});

  // Without the lower limit the 200 KiB file is read (as text, it names no one).
  CommandResult big = run_savant({"index", "--db", dir / "index2", (docs / "huge.txt").string()});
  EXPECT_FALSE(has(big.err, "too large")) << big.err;

  CommandResult bad =
      run_savant({"index", "--db", dir / "index3", "--max-file-size", "lots", docs.string()});
  EXPECT_EQ(bad.exit_code, 1) << bad.err;
  EXPECT_TRUE(has(bad.err, "--max-file-size: 'lots' is not a size")) << bad.err;
}

}  // namespace
}  // namespace savant::testing
