// SPDX-License-Identifier: MIT
// Turns matched evidence units into EvidenceHits with highlighted snippets.
#pragma once

#include <savant/search.hpp>

#include <xapian.h>

namespace savant::searcher {

/// The hit for evidence `e` (EvidenceReader::read() of the matched unit), its
/// snippet made by `mset` (which knows the query terms) with `stemmer`.
EvidenceHit make_evidence_hit(const Evidence& e, double score, const Xapian::MSet& mset,
                              const Xapian::Stem& stemmer);

}  // namespace savant::searcher
