// SPDX-License-Identifier: MIT
// Query syntax checks and year ranges, and the built query on a real
// in-memory database.
#include "searcher/query_builder.hpp"

#include "schema/prefixes.hpp"
#include "schema/taxonomy.hpp"
#include "schema/terms.hpp"
#include "searcher/field_processors.hpp"
#include "searcher/score_explanation.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <tuple>
#include <utility>
#include <vector>

namespace savant::searcher {
namespace {

TEST(QuerySyntax, AcceptsWellFormedQueries) {
  for (const char* q : {"moe", "\"mixture of experts\" AND translation", "(moe OR nmt) NOT vision",
                        "name:zhao", "venue:\"Advances in Neural Information Processing Systems\"",
                        "year:2022..2024", "NOT moe", "title:routing -dense"}) {
    EXPECT_NO_THROW(check_query_syntax(q)) << q;
  }
}

TEST(QuerySyntax, RejectsBrokenQueriesWithReasons) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\"mixture of experts", "unmatched '\"'"},
      {"(moe", "unmatched '('"},
      {"moe)", "unmatched ')'"},
      {"moe AND", "nothing on its right"},
      {"OR moe", "'OR' has nothing on its left"},
      {"colour:blue", "unknown field 'colour:'"},
      {"name: zhao", "field 'name:' has no value"},
      {"()", "empty parentheses"},
  };
  for (const auto& [query, reason] : cases) {
    try {
      check_query_syntax(query);
      ADD_FAILURE() << "accepted " << query;
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::query);
      EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(query), std::string::npos) << e.what();
    }
  }
}

TEST(YearRange, ParsesSinglesRangesAndOpenEnds) {
  const std::vector<std::tuple<std::string, int, int>> cases = {
      {"2023", 2023, 2023}, {"2022..2024", 2022, 2024}, {"2020..", 2020, 0}, {"..2019", 0, 2019}};
  for (const auto& [text, from, to] : cases) {
    int f = -1;
    int t = -1;
    parse_year_range(text, f, t);
    EXPECT_EQ(f, from) << text;
    EXPECT_EQ(t, to) << text;
  }
  int f = 0;
  int t = 0;
  for (const char* bad : {"20x3", "..", "99", "2023..20", "twenty"}) {
    EXPECT_THROW(parse_year_range(bad, f, t), Error) << bad;
  }
}

// A database whose only documents carry the year terms of `years`.
Xapian::WritableDatabase with_years(const std::vector<int>& years) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int year : years) {
    Xapian::Document doc;
    doc.add_boolean_term(schema::year_term(year));
    db.add_document(doc);
  }
  return db;
}

TEST(QueryBuilder, FiltersApplyToEvidenceOnly) {
  Xapian::WritableDatabase db = with_years({2022, 2023});
  SearchRequest request;
  request.query = "MoE";
  request.venue = "NIPS";
  request.year_from = 2023;
  request.year_to = 2023;
  BuiltQuery built = build_query(request, db);
  const std::string text = built.query.get_description();
  EXPECT_NE(text.find("XTmixture_of_experts"), std::string::npos) << text;
  EXPECT_NE(text.find("XVneurips"), std::string::npos) << text;
  EXPECT_NE(text.find("XY2023"), std::string::npos) << text;
  EXPECT_EQ(text.find("XY2022"), std::string::npos) << text;
  // Only evidence units hold topic, venue and year terms: no kind filter.
  EXPECT_EQ(text.find("XKevidence"), std::string::npos) << text;
}

