// SPDX-License-Identifier: MIT
// The whole-file vote: the query over each researcher's files taken whole
// (their `XKdocument` entries), best file per researcher. In the spirit of
// Balog et al.'s candidate model, next to the evidence units' voting model.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

namespace savant::searcher {

/// A researcher's best-matching file entry and its BM25 weight.
struct DocumentMatch {
  Xapian::docid docid = 0;
  double relevance = 0.0;
};

/// Researcher id -> their best file entry for `words` (the query language
/// part of a search, without filters). Empty when `words` is empty or the
/// index has no file entries (one written before they existed). Ties keep the
/// lower docid, so one index always gives one answer.
std::map<std::string, DocumentMatch> best_documents(const Xapian::Database& db,
                                                    const Xapian::Query& words, bool remote);

/// The source file of file entry `docid`.
std::string document_source(const Xapian::Database& db, Xapian::docid docid);

}  // namespace savant::searcher
