// SPDX-License-Identifier: MIT
// Query syntax checks and year ranges, and the built query on a real
// in-memory database.
#include "searcher/query_builder.hpp"

#include <gtest/gtest.h>

#include <tuple>

#include <savant/error.hpp>

#include "searcher/field_processors.hpp"

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

TEST(QueryBuilder, FiltersApplyToEvidenceOnly) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  SearchRequest request;
  request.query = "MoE";
  request.venue = "NIPS";
  request.year_from = 2023;
  request.year_to = 2023;
  BuiltQuery built = build_query(request, db);
  const std::string text = built.query.get_description();
  EXPECT_NE(text.find("XTmixture_of_experts"), std::string::npos) << text;
  EXPECT_NE(text.find("XVneurips"), std::string::npos) << text;
  EXPECT_NE(text.find("XKevidence"), std::string::npos) << text;
  EXPECT_NE(text.find("VALUE_RANGE"), std::string::npos) << text;
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

}  // namespace
}  // namespace savant::searcher
