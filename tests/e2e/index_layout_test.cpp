// SPDX-License-Identifier: MIT
// The index layout's documented choices (docs/index-size.md): no positions, so
// a phrase matches its words anywhere in one evidence unit; an index of an
// older layout is refused with the "incompatible index" exit code.
#include "schema/prefixes.hpp"
#include "schema/schema_version.hpp"
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <set>
#include <string>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;
using Names = std::set<std::string>;

TEST(IndexLayout, NoDocumentCarriesPositions) {
  Xapian::Database db(seed_index());
  EXPECT_GT(db.get_doccount(), 0u);
  EXPECT_FALSE(db.has_positions());
}

TEST(IndexLayout, APhraseMatchesItsWordsInAnyOrderWithinOneUnit) {
  const Names in_order = name_set(search_seeds({"title:\"sequence parallelism\""}));
  EXPECT_EQ(in_order, Names{"Fuzhao Xue"});
  EXPECT_EQ(name_set(search_seeds({"title:\"parallelism sequence\""})), in_order);
}

TEST(IndexLayout, AnIndexOfTheOldLayoutIsRefused) {
  TempDir dir;
  const fs::path docs = dir.path() / "docs";
  fs::create_directories(docs);
  copy_seeds(docs);
  const std::string index = (dir.path() / "index").string();
  CommandResult built = run_savant({"index", "--db", index, docs.string()});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  {
    Xapian::WritableDatabase db(index);
    db.set_metadata(std::string(schema::kMetaSchemaVersion),
                    std::to_string(schema::kSchemaVersion - 1));
    db.commit();
  }
  const std::string old_version =
      "index has schema version " + std::to_string(schema::kSchemaVersion - 1);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"search", "--db", index, "MoE"}, {"index", "--db", index, docs.string()}}) {
    CommandResult r = run_savant(args);
    EXPECT_EQ(r.exit_code, 4) << args[0] << ": " << r.err;
    EXPECT_NE(r.err.find(old_version), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("re-index"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace savant::testing