// The kind filter stays where the query could match a source or researcher
// document: no term, or only terms such documents carry too.
TEST(QueryBuilder, TheKindFilterStaysWhereOtherDocumentsCouldMatch) {
  Xapian::WritableDatabase db = with_years({2022, 2023});
  auto has_kind_filter = [&](const std::string& query) {
    SearchRequest request;
    request.query = query;
    return build_query(request, db).query.get_description().find("XKevidence") != std::string::npos;
  };
  EXPECT_TRUE(has_kind_filter(""));
  EXPECT_TRUE(has_kind_filter("institution:stanford"));
  EXPECT_TRUE(has_kind_filter("learning OR institution:stanford"));
  EXPECT_TRUE(has_kind_filter("NOT learning"));
  EXPECT_FALSE(has_kind_filter("learning"));
  EXPECT_FALSE(has_kind_filter("learning institution:stanford"));
  EXPECT_FALSE(has_kind_filter("learning NOT robotics"));
  EXPECT_FALSE(has_kind_filter("kind:publication OR year:2023"));
  EXPECT_FALSE(schema::only_on_evidence(schema::make_term(schema::kPrefixKind, "researcher")));
  EXPECT_FALSE(
      schema::only_on_evidence(schema::make_term(schema::kPrefixKind, schema::kKindVocabulary)));
  EXPECT_FALSE(schema::only_on_evidence("ZXIstanford"));
  EXPECT_FALSE(schema::only_on_evidence("XWlearning"));
  EXPECT_TRUE(schema::only_on_evidence("ZAzhang"));
  EXPECT_TRUE(schema::only_on_evidence(schema::make_term(schema::kPrefixKind, "publication")));
}

// Schema 7: a year filter reads the postings of the years asked for (the
// index's own year terms in range), not the year value of every document.
TEST(QueryBuilder, YearFilterIsTheYearTermsTheIndexHasInRange) {
  Xapian::WritableDatabase db = with_years({1899, 1999, 2019, 2020, 2021, 2023});
  auto years_in = [&](int from, int to) {
    std::string text = year_query(db, from, to).get_description();
    std::vector<int> found;
    for (std::size_t at = text.find("XY"); at != std::string::npos; at = text.find("XY", at + 2)) {
      // "XY" alone is the term no document has (no year in range).
      if (at + 2 < text.size() && std::isdigit(static_cast<unsigned char>(text[at + 2]))) {
        found.push_back(std::stoi(text.substr(at + 2, 4)));
      }
    }
    return found;
  };
  EXPECT_EQ(years_in(2019, 2022), (std::vector<int>{2019, 2020, 2021}));
  EXPECT_EQ(years_in(2023, 2023), (std::vector<int>{2023}));
  EXPECT_EQ(years_in(2021, 0), (std::vector<int>{2021, 2023}));
  EXPECT_EQ(years_in(0, 1999), (std::vector<int>{1899, 1999}));  // what the index has
  EXPECT_TRUE(years_in(2024, 2030).empty());
  EXPECT_EQ(year_query(db, 2024, 2030).get_type(), Xapian::Query::OP_SCALE_WEIGHT);
  EXPECT_THROW(year_query(db, 2023, 2019), Error);
  // The query language's year: field gives the same terms.
  SearchRequest request;
  request.query = "year:2020..2021";
  const std::string text = build_query(request, db).query.get_description();
  EXPECT_NE(text.find("XY2020"), std::string::npos) << text;
  EXPECT_NE(text.find("XY2021"), std::string::npos) << text;
  EXPECT_EQ(text.find("XY2019"), std::string::npos) << text;
}

// A year field with no year of the index in range matches nothing. It used
// to match everything: the query parser took the empty MatchNothing from a
// boolean field's processor as no filter at all.
TEST(QueryBuilder, AYearFieldNoUnitHasMatchesNothing) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int year : {2019, 2020, 2021}) {
    Xapian::Document doc;
    doc.add_boolean_term("XKevidence");
    doc.add_term("Zlearn");
    doc.add_boolean_term(schema::year_term(year));
    db.add_document(doc);
  }
  auto count = [&](const std::string& query) {
    SearchRequest request;
    request.query = query;
    Xapian::Enquire enquire(db);
    enquire.set_query(build_query(request, db).query);
    return enquire.get_mset(0, 10).size();
  };
  EXPECT_EQ(count("learning"), 3u);
  EXPECT_EQ(count("year:2020"), 1u);
  EXPECT_EQ(count("learning year:2019..2020"), 2u);
  for (const char* none : {"year:2030", "year:1900..1950", "learning year:2024..2030"}) {
    EXPECT_EQ(count(none), 0u) << none;
  }
}

