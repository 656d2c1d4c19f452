// SPDX-License-Identifier: MIT
// The indexer writes stems only (schema 4): each term a query searches must be
// the term the indexer wrote for the same text, CJK n-grams included.
#include "indexer/stemmed_terms.hpp"

#include "indexer/document_builder.hpp"
#include "searcher/query_builder.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

TEST(StemmedTerms, CjkRangesAreThoseOfTheInstalledXapian) {
  Xapian::TermGenerator terms;
  terms.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  std::size_t cjk = 0;
  std::size_t mismatches = 0;
  for (unsigned cp = 0x80; cp < 0x110000; ++cp) {
    if ((cp >= 0xD800 && cp < 0xE000) || !Xapian::Unicode::is_wordchar(cp)) continue;
    std::string one;
    Xapian::Unicode::append_utf8(one, cp);
    Xapian::Document doc;
    terms.set_document(doc);
    terms.index_text_without_positions(one + one);
    // Xapian cuts CJK text into n-grams: "XX" also gives the unigram "X".
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to(one);
    const bool ngrams = t != doc.termlist_end() && *t == one;
    cjk += ngrams ? 1 : 0;
    if (ngrams != is_cjk_codepoint(cp) && ++mismatches <= 5) {
      ADD_FAILURE() << "code point " << std::hex << cp << ": Xapian n-grams it: " << ngrams;
    }
  }
  EXPECT_EQ(mismatches, 0u);
  EXPECT_GT(cjk, 20000u);  // the unified ideographs at least
}

TEST(StemmedTerms, WordsAreZStemsAndCjkNgramsStayAsWritten) {
  EXPECT_EQ(stemmed_term("", "learning", "learn"), "Zlearn");
  EXPECT_EQ(stemmed_term("XI", "stanford", "stanford"), "ZXIstanford");
  EXPECT_EQ(stemmed_term("A", "张伟", "张伟"), "A张伟");
  EXPECT_EQ(stemmed_term("", "müller", "müller"), "Zmüller");
}

std::vector<std::string> query_terms(const std::string& query) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  SearchRequest request;
  request.query = query;
  const Xapian::Query built = searcher::build_query(request, db).query;
  return {built.get_unique_terms_begin(), built.get_unique_terms_end()};
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator t = doc.termlist_begin();
  t.skip_to(term);
  return t != doc.termlist_end() && *t == term;
}

TEST(StemmedTerms, EveryTermAQuerySearchesIsInTheUnitOfThatText) {
  Researcher researcher;
  researcher.id = "jurgen-muller";
  researcher.name = "Jürgen Müller 张伟";
  DocumentBuilder builder;
  for (const std::string text :
       {"Scaling Sparse Routing for C++ Compilers", "张伟的机器学习研究 deep learning",
        "O'Reilly's 3D-vision GPT-4 models", "running runners ran", "한국어 자연어 처리"}) {
    EvidenceUnit unit;
    unit.evidence.kind = EvidenceKind::publication;
    unit.evidence.title = text;
    SpellingWords words;
    const BuiltDocument built = builder.evidence_document(researcher, unit, words);
    const Xapian::Document& doc = built.document;
    std::size_t checked = 0;
    for (const std::string& term : query_terms(text)) {
      // A bare word also searches the name (A): the title's words are no name.
      // Topic terms (XT) come from the taxonomy, not from this unit's words.
      if (term.rfind("XK", 0) == 0 || term.rfind("XT", 0) == 0 || term.rfind("ZA", 0) == 0 ||
          term.rfind("A", 0) == 0) {
        continue;
      }
      EXPECT_TRUE(has_term(doc, term)) << text << ": " << term;
      ++checked;
    }
    EXPECT_GT(checked, 2u) << text;
    for (const std::string& term : query_terms("name:Jürgen name:Müller name:张伟")) {
      if (term.rfind("XK", 0) == 0) continue;
      EXPECT_TRUE(has_term(doc, term)) << term;
    }
    // Nothing as written: the index has stems only.
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const char first = (*t)[0];
      EXPECT_FALSE(first >= 'a' && first <= 'z') << *t;
    }
    EXPECT_FALSE(words.empty()) << text;
  }
}

TEST(StemmedTerms, SpellingWordsAreTheUnprefixedWordsAsWritten) {
  Researcher researcher;
  researcher.id = "ada";
  researcher.name = "Ada Lovelace";
  researcher.affiliations = {"Analytical Engine Society"};
  EvidenceUnit unit;
  unit.evidence.kind = EvidenceKind::publication;
  unit.evidence.title = "Notes on Bernoulli Numbers";
  unit.evidence.text = "Computing 1843 sketches";
  DocumentBuilder builder;
  SpellingWords words;
  builder.evidence_document(researcher, unit, words);
  for (const char* word :
       {"notes", "bernoulli", "numbers", "computing", "sketches", "ada", "lovelace"}) {
    EXPECT_EQ(words.count(word), 1u) << word;
  }
  EXPECT_EQ(words.count("1843"), 0u);     // numbers are never suggested
  EXPECT_EQ(words.count("society"), 0u);  // affiliations are institution: words only
  // The words go to the index's vocabulary documents (once per index), not
  // on the researcher's profile (schema 10).
  const BuiltDocument profile = builder.researcher_document(researcher);
  EXPECT_FALSE(has_term(profile.document, "XWbernoulli"));
  EXPECT_FALSE(has_term(profile.document, "XWlovelace"));
  EXPECT_FALSE(has_term(profile.document, "Zbernoulli"));
  EXPECT_TRUE(has_term(profile.document, "XRada"));
}

}  // namespace
}  // namespace savant::indexer
