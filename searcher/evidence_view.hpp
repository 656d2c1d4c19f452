// SPDX-License-Identifier: MIT
// Turns matched evidence documents into EvidenceHits with highlighted snippets.
#pragma once

#include <xapian.h>

#include <savant/search.hpp>

namespace savant::searcher {

/// The hit for evidence document `doc`, its snippet made by `mset` (which
/// knows the query terms) with `stemmer`.
EvidenceHit make_evidence_hit(const Xapian::Document& doc, double score, const Xapian::MSet& mset,
                              const Xapian::Stem& stemmer);

}  // namespace savant::searcher