// An explanation names a matched year term as the query language writes it.
TEST(QueryBuilder, ExplanationsNameYearTermsAsTheYearField) {
  EXPECT_EQ(readable_term(schema::year_term(2023)), "year:2023");
  EXPECT_EQ(readable_term(schema::venue_term("neurips")), "venue:neurips");
}

// Filters only: the filter unweighted, not every document of the index
// walked under MatchAll; the same units match, all with weight 0.
TEST(QueryBuilder, FiltersOnlyMatchTheFilterUnweighted) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 40; ++i) {
    Xapian::Document doc;
    // As in an index: venue and year terms are on evidence units only.
    if (i % 2 == 0) {
      doc.add_term("Zword", 1 + i % 3);
      doc.add_boolean_term("XKevidence");
      if (i % 3 == 0) doc.add_boolean_term(schema::venue_term("neurips"));
      doc.add_boolean_term(schema::year_term(2018 + i % 5));
    } else {
      doc.add_boolean_term("XKresearcher");
    }
    db.add_document(doc);
  }
  SearchRequest request;
  request.venue = "NeurIPS";
  request.year_from = 2019;
  request.year_to = 2021;
  const BuiltQuery built = build_query(request, db);
  EXPECT_EQ(built.query.get_description().find("<alldocuments>"), std::string::npos)
      << built.query.get_description();
  std::vector<Xapian::Query> filters = {Xapian::Query("XKevidence"),
                                        Xapian::Query(schema::venue_term("neurips")),
                                        year_query(db, 2019, 2021)};
  const Xapian::Query old_shape(
      Xapian::Query::OP_FILTER, Xapian::Query::MatchAll,
      Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
  auto weights = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    std::vector<std::pair<Xapian::docid, double>> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto expected = weights(old_shape);
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(weights(built.query), expected);
  for (const auto& [docid, weight] : expected) EXPECT_EQ(weight, 0.0) << docid;
}

TEST(QueryBuilder, UnknownVenueOrTopicIsAQueryError) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  SearchRequest request;
  request.venue = "Journal of Nothing Whatsoever";
  EXPECT_THROW(build_query(request, db), Error);
  request.venue.clear();
  request.topic = "underwater basket weaving";
  EXPECT_THROW(build_query(request, db), Error);
}

// The index has stems only (schema 4): every field of the query language must
// give the term form the indexer writes, or a field silently matches nothing.
std::string described(const std::string& query) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  SearchRequest request;
  request.query = query;
  return build_query(request, db).query.get_description();
}

TEST(QueryBuilder, EachFieldGivesTheTermFormTheIndexHas) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Networks", "Znetwork"},                   // words: stems only
      {"Networks", "ZAnetwork"},                  // and the name, stemmed too
      {"title:Routing", "ZSrout"},                //
      {"name:James", "ZAjame"},                   //
      {"institution:Stanford", "ZXIstanford"},    //
      {"topic:3d-vision", "XT3d_vision"},         // exact, weighted, never stemmed
      {"topic:MoE", "XTmixture_of_experts"},      //
      {"venue:NeurIPS", "XVneurips"},             // boolean fields are exact
      {"kind:publication", "XKpublication"},      //
      {"status:under-review", "XSunder-review"},  //
      {"role:first", "XOfirst"},                  //
      {"email:a.b@uni.edu", "XEa.b@uni.edu"},     //
      {"\"mixture of experts\"", "Zexpert"},      // phrases are stemmed as well
      {"title:\"sequence parallelism\"", "(ZSsequenc@1 AND ZSparallel@2)"},  // and ANDed
  };
  for (const auto& [query, term] : cases) {
    const std::string text = described(query);
    EXPECT_NE(text.find(term), std::string::npos) << query << " -> " << text;
  }
  // No unstemmed word is searched: the index has none.
  const std::string words = described("Networks");
  EXPECT_EQ(words.find("(network@"), std::string::npos) << words;
  EXPECT_EQ(words.find(" network@"), std::string::npos) << words;
}

