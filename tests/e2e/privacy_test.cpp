// SPDX-License-Identifier: MIT
// Privacy through the real binary: phone numbers, home addresses and dates of
// birth in real CVs are never searchable, are shown by show/search only with
// --show-contact, and never exported; e-mail addresses are shown always.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

class Privacy : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const fs::path docs = dir_->path() / "docs";
    // Fuzhao Xue's real CV (its header has his phone number), with a summary
    // section that also carries contact details and a word to search for.
    std::string cv = read_file(fs::path(corpus_dir()) / "seeds" / "004_b833a841c0c884f2.txt");
    cv +=
        "\n### **SUMMARY**\n\nResearcher in scalable training and a keen zorbing enthusiast. "
        "Phone: +65 9123 4567. Home address: 21 Lower Kent Ridge Road, Singapore 119077\n"
        "Date of birth: 14 July 1995\n";
    write_file(docs / "fuzhao.md", cv);
    // Real JSON Resumes with phone numbers and a street address.
    for (const char* name : {"aalkurdi__resume.json", "yding__resume.json"}) {
      fs::copy_file(fs::path(corpus_dir()) / "real" / name, docs / name);
    }
    db_ = new std::string(*dir_ / "index");
    CommandResult r = run_savant({"index", "--db", *db_, docs.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete db_;
    delete dir_;
  }

  static nlohmann::json search(const std::vector<std::string>& args) {
    std::vector<std::string> full{"search", "--db", *db_, "--format", "json"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult r = run_savant(full);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }

  static CommandResult run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", *db_});
    return run_savant(args);
  }

  static TempDir* dir_;
  static std::string* db_;
};

TempDir* Privacy::dir_ = nullptr;
std::string* Privacy::db_ = nullptr;

TEST_F(Privacy, TheSectionIsIndexedButNotTheContactDetailsInIt) {
  // The summary's words are searchable: the section was indexed.
  EXPECT_EQ(name_set(search({"zorbing"})), std::set<std::string>{"Fuzhao Xue"});
  for (const char* query :
       {"91234567", "9123", "4567", "\"9123 4567\"", "83434586", "119077", "\"Kent Ridge\"",
        "\"14 July 1995\"", "979-7913", "7913", "\"Broadway St\"", "238-1952"}) {
    nlohmann::json results = search({query});
    EXPECT_EQ(results.at("total"), 0) << query << ": " << results.dump();
  }
}

TEST_F(Privacy, ShowHidesContactDetailsUnlessAsked) {
  CommandResult plain = run({"show", "fuzhao-xue"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.out.find("xuefuzhao@outlook.com"), std::string::npos) << plain.out;
  for (const char* hidden : {"9123", "83434586", "Kent Ridge", "1995"}) {
    EXPECT_EQ(plain.out.find(hidden), std::string::npos) << hidden << " in\n" << plain.out;
  }

  CommandResult shown = run({"show", "--show-contact", "fuzhao-xue"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  for (const char* visible :
       {"+65 9123 4567", "+65 83434586", "21 Lower Kent Ridge Road, Singapore 119077",
        "14 July 1995", "xuefuzhao@outlook.com"}) {
    EXPECT_NE(shown.out.find(visible), std::string::npos) << visible << " not in\n" << shown.out;
  }

  nlohmann::json json_plain =
      nlohmann::json::parse(run({"show", "--format", "json", "fuzhao-xue"}).out);
  EXPECT_FALSE(json_plain.contains("contact"));
  nlohmann::json json_shown =
      nlohmann::json::parse(run({"show", "--format", "json", "--show-contact", "fuzhao-xue"}).out);
  EXPECT_EQ(json_shown.at("contact").at("birth_dates"), nlohmann::json::array({"14 July 1995"}));
}

TEST_F(Privacy, JsonResumePhoneAndAddressAreShownOnlyOnRequest) {
  nlohmann::json hidden = search({"--limit", "50"});
  nlohmann::json shown = search({"--limit", "50", "--show-contact"});
  EXPECT_EQ(hidden.dump().find("979-7913"), std::string::npos);
  EXPECT_EQ(hidden.dump().find("2712 Broadway"), std::string::npos);
  EXPECT_NE(shown.dump().find("(217) 979-7913"), std::string::npos) << shown.dump();
  EXPECT_NE(shown.dump().find("2712 Broadway St"), std::string::npos) << shown.dump();
  EXPECT_NE(shown.dump().find("706-238-1952"), std::string::npos) << shown.dump();

  CommandResult text = run({"search", "--show-contact", "zorbing"});
  EXPECT_NE(text.out.find("+65 9123 4567"), std::string::npos) << text.out;
  EXPECT_EQ(run({"search", "zorbing"}).out.find("9123"), std::string::npos);
}

TEST_F(Privacy, ExportNeverCarriesContactDetails) {
  CommandResult r = run({"export"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("xuefuzhao@outlook.com"), std::string::npos);
  for (const char* hidden : {"9123 4567", "83434586", "979-7913", "Kent Ridge", "Broadway"}) {
    EXPECT_EQ(r.out.find(hidden), std::string::npos) << hidden;
  }
}

}  // namespace
}  // namespace savant::testing
