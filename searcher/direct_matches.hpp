// SPDX-License-Identifier: MIT
// Every match of a query and its weight, found by walking posting lists
// directly instead of through Xapian's matcher: the same (docid, weight)
// pairs, bit for bit, that a MatchSpy on Enquire::get_mset sees with
// Xapian 1.4.22's default weighting (BM25Weight()), at a fraction of the cost
// for queries of hundreds of thousands of matches. Only the query shapes whose
// weights are reproduced exactly are walked; the caller uses the MatchSpy
// for any other (docs/ARCHITECTURE.md, "All matches are ranked").
#pragma once

#include "searcher/posting_cache.hpp"
#include "searcher/researcher_ranker.hpp"

#include <xapian.h>

#include <optional>
#include <vector>

namespace savant::searcher {

/// The length of every document of a revision by docid (0 where there is
/// none), read once per revision: looking a match's length up in the index
/// (PostingIterator::get_doclength) cost twice as much as reading its posting.
struct DocumentLengths {
  Xapian::rev revision = 0;
  std::vector<Xapian::termcount> by_docid;
};

/// Reads them for the revision `db` is at (one local database); ~40 ms for
/// 1.8 million documents, 4 bytes each.
DocumentLengths document_lengths(const Xapian::Database& db);

/// The matches of `query` on `db` (one local database: its docids are rows)
/// with docids first..last, in docid order, each with the weight Xapian's
/// matcher gives it; std::nullopt when `query` has a part this does not walk
/// (anything but terms, OP_AND, OP_OR, OP_FILTER and OP_SCALE_WEIGHT; not an
/// OP_SCALE_WEIGHT of an AND inside an AND, nor of an OR inside an OR).
/// The statistics (document count, average length, term frequencies) are
/// those of `db`, whatever the docid range, as the matcher's are. Document
/// lengths come from `lengths` when it is of `db`'s revision, else from the
/// index. The matches fill `storage` (emptied first), so that a vector kept
/// from an earlier query (QueryMemory) is reused instead of faulting in fresh
/// pages. With `cache` and `lengths` current, the terms whose postings it
/// keeps (searcher/posting_cache.hpp) are walked from them: the same matches
/// and weights. An OR not inside an AND is listed part by part and merged,
/// a block of docids at a time.
std::optional<std::vector<Match>> direct_matches(
    const Xapian::Database& db, const Xapian::Query& query, Xapian::docid first = 1,
    Xapian::docid last = Xapian::docid(-1), const DocumentLengths* lengths = nullptr,
    std::vector<Match> storage = {}, PostingCache* cache = nullptr);

/// Whether direct_matches walks `query` (it returns std::nullopt otherwise).
bool walks_directly(const Xapian::Query& query);

}  // namespace savant::searcher
