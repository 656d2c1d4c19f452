// SPDX-License-Identifier: MIT
// Whole-document BM25 baseline over the stored source records.
#include "searcher/eval/baseline.hpp"

#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/xapian_errors.hpp"

#include <nlohmann/json.hpp>

namespace savant::searcher::eval {
namespace {

// The index keeps no copy of a file's text (only a signature of it): what the
// file said is its extracted fields, all of them, in document order.
std::string whole_text(const DocumentRecord& r) {
  std::string text = r.name;
  auto add = [&text](const std::string& s) {
    if (!s.empty()) text.append("\n").append(s);
  };
  for (const auto& a : r.affiliations) add(a);
  for (const auto& e : r.emails) add(e);
  for (const Evidence& e : r.evidence) {
    for (const std::string* field :
         {&e.title, &e.text, &e.venue, &e.organisation, &e.position, &e.dates}) {
      add(*field);
    }
    for (const auto& a : e.authors) add(a);
  }
  return text;
}

}  // namespace

Baseline::Baseline(const std::string& db_path) : db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {
  try {
    Xapian::Database index(db_path);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Xapian::Stem("english"));
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    const std::string kind = std::string(schema::kPrefixKind) + std::string(schema::kKindSource);
    for (auto it = index.postlist_begin(kind); it != index.postlist_end(kind); ++it) {
      Xapian::Document stored = index.get_document(*it);
      const DocumentRecord record = schema::record_from_data(stored.get_data());
      Xapian::Document doc;
      terms.set_document(doc);
      terms.index_text(whole_text(record));
      doc.set_data(record.source);
      db_.add_document(doc);
    }
  } catch (const Xapian::Error& e) {
    throw schema::translate_xapian_error(e, db_path);
  }
}

std::vector<std::string> Baseline::search(const std::string& query, std::size_t limit) const {
  std::vector<std::string> sources;
  if (query.find_first_not_of(" \t") == std::string::npos) return sources;
  Xapian::QueryParser parser;
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_database(db_);
  Xapian::Enquire enquire(db_);
  enquire.set_query(parser.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT));
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
  for (auto it = mset.begin(); it != mset.end(); ++it)
    sources.push_back(it.get_document().get_data());
  return sources;
}

}  // namespace savant::searcher::eval
