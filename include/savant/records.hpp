// SPDX-License-Identifier: MIT
// Value types shared by indexing and searching: what savant knows about a
// document and about a researcher.
#pragma once

#include <savant/export.hpp>

#include <string>
#include <vector>

namespace savant {

/// The kind of an evidence unit, as the JSON output names it.
enum class EvidenceKind { publication, experience, education, summary, skills };

/// The researcher's place on a publication's author list.
enum class AuthorRole { unknown, first, co_first, co_author };

/// How far a publication has come.
enum class PublicationStatus { unknown, published, preprint, under_review };

/// The name of `kind` as the JSON output and the query language spell it ("publication").
SAVANT_EXPORT const char* to_string(EvidenceKind kind) noexcept;
/// "first", "co-first", "co-author", or "" for unknown.
SAVANT_EXPORT const char* to_string(AuthorRole role) noexcept;
/// "published", "preprint", "under review", or "" for unknown.
SAVANT_EXPORT const char* to_string(PublicationStatus status) noexcept;

/// One piece of evidence of expertise: a publication, a job, a degree, a summary
/// paragraph or a skills list, taken from one or more source documents.
///
/// Thread-safety: a plain value; copy freely between threads.
struct Evidence {
  EvidenceKind kind = EvidenceKind::summary;  ///< What kind of evidence this is.
  std::string title;  ///< Publication title, job or degree headline, or section name.
  std::string text;   ///< Description, abstract or bullet points, normalised.
  std::string venue;  ///< Canonical venue id (publications), empty when unknown.
  int year = 0;       ///< Publication year, or the last year of a date range; 0 if none.
  AuthorRole role = AuthorRole::unknown;  ///< The researcher's place on the author list.
  PublicationStatus status = PublicationStatus::unknown;  ///< Published, preprint, ...
  std::string organisation;  ///< Employer or institution (experience, education).
  std::string position;      ///< Job title or degree (experience, education).
  std::string dates;         ///< Date range as written, normalised ("Sep. 2021 - Jun. 2024").
  std::vector<std::string> authors;  ///< Author list as written, when the document gives one.
  std::vector<std::string> topics;   ///< Canonical topic ids found in title and text.
  std::vector<std::string> sources;  ///< Source files this evidence was read from.
  // A new field must also be compared in schema/record_json.cpp (same_evidence).
};

/// Contact details that identify a person but say nothing of their expertise.
/// They are taken out of all indexed text, so no query finds them, and shown
/// only when asked for (`savant show --show-contact`). E-mail addresses are
/// not among them: they are indexed and shown always.
///
/// Thread-safety: a plain value; copy freely between threads.
struct ContactDetails {
  std::vector<std::string> phones;       ///< Phone numbers as written.
  std::vector<std::string> addresses;    ///< Postal (home) addresses as written.
  std::vector<std::string> birth_dates;  ///< Dates of birth as written.
};

/// Everything extracted from one input file, before identity resolution; also
/// what a program hands to index_records() to index data it holds in memory.
///
/// Thread-safety: a plain value; copy freely between threads.
struct DocumentRecord {
  std::string source;  ///< Canonical path of the file, or any unique key of an in-memory record.
  std::string format;  ///< Detected format ("text", "markdown", ...), "record" if given in memory.
  std::string name;    ///< Researcher's name in display case; empty when the file gives none.
  std::vector<std::string> emails;        ///< Lower-cased e-mail addresses.
  std::vector<std::string> affiliations;  ///< Institutions and employers named in the file.
  std::vector<Evidence> evidence;         ///< In document order.
  std::string text;  ///< The whole normalised text, for near-duplicate detection.
  /// What the index stores of `text` instead of the text: a sample of its word
  /// 3-gram hashes, opaque printable ASCII. Filled by savant when the record is
  /// stored, and the only trace of `text` in a record read back from an index;
  /// callers of index_records() leave it empty.
  std::string text_signature;
  ContactDetails contact;  ///< Found in the file and removed from every field above.
};

/// A researcher as the index stores them: one person, merged from their documents.
///
/// Thread-safety: a plain value; copy freely between threads.
struct Researcher {
  std::string id;    ///< Stable id: a slug of the name, or of the file for anonymous documents.
  std::string name;  ///< Display name.
  std::vector<std::string> emails;        ///< Lower-cased, from all their documents.
  std::vector<std::string> affiliations;  ///< Institutions and employers, first seen first.
  std::vector<std::string> topics;        ///< Main topics, strongest first.
  std::vector<std::string> sources;       ///< Source files merged into this researcher.
  int publications = 0;                   ///< Number of distinct publications.
  ContactDetails contact;  ///< From all their documents; never indexed, shown on request.
};

/// A researcher with every piece of evidence the index holds for them, as
/// Searcher::researcher() and Searcher::for_each_researcher() return them.
///
/// Thread-safety: a plain value; copy freely between threads.
struct ResearcherProfile {
  Researcher researcher;  ///< Who: the same record search results carry.
  /// Merged evidence: publications first, then experience, education, summary
  /// and skills; within a kind the most recent first. `topics` holds the
  /// taxonomy topics of each unit and `sources` every file it was read from.
  std::vector<Evidence> evidence;
};

}  // namespace savant
