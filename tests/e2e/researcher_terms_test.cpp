// SPDX-License-Identifier: MIT
// Schema 9 (docs/index-size.md): a researcher's affiliations and e-mails are
// terms of their researcher document only, not of every evidence unit, and
// `institution:` / `email:` hold for a unit when its researcher's document
// matches (or, for `institution:`, the unit's own organisation does). Checked
// on an index of corpus/real built by the real binary.
#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace savant::testing {
namespace {

using Ids = std::set<std::string>;

class ResearcherTerms : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    const CommandResult r =
        run_savant({"index", "--db", db_path(), "--quiet", corpus_dir() + "/real"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::string db_path() { return *dir_ / "idx"; }

  static bool is_kind(const Xapian::Database& db, Xapian::docid did, std::string_view kind) {
    const std::string term = schema::make_term(schema::kPrefixKind, kind);
    auto t = db.termlist_begin(did);
    t.skip_to(term);
    return t != db.termlist_end(did) && *t == term;
  }

  // The researchers of every document (researcher or unit) holding `term`.
  static Ids researchers_with(const Xapian::Database& db, const std::string& term) {
    Ids ids;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
      ids.insert(db.get_document(*p).get_value(schema::kSlotResearcher));
    }
    return ids;
  }

  static Ids ids_found(const std::string& query) {
    const CommandResult r = run_savant(
        {"search", "--db", db_path(), "--format", "json", "--limit", "1000", "--", query});
    EXPECT_EQ(r.exit_code, 0) << query << ": " << r.err;
    Ids ids;
    if (r.exit_code != 0) return ids;
    const nlohmann::json results = nlohmann::json::parse(r.out);
    for (const auto& hit : results.at("results")) {
      ids.insert(hit.at("id").get<std::string>());
    }
    return ids;
  }

  static std::unique_ptr<TempDir> dir_;
};

std::unique_ptr<TempDir> ResearcherTerms::dir_;

// The institution words of each researcher document's stored affiliations,
// with the researchers naming them: words of ASCII letters only (lower case),
// so that Xapian splits them as this does.
std::map<std::string, Ids> affiliation_words(const Xapian::Database& db) {
  std::map<std::string, Ids> words;
  const std::string kind = schema::make_term(schema::kPrefixKind, schema::kKindResearcher);
  for (auto p = db.postlist_begin(kind); p != db.postlist_end(kind); ++p) {
    const Xapian::Document doc = db.get_document(*p);
    const nlohmann::json researcher = nlohmann::json::parse(doc.get_data());
    for (const auto& affiliation : researcher.value("affiliations", nlohmann::json::array())) {
      std::string word;
      bool letters = true;
      for (char c : affiliation.get<std::string>() + " ") {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || std::isalnum(b) || c == '\'' || c == '_') {
          letters = letters && std::isalpha(b);
          word += static_cast<char>(std::tolower(b));
          continue;
        }
        if (letters && word.size() >= 3) words[word].insert(doc.get_value(schema::kSlotResearcher));
        word.clear();
        letters = true;
      }
    }
  }
  return words;
}

