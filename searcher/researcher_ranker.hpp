// SPDX-License-Identifier: MIT
// Groups matching evidence documents by researcher, scores each researcher
// from their evidence and counts facets over researchers, not documents.
#pragma once

#include "searcher/ranking_weights.hpp"
#include "searcher/unit_columns.hpp"
#include <savant/search.hpp>

#include <xapian.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace savant::searcher {

/// One matching evidence document, its weighted score and how it was made:
/// the attributes the factors were chosen by are kept for explanations.
struct ScoredUnit {
  Xapian::docid docid = 0;
  double score = 0.0;      ///< relevance * kind * role * status * recency
  double relevance = 0.0;  ///< Xapian's BM25 weight (1 for filter-only queries)
  double kind = 1.0;
  double role = 1.0;
  double status = 1.0;
  double recency = 1.0;
  double share = 0.0;  ///< decay^i: how much this unit counts in the researcher's score
  EvidenceKind kind_of = EvidenceKind::summary;
  AuthorRole role_of = AuthorRole::unknown;                  ///< Publications only.
  PublicationStatus status_of = PublicationStatus::unknown;  ///< Publications only.
  int year = 0;                                              ///< 0 when unknown.
};

/// A matching researcher: score and their matching units, best first.
struct RankedResearcher {
  std::string id;
  double score = 0.0;
  std::vector<ScoredUnit> units;
};

/// One match of a query: its docid, its row in the UnitColumns holding its
/// values, and Xapian's weight for it.
struct Match {
  Xapian::docid docid = 0;
  std::uint32_t row = 0;
  double weight = 0.0;
};

/// Every match of a query, and the columns their values are read from.
struct Matches {
  std::shared_ptr<const UnitColumns> columns;
  std::vector<Match> matches;
};

class QueryMemory;

/// Every matching researcher, best first, and (when asked) facet counts.
/// Researchers' units are kept compactly and turned into ScoredUnits only for
/// the researchers asked for (a page of results). Researchers are put in order
/// only as far as they are asked for: a page near the top of tens of thousands
/// of matching researchers costs a partial sort, not a full one. The order is
/// total (ties go by researcher id), so it is the same however far it is taken.
/// Even its const members may reorder: one thread at a time, like a Searcher.
class Ranking {
 public:
  std::size_t size() const { return entries_.size(); }
  const std::string& id(std::size_t i) const;
  double score(std::size_t i) const;
  /// The i-th researcher with every matching unit, best first, shares set.
  RankedResearcher researcher(std::size_t i) const;
  /// Appends the researchers of `other` this ranking lacks, in their order.
  void append_missing(const Ranking& other);

  FacetCounts facets;

 private:
  friend Ranking rank_researchers(const std::shared_ptr<const UnitColumns>&, std::span<const Match>,
                                  const RankingWeights&, bool, QueryMemory*);
  friend Ranking join_rankings(Ranking&&, Ranking&&);
  friend class QueryMemory;
  struct Part;
  struct Entry {
    const Part* part = nullptr;
    std::uint32_t group = 0;
  };
  // Puts entries_[0, n) in their final places (entries_[ordered_, size())
  // are the rest, in no order).
  void order_first(std::size_t n) const;
  std::vector<std::shared_ptr<const Part>> parts_;
  mutable std::vector<Entry> entries_;
  mutable std::size_t ordered_ = 0;
};

/// The arrays a large query fills (its matches, their scores grouped by
/// researcher, the working arrays of ranking them: ~20 MB for 290,000 matches),
/// kept from one query to the next so that each query does not fault in fresh
/// pages (10-15% of ranking's time when they were new for every query). The
/// arrays of a Ranking come back when it is destroyed. Kept while all of them
/// hold at most `keep_bytes`; a query needing more frees what it used beyond
/// that when it ends, so a Searcher holds at most that much between queries.
///
/// Not thread-safe: one thread at a time, like the Searcher that holds it;
/// Rankings made with it and the matches taken from it are given back on that
/// thread (a helper thread may fill a vector taken for it).
class QueryMemory {
 public:
  static constexpr std::size_t kKeepBytes = std::size_t{48} << 20;
  /// What a Searcher's QueryMemory keeps on an index of `rows` units: the
  /// arrays of a query matching a sixth of them or so (8 bytes per unit, ~136
  /// MiB at 1,000,000 documents and 17.8 million units), at least kKeepBytes.
  /// Arrays not kept are faulted in afresh by the next large query: at
  /// 1,000,000 documents ~25,000 page faults per `mixture of experts`, a sixth
  /// of its wall time.
  static std::size_t keep_bytes_for(std::size_t rows) {
    return std::max(kKeepBytes, rows * std::size_t{8});
  }
  explicit QueryMemory(std::size_t keep_bytes = kKeepBytes);
  ~QueryMemory();
  QueryMemory(const QueryMemory&) = delete;
  QueryMemory& operator=(const QueryMemory&) = delete;

  /// An empty vector, with the capacity of one given back earlier if any.
  std::vector<Match> take_matches();
  /// Keeps `matches`' memory for a later query (within keep_bytes).
  void give_back(std::vector<Match>&& matches);
  /// Bytes held between queries (for tests and reports).
  std::size_t bytes_held() const;
  /// Keeps at most `bytes` from now on (what is held beyond that is freed).
  /// All QueryMemorys of a process together keep at most twice the largest
  /// limit any of them has.
  void keep_at_most(std::size_t bytes);

  struct Pool;  // defined with rank_researchers

 private:
  friend Ranking rank_researchers(const std::shared_ptr<const UnitColumns>&, std::span<const Match>,
                                  const RankingWeights&, bool, QueryMemory*);
  std::shared_ptr<Pool> pool_;
};

/// Ranks the researchers behind `matches`, which must hold every match of a
/// query. With `memory`, its arrays come from and go back to it (see QueryMemory).
Ranking rank_researchers(const Matches& matches, const RankingWeights& weights, bool count_facets,
                         QueryMemory* memory = nullptr);

/// The same for some of a query's matches (read from `columns`): a part of
/// them that join_rankings() puts together with the rest.
Ranking rank_researchers(const std::shared_ptr<const UnitColumns>& columns,
                         std::span<const Match> matches, const RankingWeights& weights,
                         bool count_facets, QueryMemory* memory = nullptr);

/// The ranking of two disjoint parts of one query's matches, each ranked by
/// rank_researchers() with the same columns, weights and facet choice and not
/// yet read: what ranking all of them at once gives (same researchers, scores,
/// order, units and facets). A researcher with units in both parts gets them
/// all again and is counted once per facet value. Costs the two parts'
/// researchers, not their units, unless a researcher is in both.
Ranking join_rankings(Ranking&& lower, Ranking&& upper);

}  // namespace savant::searcher