// Without positions Xapian runs a phrase as the AND of its words; the query
// says so itself, so that snippets highlight the words (MSet::snippet does not
// for a phrase of stems).
TEST(QueryBuilder, PhrasesAreTheAndOfTheirWords) {
  for (const char* query : {"\"mixture of experts\"", "mixture-of-experts routing",
                            "title:\"sequence parallelism\" OR name:\"xue fuzhao\"",
                            "translation -\"machine learning\"", "x.y.z"}) {
    const std::string text = described(query);
    EXPECT_EQ(text.find("PHRASE"), std::string::npos) << query << " -> " << text;
    EXPECT_NE(text.find(" AND "), std::string::npos) << query << " -> " << text;
  }
  EXPECT_NE(described("translation -\"machine learning\"").find("AND_NOT"), std::string::npos);
}

// Without positions a phrase's function words are left out of its AND when it
// has another word: "of" is in nearly every unit, and requiring it made the
// AND skip through that posting list at every match (docs/ARCHITECTURE.md).
TEST(QueryBuilder, PhrasesLeaveOutTheirFunctionWords) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"\"mixture of experts\"", {"Zof"}},      // quoted
      {"mixture of experts", {"Zof"}},          // a topic alias typed loose
      {"mixture-of-experts routing", {"Zof"}},  // hyphenated
      {"title:\"history of the universe\"", {"ZSof", "ZSthe"}},
      {"\"learning to rank with a model for and in an on\"",
       {"Zto", "Zwith", "Za@", "Zfor", "Zand", "Zin", "Zan", "Zon"}},
  };
  for (const auto& [query, left_out] : cases) {
    const std::string text = described(query);
    for (const std::string& term : left_out) {
      EXPECT_EQ(text.find(term + "@"), std::string::npos)
          << query << ": " << term << " in " << text;
    }
  }
  const std::string moe = described("\"mixture of experts\"");
  EXPECT_NE(moe.find("Zmixtur@1 AND Zexpert@3"), std::string::npos) << moe;
  // A phrase of function words only keeps them (there is nothing else).
  EXPECT_NE(described("\"of the\"").find("Zof@1 AND Zthe@2"), std::string::npos);
  // Only whole stems: "often" and "theory" are words.
  EXPECT_NE(described("\"theory often\"").find("Ztheori@1 AND Zoften@2"), std::string::npos);
}

// In a name they are the name: "An", "To" and "In" are surnames. A quoted
// bare phrase searches the name with them and the text without.
TEST(QueryBuilder, NamesKeepTheirFunctionWords) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"name:\"an wang\"", "ZAan@1 AND ZAwang@2"},
      {"name:an name:wang", "ZAan@1 AND ZAwang@2"},
      {"name:an wang", "ZAan@1"},
      {"\"an wang\"", "ZAan@1 AND ZAwang@2"},
      {"\"mixture of experts\"", "ZAmixtur@1 AND ZAof@2 AND ZAexpert@3"},
  };
  for (const auto& [query, kept] : cases) {
    const std::string text = described(query);
    EXPECT_NE(text.find(kept), std::string::npos) << query << " -> " << text;
  }
  // The text half of the bare phrase needs "wang" only, and a name is a word
  // beside which "of" is left out.
  EXPECT_EQ(described("\"an wang\"").find("Zan@"), std::string::npos);
  EXPECT_EQ(described("name:an of").find("Zof@"), std::string::npos) << described("name:an of");
}

std::string described_relaxed(const std::string& query) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  SearchRequest request;
  request.query = query;
  return build_query(request, db, WordMatching::any).query.get_description();
}

