// SPDX-License-Identifier: MIT
// The value slots of many matching documents, read with one value stream per
// slot in docid order. Document::get_value() on each match costs a B-tree
// lookup (and often a read) per document and slot: at thousands of matches it
// was most of a query's time.
#pragma once

#include <xapian.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace savant::searcher {

/// Immutable once built. Not thread-safe to build; reads are.
class UnitValues {
 public:
  /// Reads `slots` of every document in `mset` from `db`: with value streams,
  /// or, when `from_documents` (a remote shard is part of `db`), from the
  /// MSet's documents, which MSet::fetch() brought over in one round trip; a
  /// value stream over Xapian 1.4's remote backend costs a round trip per
  /// chunk and took seconds for a few thousand matches.
  UnitValues(const Xapian::Database& db, const Xapian::MSet& mset,
             std::initializer_list<Xapian::valueno> slots, bool from_documents = false);

  /// The value of `slot` (one of those read) for `docid` (one of the
  /// matches), empty when the document has none.
  const std::string& get(Xapian::docid docid, Xapian::valueno slot) const;

  /// The value of `slot` for the `rank`-th match of the MSet (0-based): no search.
  const std::string& at(std::size_t rank, Xapian::valueno slot) const;

 private:
  std::vector<Xapian::valueno> slots_;
  std::vector<std::pair<Xapian::docid, std::size_t>> ranks_;  // (docid, MSet rank), by docid
  std::vector<std::string> values_;  // by MSet rank: rank * slots_.size() + slot index
  std::string empty_;
};

/// One matching document's values, shaped like Xapian::Document::get_value()
/// so code written against documents reads values the fast way unchanged.
class UnitDocument {
 public:
  /// The `rank`-th match (0-based) of the MSet `values` was read for.
  UnitDocument(const UnitValues& values, std::size_t rank) : values_(values), rank_(rank) {}
  const std::string& get_value(Xapian::valueno slot) const { return values_.at(rank_, slot); }

 private:
  const UnitValues& values_;
  std::size_t rank_;
};

}  // namespace savant::searcher
