// SPDX-License-Identifier: MIT
// The values ranking and facets read from evidence units, as compact columns:
// a number per row for the researcher, the ranking attributes, the year, the
// venue and the set of topics, each number naming an entry of a table of
// distinct values. Read once per index revision for every document (rows are
// docids), a query then looks its matches up in arrays instead of reading
// value slots and comparing strings: reading the slots of every match was
// most of a query's time.
#pragma once

#include <savant/records.hpp>

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace savant::searcher {

/// The ranking attributes of a unit, parsed from its "kind|role|status"
/// value. `parsed` is false when the value is missing or malformed: the unit
/// then has no kind, role or status factor.
struct UnitRanking {
  bool parsed = false;
  EvidenceKind kind = EvidenceKind::summary;
  AuthorRole role = AuthorRole::unknown;                  ///< Publications only.
  PublicationStatus status = PublicationStatus::unknown;  ///< Publications only.
};

/// Parses a kSlotRanking value ("kind|role|status").
UnitRanking parse_unit_ranking(const std::string& value);

/// Immutable once built; reads are thread-safe. 20 bytes per row plus the
/// tables of distinct values. A row's numbers are stored together: ranking
/// and facet counting read all of them for each match, one cache line per
/// match rather than one per column (the rows of a large query's matches are
/// spread over the whole index).
class UnitColumns {
 public:
  /// Every document of `db`, read with one value stream per slot: row = docid
  /// (0 .. get_lastdocid()). Linear in the index; built once per revision.
  static UnitColumns of_database(const Xapian::Database& db);

  /// The documents of `mset`, read from the documents themselves (for remote
  /// shards, where MSet::fetch() brings them in one round trip and value
  /// streams cost a round trip per chunk): row = MSet rank.
  static UnitColumns of_mset(const Xapian::MSet& mset);

  std::size_t rows() const { return rows_.size(); }

  /// Researcher number; researcher_id() names it. A row without the slot has
  /// the number of the empty id, as Document::get_value() gives "".
  std::uint32_t researcher(std::size_t row) const { return rows_[row].researcher; }
  const std::string& researcher_id(std::uint32_t number) const { return researchers_[number]; }
  std::size_t researcher_count() const { return researchers_.size(); }
  /// Where researcher `number`'s id sorts among all ids: comparing these
  /// compares the ids.
  std::uint32_t researcher_order(std::uint32_t number) const { return researcher_order_[number]; }

  /// Index into rankings(): the unit's parsed ranking attributes.
  std::uint8_t ranking(std::size_t row) const { return rows_[row].ranking; }
  const std::vector<UnitRanking>& rankings() const { return rankings_; }

  /// Year number: 0 for none, else years()[number - 1] is the year.
  std::uint32_t year(std::size_t row) const { return rows_[row].year; }
  const std::vector<int>& years() const { return years_; }

  /// Venue number: 0 for none, else venues()[number - 1] is the venue id.
  std::uint32_t venue(std::size_t row) const { return rows_[row].venue; }
  const std::vector<std::string>& venues() const { return venues_; }

  /// Topic set number: topics_in(number) lists topic numbers (indexes into
  /// topics()), distinct; set 0 is empty.
  std::uint32_t topic_set(std::size_t row) const { return rows_[row].topic_set; }
  std::span<const std::uint32_t> topics_in(std::uint32_t set) const {
    return {topic_set_items_.data() + topic_set_begin_[set],
            topic_set_items_.data() + topic_set_begin_[set + 1]};
  }
  std::size_t topic_set_count() const { return topic_set_begin_.size() - 1; }
  const std::vector<std::string>& topics() const { return topics_; }

  /// Every number of a row. Reading them at once costs one cache miss; ranking
  /// a large query reads each matching row once, this way.
  struct Row {
    std::uint32_t researcher = 0;
    std::uint32_t year = 0;
    std::uint32_t venue = 0;
    std::uint32_t topic_set = 0;
    std::uint8_t ranking = 0;
  };
  const Row& row(std::size_t row) const { return rows_[row]; }
  /// Asks the CPU to bring `row` into its cache (nothing past the end). The
  /// rows of a large query's matches are spread over the whole array, and a
  /// read of each in turn stalls on its cache miss: ranking asks for the rows
  /// of the matches a few ahead, so that their misses overlap. A row may
  /// straddle two cache lines: both are asked for.
  void prefetch(std::size_t row) const {
    if (row >= rows_.size()) return;
    const char* at = reinterpret_cast<const char*>(rows_.data() + row);
    __builtin_prefetch(at);
    __builtin_prefetch(at + sizeof(Row) - 1);
  }
  /// For facet counting, the topics of `row` (asked for earlier with
  /// prefetch()) in two steps, some matches apart: where its set's topics are
  /// listed, then the list (the sets of a large index are as spread as its rows).
  void prefetch_topic_set(std::size_t row) const {
    if (row < rows_.size()) __builtin_prefetch(topic_set_begin_.data() + rows_[row].topic_set);
  }
  void prefetch_topics(std::size_t row) const {
    if (row < rows_.size()) {
      __builtin_prefetch(topic_set_items_.data() + topic_set_begin_[rows_[row].topic_set]);
    }
  }

  /// Bytes held, for reports.
  std::size_t memory_bytes() const;

  /// Writes the columns in savant's columns-file layout (searcher/columns_file;
  /// its kColumnsMagic names the layout: bump it when the layout, or what a
  /// row's numbers mean, changes).
  void write(std::ostream& out) const;
  /// Reads what write() wrote; std::nullopt when `in` does not hold well-formed
  /// columns of `rows` rows (damaged, truncated, another layout): every
  /// number a row holds is checked against its table, so columns read back
  /// are as safe to index with as columns built from a database.
  static std::optional<UnitColumns> read(std::istream& in, std::size_t rows);

 private:
  class Builder;
  std::vector<Row> rows_;
  std::vector<std::string> researchers_;
  std::vector<std::uint32_t> researcher_order_;
  std::vector<UnitRanking> rankings_;
  std::vector<int> years_;
  std::vector<std::string> venues_;
  std::vector<std::string> topics_;
  // Set s is topic_set_items_[topic_set_begin_[s], topic_set_begin_[s + 1]).
  std::vector<std::uint32_t> topic_set_begin_{0};
  std::vector<std::uint32_t> topic_set_items_;
};

}  // namespace savant::searcher
