// SPDX-License-Identifier: MIT
// A run after one file changed builds only the researchers whose records
// changed: the others' documents are kept as they are (not even rebuilt and
// compared), and the index still equals one built from scratch.
#include "schema/prefixes.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

std::string kind_term(std::string_view kind) {
  return std::string(schema::kPrefixKind) + std::string(kind);
}

std::string export_all(const std::string& db_path) {
  CommandResult r = run_savant({"export", "--db", db_path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

TEST(Rederive, OnlyResearchersWhoseRecordsChangedAreBuilt) {
  TempDir dir;
  const fs::path input = fs::path(dir / "input");
  fs::copy(corpus_dir() + "/real", input, fs::copy_options::recursive);
  const std::string db = dir / "index";
  CommandResult r = run_savant({"index", "--db", db, "--quiet", input.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // The file to change, its researcher, and another researcher whose stored
  // fingerprint is spoiled: rebuilding them would rewrite their document.
  const std::string changed = fs::canonical(input / "aarunkumar__about.md").string();
  Xapian::docid owner = 0;
  Xapian::docid other = 0;
  {
    Xapian::WritableDatabase w(db);
    const std::string term = kind_term(schema::kKindResearcher);
    for (auto it = w.postlist_begin(term); it != w.postlist_end(term); ++it) {
      Xapian::Document doc = w.get_document(*it);
      if (doc.get_data().find(changed) != std::string::npos) {
        owner = *it;  // the profile lists its sources
      } else if (other == 0) {
        other = *it;
        doc.add_value(schema::kSlotFingerprint, "spoiled");
        w.replace_document(other, doc);
      }
    }
    w.commit();
  }
  ASSERT_NE(owner, 0u);
  ASSERT_NE(other, 0u);

  std::ofstream(changed, std::ios::app) << "\n## Skills\n\n- basketweaving\n";
  r = run_savant({"index", "--db", db, "--verbose", input.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("indexed 1 file(s)"), std::string::npos) << r.err;
  EXPECT_EQ(Xapian::Database(db).get_document(other).get_value(schema::kSlotFingerprint), "spoiled")
      << "a researcher whose records did not change was built again";
  CommandResult found = run_savant({"search", "--db", db, "basketweaving"});
  EXPECT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(found.out.find("No researcher matches"), std::string::npos) << found.out;

  // Still the index a first build of the changed folder gives.
  const std::string fresh = dir / "fresh";
  ASSERT_EQ(
      run_savant({"index", "--db", fresh, "--quiet", "--jobs", "1", input.string()}).exit_code, 0);
  EXPECT_EQ(export_all(db), export_all(fresh));
}

}  // namespace
}  // namespace savant::testing
