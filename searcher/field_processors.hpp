// SPDX-License-Identifier: MIT
// Query-language fields whose values need the schema: venue:, topic:, year:.
#pragma once

#include <string>

#include <xapian.h>

namespace savant::searcher {

/// The filter query for one venue, given by id or alias. Throws savant::Error (query).
Xapian::Query venue_query(const std::string& venue);

/// The query for one topic, given by id, label or alias; weighted by mentions.
/// Throws savant::Error (query) for an unknown topic.
Xapian::Query topic_query(const std::string& topic);

/// The filter query for years in [from, to]; 0 leaves a side open: the OR of
/// the year terms `db` has in that range (boolean, so no weight), which reads
/// only those years' postings. Throws savant::Error (query) for a reversed range.
Xapian::Query year_query(const Xapian::Database& db, int from, int to);

/// Parses "2023", "2022..2024", "2022.." or "..2024" into [from, to]. Throws savant::Error (query).
void parse_year_range(const std::string& text, int& from, int& to);

/// FieldProcessors wrapping the functions above for Xapian::QueryParser.
class VenueFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override { return venue_query(value); }
};

class YearFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit YearFieldProcessor(const Xapian::Database& db) : db_(db) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  Xapian::Database db_;
};

/// The internal `xtopic:` field (topic_rewriter.hpp): a topic id with
/// underscores for hyphens -> its weighted topic term, exactly. Registered as
/// a weighted (not boolean) field so the topic term scores; a free-text field
/// would stem the id like a word (`XTmixture_of_expert`), which no document has.
class TopicTermFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;
};

}  // namespace savant::searcher
