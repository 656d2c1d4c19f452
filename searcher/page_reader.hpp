// SPDX-License-Identifier: MIT
// Reading what a page of results shows: each researcher's record and the
// evidence of their best units. Evidence is read through the source records
// (EvidenceReader), whose stored data is most of a page's cost (a record holds
// every evidence line of its file), so a page is read half on each of two
// handles and threads while a core is free.
#pragma once

#include "searcher/evidence_reader.hpp"
#include "searcher/researcher_ranker.hpp"
#include <savant/records.hpp>

#include <xapian.h>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace savant::searcher {

/// The record of researcher `id` (an id-only record when the index has none).
Researcher read_researcher(const Xapian::Database& db, const std::string& id);

/// What a page shows of one researcher.
struct PageEntry {
  Researcher researcher;
  std::vector<Evidence> evidence;  ///< Of their first units, in order.
};

/// Reads each of `ranked`, with the evidence of at most `evidence_per_result`
/// of its units, through `evidence` (a reader on `db`, which keeps what it
/// read for the caller). With `twin` (another handle on the same revision of
/// the same database), the second half of the page is read on a second thread
/// from it, with a reader of its own; the result is the same.
std::vector<PageEntry> read_page(const Xapian::Database& db, EvidenceReader& evidence,
                                 const Xapian::Database* twin,
                                 std::span<const RankedResearcher> ranked,
                                 std::size_t evidence_per_result);

}  // namespace savant::searcher
