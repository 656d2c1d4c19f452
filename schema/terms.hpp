// SPDX-License-Identifier: MIT
// Terms whose form the indexer and the searcher must agree on: the unique
// (Q-prefixed) term of each document kind, and topic and venue terms.
#pragma once

#include <string>
#include <string_view>

namespace savant::schema {

/// `prefix` + `value`, hashed to fit when longer than Xapian's term limit.
std::string make_term(std::string_view prefix, std::string_view value);

/// The stored record of source file `path`.
std::string source_unique_term(const std::string& path);

/// Researcher `id`'s profile document.
std::string researcher_unique_term(const std::string& id);

/// One evidence unit of researcher `id`, identified by its evidence key: a
/// hash of both, `Qe<16 hex digits>`.
std::string evidence_unique_term(const std::string& id, const std::string& evidence_key);

/// The weighted term of topic `id`. Hyphens become underscores so that the
/// query parser reads `xtopic:"mixture_of_experts"` as this one term.
std::string topic_term(std::string_view id);

/// The boolean term of venue `id` (lower-cased).
std::string venue_term(std::string_view id);

/// The boolean term of an evidence unit's year (`XY2019`): a year filter is
/// an OR of these, so it reads the postings of the years asked for, not the
/// year value of every document.
std::string year_term(int year);

/// Whether only evidence units can hold `term`: it has none of the prefixes
/// of the terms source, researcher and vocabulary documents carry (unique
/// ids, their kinds, researcher ids, e-mails, spelling words, file paths,
/// and the researcher's affiliation words `ZXI`/`XI`). A query that requires such a
/// term matches evidence units only, so it needs no `XKevidence` filter
/// (which cost a skip in a posting list of nearly every document per
/// match). Keep this in step with the documents that are not evidence
/// (document_builder, vocabulary_documents); a test walks their terms.
bool only_on_evidence(std::string_view term);

}  // namespace savant::schema
