// SPDX-License-Identifier: MIT
// Every match of a query with its weight: researchers are ranked from all
// their evidence and facet counts must be exact, so no match may be left out.
#pragma once

#include "searcher/direct_matches.hpp"
#include "searcher/researcher_ranker.hpp"
#include "searcher/unit_columns.hpp"

#include <xapian.h>

#include <memory>
#include <optional>

namespace savant::searcher {

/// The matches of one query and an MSet of it (for snippets).
struct AllMatches {
  Xapian::MSet mset;
  Matches matches;
};

/// An MSet of every match of `query` on `db`, best first.
Xapian::MSet every_match(const Xapian::Database& db, const Xapian::Query& query);

/// The matches of `mset` (every match of a query), values read from their
/// documents: for remote shards (after MSet::fetch(), one round trip; a value
/// stream over the remote backend costs a round trip per chunk), and for a
/// first search with few matches, which then need not read the whole index.
AllMatches from_documents(const Xapian::MSet& mset);

/// The matches of `mset` (every match of a query), values read from
/// `columns` (UnitColumns::of_database of the same revision) by docid.
AllMatches from_columns(const Xapian::MSet& mset,
                        const std::shared_ptr<const UnitColumns>& columns);

/// Every match of `query` on `db`, which must be one database (not shards),
/// values read from `columns` (UnitColumns::of_database of the same
/// revision). A MatchSpy collects each match and its weight and no MSet of
/// them is built (sorting and storing every match cost more than ranking
/// them): Xapian 1.4's matcher computes the weight of, and calls the spy for,
/// every document when check_at_least is the document count and nothing sets
/// a cutoff, even with maxitems 0; `mset` then holds no items. Over shards the
/// spy is given each shard's own docids, which do not say the shard. With
/// `memory`, the matches fill a vector taken from it (give it back when done).
AllMatches spied_matches(const Xapian::Database& db, const Xapian::Query& query,
                         const std::shared_ptr<const UnitColumns>& columns,
                         QueryMemory* memory = nullptr);

/// Every match of `query` on `db` (one database, not shards) with the weight
/// spied_matches gives it, bit for bit, in the same (docid) order, found by
/// direct_matches (searcher/direct_matches.hpp) walking the posting lists
/// without Xapian's matcher; std::nullopt for a query it does not walk.
/// `mset` holds no items but the query's statistics, as spied_matches' does
/// (Xapian builds its postlist tree, which records each term's weight for
/// snippets, before it sees that no match was asked for). With `twin` (as
/// for split_spied_matches) the upper half of the docids is walked on a
/// second thread. `lengths`: document_lengths of the same revision, or null.
/// With `memory`, the matches fill vectors taken from it, as spied_matches'.
/// With `postings`, frequent terms are walked from the lists it keeps.
std::optional<AllMatches> walked_matches(const Xapian::Database& db, const Xapian::Database* twin,
                                         const Xapian::Query& query,
                                         const std::shared_ptr<const UnitColumns>& columns,
                                         const DocumentLengths* lengths = nullptr,
                                         QueryMemory* memory = nullptr,
                                         PostingCache* postings = nullptr);

/// spied_matches on two threads: `db` matches the lower half of the docids,
/// `twin` (another handle on the same database at the same revision: a handle
/// is for one thread at a time) the upper half, each the query filtered by a
/// docid range. A filter adds no weight and the statistics are the whole
/// database's, so every match and weight is the one spied_matches gives, in
/// the same (docid) order. Xapian's matching and weighting is most of a large
/// query's time; this halves it where a second core is free. With `memory`,
/// as spied_matches (both halves' vectors are taken on the calling thread).
AllMatches split_spied_matches(const Xapian::Database& db, const Xapian::Database& twin,
                               const Xapian::Query& query,
                               const std::shared_ptr<const UnitColumns>& columns,
                               QueryMemory* memory = nullptr);

}  // namespace savant::searcher
