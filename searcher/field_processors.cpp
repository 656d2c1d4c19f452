// SPDX-License-Identifier: MIT
// Schema-aware field values: venues and topics through their alias tables,
// years through the year terms.
#include "searcher/field_processors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <vector>

#include <savant/error.hpp>

#include "schema/prefixes.hpp"
#include "schema/taxonomy.hpp"
#include "schema/terms.hpp"
#include "schema/venues.hpp"

namespace savant::searcher {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

int parse_year(const std::string& whole, std::string_view part) {
  int year = 0;
  auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), year);
  if (ec != std::errc() || end != part.data() + part.size() || year < kMinYear ||
      year > kMaxYear) {
    throw Error(ErrorCategory::query,
                fmt::format("invalid year '{}': expected YYYY or YYYY..YYYY ({}-{})", whole,
                            kMinYear, kMaxYear));
  }
  return year;
}

}  // namespace

Xapian::Query venue_query(const std::string& venue) {
  // Only venues of the table are ever indexed, so an unknown name is a typo.
  const schema::Venue* found = schema::VenueTable::builtin().find(venue);
  if (found == nullptr) {
    throw Error(ErrorCategory::query,
                fmt::format("unknown venue '{}' (see 'savant stats' for indexed venues)", venue));
  }
  return Xapian::Query(schema::venue_term(found->id));
}

Xapian::Query topic_query(const std::string& topic) {
  const schema::Topic* found = schema::Taxonomy::builtin().find(topic);
  if (found == nullptr) {
    throw Error(ErrorCategory::query,
                fmt::format("unknown topic '{}' (schema/data/topics.tsv lists the taxonomy)", topic));
  }
  return Xapian::Query(schema::topic_term(found->id));
}

Xapian::Query year_query(const Xapian::Database& db, int from, int to) {
  if (from > 0 && to > 0 && from > to) {
    throw Error(ErrorCategory::query,
                fmt::format("year range {}..{} is reversed and matches nothing (did you mean "
                            "{}..{}?)",
                            from, to, to, from));
  }
  // The years the index has (a few hundred terms at most), not every year
  // of the range: an open range then holds what a value range would match.
  const std::string prefix(schema::kPrefixYear);
  std::vector<Xapian::Query> years;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;
    int year = 0;
    auto [end, ec] = std::from_chars(term.data() + prefix.size(), term.data() + term.size(), year);
    if (ec != std::errc() || end != term.data() + term.size()) continue;
    if ((from > 0 && year < from) || (to > 0 && year > to)) continue;
    years.emplace_back(term);
  }
  // None: a term no document has. Not MatchNothing, the empty query, which
  // the query parser takes from a boolean field as no filter at all
  // (`year:1901` matched everyone).
  if (years.empty()) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(prefix), 0.0);
  }
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_OR, years.begin(), years.end()), 0.0);
}

void parse_year_range(const std::string& text, int& from, int& to) {
  std::size_t dots = text.find("..");
  if (dots == std::string::npos) {
    from = to = parse_year(text, text);
    return;
  }
  std::string_view left = std::string_view(text).substr(0, dots);
  std::string_view right = std::string_view(text).substr(dots + 2);
  if (left.empty() && right.empty()) {
    throw Error(ErrorCategory::query, fmt::format("invalid year '{}': no bounds", text));
  }
  from = left.empty() ? 0 : parse_year(text, left);
  to = right.empty() ? 0 : parse_year(text, right);
}

Xapian::Query YearFieldProcessor::operator()(const std::string& value) {
  int from = 0;
  int to = 0;
  parse_year_range(value, from, to);
  return year_query(db_, from, to);
}

Xapian::Query TopicTermFieldProcessor::operator()(const std::string& value) {
  std::string id = value;
  std::replace(id.begin(), id.end(), '_', '-');
  return topic_query(id);
}

}  // namespace savant::searcher
