// SPDX-License-Identifier: MIT
// The raw Xapian baseline: what a user of Xapian alone would write. Each file's
// bytes go through Xapian::TermGenerator (English stemmer, STEM_SOME, the same
// as savant's), with boolean terms for its venues (XV) and years (XY), its main
// venue in one value slot for facet counts, flushing every 300 documents (the
// best threshold measured in issue 6). Its query twin parses the same mix with
// Xapian::QueryParser and counts venues over all matches with a
// ValueCountMatchSpy, as exact as savant's facets.
//
//   savant_bench_xapian index --db DIR --corpus DIR
//   savant_bench_xapian query --db DIR --queries FILE [--rounds N]
#include <xapian.h>

#include "bench/common/bench_common.hpp"
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

namespace {

using namespace savant::bench;

constexpr Xapian::valueno kSlotVenue = 0;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The most frequent venue of a file: one value slot holds one value.
std::string main_venue(const std::vector<std::string>& venues) {
  std::map<std::string, int> counts;
  for (const auto& v : venues) ++counts[v];
  auto best = std::max_element(counts.begin(), counts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == counts.end() ? std::string() : best->first;
}

int index(const std::string& db_path, const std::string& corpus) {
  // Read before the database is opened: Xapian reads it when the database opens.
  setenv("XAPIAN_FLUSH_THRESHOLD", "300", 1);
  const std::vector<CorpusFile> files = load_corpus(corpus);
  const auto start = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::uint64_t input_bytes = 0;
  for (const CorpusFile& file : files) {
    const std::string text = read_file(file.path);
    input_bytes += text.size();
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(text);
    for (const std::string& venue : std::set<std::string>(file.venues.begin(), file.venues.end())) {
      doc.add_boolean_term("XV" + lower(venue));
    }
    for (int year : std::set<int>(file.years.begin(), file.years.end())) {
      doc.add_boolean_term("XY" + std::to_string(year));
    }
    doc.add_value(kSlotVenue, main_venue(file.venues));
    doc.set_data(file.path);
    db.add_document(doc);
  }
  db.commit();
  db.close();
  print_figures("xapian", "index",
                index_figures(files.size(), input_bytes, seconds_since(start), db_path));
  return 0;
}

Xapian::Query filter_of(const MixQuery& q) {
  Xapian::Query filter = Xapian::Query::MatchAll;
  if (!q.venue.empty()) filter = Xapian::Query("XV" + lower(q.venue));
  if (q.year_from != 0) {
    std::vector<Xapian::Query> years;
    for (int y = q.year_from; y <= q.year_to; ++y) years.emplace_back("XY" + std::to_string(y));
    filter = Xapian::Query(Xapian::Query::OP_FILTER, filter,
                           Xapian::Query(Xapian::Query::OP_OR, years.begin(), years.end()));
  }
  return filter;
}

int query(const std::string& db_path, const std::string& queries, int rounds) {
  Xapian::Database db(db_path);
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Enquire enquire(db);
  std::size_t matched = 0;
  auto run_one = [&](const MixQuery& q) {
    Xapian::Query query = filter_of(q);
    if (!q.query.empty()) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, parser.parse_query(q.query), query);
    }
    enquire.set_query(query);
    enquire.clear_matchspies();
    Xapian::ValueCountMatchSpy venues(kSlotVenue);
    enquire.add_matchspy(&venues);
    // checkatleast = every document: exact facet counts, as savant gives.
    Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it)
      matched += it.get_document().get_data().size() > 0;
  };
  std::vector<double> latencies = time_queries(load_queries(queries), rounds, run_one);
  auto figures = query_figures(latencies);
  figures["results"] = std::to_string(matched);
  print_figures("xapian", "query", figures);
  return 0;
}

}  // namespace

// Xapian::Error is not a std::exception: give engine_main() one.
template <typename Run>
auto translated(Run run) {
  return [run](const auto&... args) {
    try {
      return run(args...);
    } catch (const Xapian::Error& e) {
      throw std::runtime_error(e.get_description());
    }
  };
}

int main(int argc, char** argv) {
  return engine_main(argc, argv, "savant_bench_xapian", "DIR", translated(index),
                     translated(query));
}