// Unquoted, a function word beside another word is left out of the AND of
// the words and of the relaxed retry's OR: `history of science` needs history
// and science, and its retry is history OR science, never "of" alone, which
// nearly every unit holds (docs/ARCHITECTURE.md, "Function words").
TEST(QueryBuilder, UnquotedFunctionWordsAreNeitherRequiredNorOred) {
  for (const char* query : {"history of science", "History Of Science", "HISTORY OF SCIENCE",
                            "the history of the science", "history of AND science",
                            "(history of) science", "history OR of OR science"}) {
    for (const std::string& text : {described(query), described_relaxed(query)}) {
      EXPECT_EQ(text.find("of@"), std::string::npos) << query << " -> " << text;
      EXPECT_EQ(text.find("the@"), std::string::npos) << query << " -> " << text;
      EXPECT_NE(text.find("Zhistori@"), std::string::npos) << query << " -> " << text;
      EXPECT_NE(text.find("Zscienc@"), std::string::npos) << query << " -> " << text;
    }
  }
  EXPECT_NE(described("history of science").find(" AND "), std::string::npos);
  EXPECT_EQ(described_relaxed("history of science").find(" AND "), std::string::npos)
      << described_relaxed("history of science");
  // Every word of the one list, as the stem the query has ("very" is veri).
  for (const char* query : {"researchers who study bees", "what is federated learning",
                            "very large databases", "about cosmology from our group"}) {
    for (const std::string& text : {described(query), described_relaxed(query)}) {
      for (const char* stem : {"Zwho@", "Zwhat@", "Zveri@", "Zabout@", "Zfrom@", "Zour@"}) {
        EXPECT_EQ(text.find(stem), std::string::npos) << query << " -> " << text;
      }
    }
  }
  // In the fields of words too.
  EXPECT_EQ(described("title:of title:science").find("ZSof@"), std::string::npos);
  EXPECT_EQ(described("history title:of").find("ZSof@"), std::string::npos);
}

// What is left when nothing else is, and what the query asks for itself.
TEST(QueryBuilder, FunctionWordsAreSearchedWhenAskedFor) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"the", {"Zthe@1"}},                     // only function words: nothing else
      {"the of", {"Zthe@1", "Zof@2"}},         //
      {"\"the who\"", {"Zthe@1", "Zwho@2"}},   //
      {"title:of", {"ZSof@1"}},                //
      {"of kind:publication", {"Zof@1"}},      // a filter is no word
      {"history +of science", {"Zof@2"}},      // required
      {"history +title:of", {"ZSof@2"}},       //
      {"WHO guidelines", {"Zwho@1"}},          // capitals: an acronym
      {"CAN bus", {"Zcan@1"}},                 //
      {"history -the", {"AND_NOT (Zthe@"}},    // an exclusion is no AND of words
      {"of -science", {"(Zof@1", "AND_NOT"}},  //
      {"institution:of", {"ZXIof@1"}},         // the only word of the institution
      {"name:of", {"ZAof@1"}},                 //
  };
  for (const auto& [query, kept] : cases) {
    for (const std::string& text : {described(query), described_relaxed(query)}) {
      for (const std::string& term : kept) {
        EXPECT_NE(text.find(term), std::string::npos) << query << ": " << term << " in " << text;
      }
    }
  }
  // Operators are no acronyms.
  EXPECT_EQ(described("the AND science").find("Zthe@"), std::string::npos);
}

// Field values that are no words keep theirs: a venue's name is resolved
// whole, an e-mail is exact, and an institution's words are all needed but
// its function words, as in a phrase.
TEST(QueryBuilder, FieldValuesKeepWhatTheyNeed) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"venue:\"Advances in Neural Information Processing Systems\" routing", "XVneurips"},
      {"email:the.who@uni.edu of", "XEthe.who@uni.edu"},
      {"institution:\"university of oxford\" routing", "ZXIunivers@1 AND ZXIoxford@3"},
  };
  for (const auto& [query, term] : cases) {
    const std::string text = described(query);
    EXPECT_NE(text.find(term), std::string::npos) << query << " -> " << text;
  }
  EXPECT_EQ(described("institution:\"university of oxford\"").find("ZXIof@"), std::string::npos);
}

