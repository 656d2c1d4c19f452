// SPDX-License-Identifier: MIT
// Every match of a query with its weight: researchers are ranked from all
// their evidence and facet counts must be exact, so no match may be left out.
#pragma once

#include "searcher/researcher_ranker.hpp"
#include "searcher/unit_columns.hpp"

#include <xapian.h>

#include <memory>

namespace savant::searcher {

/// The matches of one query and an MSet of it (for snippets).
struct AllMatches {
  Xapian::MSet mset;
  Matches matches;
};

/// Every match of `query` on `db`, and where ranking reads their values.
///
/// With `columns` (the UnitColumns::of_database of `db`'s current revision),
/// values are read from them by docid, and when `db` is one database (not
/// shards), the matcher hands each match and its weight to a MatchSpy and
/// builds no MSet of them (sorting and storing every match cost more than
/// ranking them). Xapian 1.4's matcher computes the weight of, and calls the
/// spy for, every document when check_at_least is the document count and
/// nothing sets a cutoff, even with maxitems 0; `mset` then holds no items.
/// Over shards the spy is given each shard's own docids, which do not say the
/// shard: an MSet of every match (combined docids) is made instead.
///
/// Without `columns` (a remote shard is part of `db`: a spy would run on the
/// server, and value streams over the remote backend are slow): an MSet of
/// every match, fetched in one round trip, and columns read from its documents.
AllMatches all_matches(const Xapian::Database& db, const Xapian::Query& query,
                       const std::shared_ptr<const UnitColumns>& columns, bool one_database);

}  // namespace savant::searcher