TEST_F(ResearcherTerms, AffiliationsAndEmailsAreOnTheResearcherDocumentNotTheUnits) {
  Xapian::Database db(db_path());
  const std::string evidence = schema::make_term(schema::kPrefixKind, schema::kKindEvidence);
  const std::string institution = "Z" + std::string(schema::kPrefixInstitution);
  std::size_t units = 0;
  std::size_t with_organisation = 0;
  for (auto p = db.postlist_begin(evidence); p != db.postlist_end(evidence); ++p) {
    ++units;
    bool organisation = false;
    for (auto t = db.termlist_begin(*p); t != db.termlist_end(*p); ++t) {
      const std::string term = *t;
      EXPECT_NE(term.rfind(schema::kPrefixEmail, 0), 0u) << "unit " << *p << ": " << term;
      if (term.rfind(institution, 0) != 0) continue;
      // The unit's own organisation is also indexed as plain words: an
      // institution word without its plain stem came from elsewhere (before
      // schema 9, from the researcher's affiliations).
      organisation = true;
      const std::string plain = "Z" + term.substr(institution.size());
      EXPECT_GT(db.get_termfreq(plain), 0u) << term;
      auto same = db.termlist_begin(*p);
      same.skip_to(plain);
      EXPECT_TRUE(same != db.termlist_end(*p) && *same == plain) << "unit " << *p << ": " << term;
    }
    with_organisation += organisation ? 1 : 0;
  }
  EXPECT_GT(units, 500u);
  EXPECT_GT(with_organisation, 0u);

  // Each researcher document has their e-mails and the words of their affiliations.
  const std::string kind = schema::make_term(schema::kPrefixKind, schema::kKindResearcher);
  std::size_t emails = 0;
  std::size_t with_affiliations = 0;
  const Xapian::Stem stem("english");
  for (auto p = db.postlist_begin(kind); p != db.postlist_end(kind); ++p) {
    const nlohmann::json researcher = nlohmann::json::parse(db.get_document(*p).get_data());
    auto has = [&](const std::string& term) {
      auto t = db.termlist_begin(*p);
      t.skip_to(term);
      return t != db.termlist_end(*p) && *t == term;
    };
    for (const auto& email : researcher.value("emails", nlohmann::json::array())) {
      ++emails;
      EXPECT_TRUE(has(schema::make_term(schema::kPrefixEmail, email.get<std::string>()))) << email;
    }
    with_affiliations += researcher.value("affiliations", nlohmann::json::array()).empty() ? 0 : 1;
  }
  EXPECT_GT(emails, 10u);
  EXPECT_GT(with_affiliations, 10u);
  // Each word of a researcher's stored affiliations is a term of their own
  // researcher document.
  std::size_t words = 0;
  for (const auto& [word, ids] : affiliation_words(db)) {
    const std::string term = "Z" + std::string(schema::kPrefixInstitution) + stem(word);
    for (const std::string& id : ids) {
      const std::string unique = schema::researcher_unique_term(id);
      auto doc = db.postlist_begin(unique);
      ASSERT_NE(doc, db.postlist_end(unique)) << id;
      auto t = db.termlist_begin(*doc);
      t.skip_to(term);
      EXPECT_TRUE(t != db.termlist_end(*doc) && *t == term) << id << ": " << term;
      ++words;
    }
  }
  EXPECT_GT(words, 20u);
}

// Every researcher whose researcher document has the word, and every
// researcher of a unit whose organisation has it: no one else.
TEST_F(ResearcherTerms, InstitutionAndEmailFindExactlyTheResearchersWhoseDocumentMatches) {
  Xapian::Database db(db_path());
  const Xapian::Stem stem("english");
  std::size_t words = 0;
  std::size_t only_by_affiliation = 0;  // found through the researcher document alone
  for (const auto& [word, named_by] : affiliation_words(db)) {
    if (++words > 30) break;
    const std::string term = "Z" + std::string(schema::kPrefixInstitution) + stem(word);
    const Ids expected = researchers_with(db, term);
    for (const std::string& id : named_by) EXPECT_EQ(expected.count(id), 1u) << word << " " << id;
    EXPECT_EQ(ids_found("institution:" + word), expected) << word;
    Ids by_units;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
      if (is_kind(db, *p, schema::kKindEvidence)) {
        by_units.insert(db.get_document(*p).get_value(schema::kSlotResearcher));
      }
    }
    for (const std::string& id : expected) only_by_affiliation += by_units.count(id) ? 0 : 1;
  }
  EXPECT_GT(words, 10u);
  EXPECT_GT(only_by_affiliation, 0u);

  // email: finds the researchers whose document has the e-mail, no one else.
  std::size_t checked = 0;
  const std::string prefix(schema::kPrefixEmail);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix) && checked < 10; ++t) {
    const std::string email = (*t).substr(prefix.size());
    EXPECT_EQ(ids_found("email:" + email), researchers_with(db, *t)) << email;
    ++checked;
  }
  EXPECT_EQ(checked, 10u);
  EXPECT_TRUE(ids_found("email:nobody@nowhere.invalid").empty());
}

}  // namespace
}  // namespace savant::testing