// The evidence units each query matches, of units holding these stems.
std::vector<Xapian::docid> units_matching(const std::vector<std::string>& units,
                                          const std::string& query, WordMatching words) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const std::string& stems : units) {
    Xapian::Document doc;
    for (std::size_t start = 0; start < stems.size();) {
      const std::size_t end = std::min(stems.find(' ', start), stems.size());
      doc.add_term("Z" + stems.substr(start, end - start));
      start = end + 1;
    }
    doc.add_boolean_term(schema::make_term(schema::kPrefixKind, schema::kKindEvidence));
    db.add_document(doc);
  }
  SearchRequest request;
  request.query = query;
  Xapian::Enquire enquire(db);
  enquire.set_query(build_query(request, db, words).query);
  const Xapian::MSet matches = enquire.get_mset(0, 10);
  std::vector<Xapian::docid> found;
  for (auto it = matches.begin(); it != matches.end(); ++it) found.push_back(*it);
  std::sort(found.begin(), found.end());
  return found;
}

// What the phrase matches: a unit with the words but not the function word
// between them is found (the index cannot tell the order or adjacency anyway).
TEST(QueryBuilder, APhraseMatchesUnitsWithoutItsFunctionWords) {
  EXPECT_EQ(units_matching({"mixtur expert", "mixtur of expert", "mixtur of", "of expert"},
                           "\"mixture of experts\"", WordMatching::all),
            (std::vector<Xapian::docid>{1, 2}));
}

// Unquoted alike; the relaxed retry's OR finds units with either word but
// none with "of" alone; and a query of function words only finds them.
TEST(QueryBuilder, UnquotedFunctionWordsMatchNothingByThemselves) {
  const std::vector<std::string> units = {
      "histori scienc", "histori of scienc", "histori of", "of the", "scienc", "the"};
  EXPECT_EQ(units_matching(units, "history of science", WordMatching::all),
            (std::vector<Xapian::docid>{1, 2}));
  EXPECT_EQ(units_matching(units, "history of science", WordMatching::any),
            (std::vector<Xapian::docid>{1, 2, 3, 5}));
  EXPECT_EQ(units_matching(units, "the", WordMatching::all), (std::vector<Xapian::docid>{4, 6}));
  EXPECT_EQ(units_matching(units, "of the", WordMatching::all), (std::vector<Xapian::docid>{4}));
  EXPECT_EQ(units_matching(units, "history +of", WordMatching::all),
            (std::vector<Xapian::docid>{2, 3}));
}

TEST(QueryBuilder, EveryTopicOfTheTaxonomyIsItsExactTopicTerm) {
  for (const schema::Topic& topic : schema::Taxonomy::builtin().topics()) {
    const std::string text = described("topic:" + topic.id + " learning");
    // The topic term weighs (it is not under FILTER) next to the word.
    EXPECT_NE(text.find(schema::topic_term(topic.id)), std::string::npos) << topic.id << text;
    EXPECT_EQ(text.find("FILTER " + schema::topic_term(topic.id)), std::string::npos) << text;
    EXPECT_NE(text.find("Zlearn"), std::string::npos) << text;
  }
}

TEST(TopicTermFieldProcessor, ReturnsTheTopicTermOrAQueryError) {
  TopicTermFieldProcessor processor;
  EXPECT_EQ(processor("mixture_of_experts").get_description(),
            Xapian::Query(schema::topic_term("mixture-of-experts")).get_description());
  EXPECT_THROW(processor("no_such_topic"), Error);
}

}  // namespace
}  // namespace savant::searcher
