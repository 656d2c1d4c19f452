// SPDX-License-Identifier: MIT
// Term and value layout of savant's three document kinds.
#include "indexer/document_builder.hpp"

#include "indexer/identity/identity_record.hpp"
#include "indexer/stemmed_terms.hpp"
#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/topics_value.hpp"
#include "schema/venues.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace savant::indexer {
namespace {

using namespace savant::schema;

// Title words count three times: a paper titled with a skill is stronger
// evidence than a passing mention in its abstract.
constexpr Xapian::termcount kTitleWeight = 3;

// Longer words are never typed in a query (searcher/vocabulary.cpp).
constexpr std::size_t kMaxSpellingWordBytes = 40;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Spaces are not allowed in boolean terms typed in queries: "under review" -> "under-review".
std::string boolean_value(std::string_view s) {
  std::string out = lower(std::string(s));
  std::replace(out.begin(), out.end(), ' ', '-');
  return out;
}

// schema::StableHasher with the pieces a fingerprint is made of: the same
// value as stable_hash() over the concatenated bytes, without building a
// string of the whole document.
class Fnv1a {
 public:
  void add(std::string_view bytes) { hasher_.add(bytes); }
  void add(char c) { add(std::string_view(&c, 1)); }
  void add_number(unsigned long long n) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    add(std::string_view(digits, static_cast<std::size_t>(end - digits)));
  }
  std::uint64_t value() const { return hasher_.value(); }

 private:
  schema::StableHasher hasher_;
};

// The fingerprint covers everything written, so equal fingerprints mean an
// identical document and the rewrite can be skipped. It hashes the data, then
// '\0' term wdf (',' position)* per term, then '\1' slot value per value.
std::string fingerprint_of(const Xapian::Document& doc) {
  Fnv1a hash;
  hash.add(doc.get_data());
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    hash.add('\0');
    hash.add(*t);
    hash.add_number(t.get_wdf());
    // positionlist_begin() copies the term's positions into a new list even
    // when there are none, as in every document savant builds.
    if (t.positionlist_count() == 0) continue;
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
      hash.add(',');
      hash.add_number(*p);
    }
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
    hash.add('\1');
    hash.add_number(v.get_valueno());
    hash.add(*v);
  }
  return fmt::format("{:016x}", hash.value());
}

BuiltDocument finish(std::string unique_term, Xapian::Document doc) {
  doc.add_boolean_term(unique_term);
  std::string fingerprint = fingerprint_of(doc);
  doc.add_value(kSlotFingerprint, fingerprint);
  return BuiltDocument{std::move(unique_term), std::move(doc), std::move(fingerprint)};
}

}  // namespace

// No document of the index carries positions (index_text_without_positions
// everywhere): they were 41% of the index and a fifth of the indexing CPU
// time. Xapian then runs a phrase query as AND of its words
// (Database::has_positions() is false), which within one evidence unit, a
// publication or a job, ranks as well as adjacency did (docs/index-size.md).
// Positions are all or nothing: a document with them would make phrases fail
// on every document without them.
//
// Only stems are indexed (schema 4), as the query parser's STEM_ALL_Z searches
// them: STEM_SOME wrote every word twice, as written and as a Z stem, for 27%
// of the CPU. The TermGenerator only splits the text into words_doc_ (no
// stemming); add_stems() then stems each distinct word once, through a cache,
// and keeps the words as written for spelling suggestions.
DocumentBuilder::DocumentBuilder() : stemmer_("english") {
  terms_.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  terms_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  terms_.set_document(words_doc_);
}

const std::string& DocumentBuilder::stem_of(std::string_view word) {
  auto found = stems_.find(word);
  if (found != stems_.end()) return found->second;
  // Zipf: a few thousand words are most of the text; the cap bounds the rest.
  constexpr std::size_t kMaxCachedStems = 1 << 18;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  std::string key(word);
  std::string stem = stemmer_(key);
  return stems_.emplace(std::move(key), std::move(stem)).first->second;
}

Xapian::termcount DocumentBuilder::add_stems(Xapian::Document& doc, SpellingWords& words,
                                             bool as_boolean) {
  Xapian::termcount length = 0;
  for (auto t = words_doc_.termlist_begin(); t != words_doc_.termlist_end(); ++t) {
    const std::string term = *t;
    // Prefixes are upper-case ASCII; the TermGenerator lower-cases words.
    std::size_t prefix_length = 0;
    while (prefix_length < term.size() && term[prefix_length] >= 'A' &&
           term[prefix_length] <= 'Z') {
      ++prefix_length;
    }
    const std::string_view word = std::string_view(term).substr(prefix_length);
    const std::string& stem = stem_of(word);
    if (stem.empty()) continue;
    const std::string stemmed =
        stemmed_term(std::string_view(term).substr(0, prefix_length), word, stem);
    const Xapian::termcount wdf = t.get_wdf();
    length += wdf;
    if (as_boolean) {
      doc.add_boolean_term(stemmed);
    } else {
      doc.add_term(stemmed, wdf);
    }
    // Words of the unprefixed text, as Vocabulary takes them (2 to 40 bytes);
    // numbers are never spelling suggestions.
    if (prefix_length == 0 && word.size() >= 2 && word.size() <= kMaxSpellingWordBytes &&
        !(word[0] >= '0' && word[0] <= '9')) {
      words.insert(std::string(word));  // emplace would allocate a node first
    }
  }
  words_doc_.clear_terms();
  return length;
}

void DocumentBuilder::index_name(const std::string& name) {
  terms_.index_text_without_positions(name, 1, std::string(kPrefixName));
  terms_.index_text_without_positions(name);
  // Also the ASCII transliteration ("Jürgen" is also "jurgen", "张伟" also
  // "zhang wei"), so a recruiter who cannot type the script still finds the person.
  const bool ascii_only = std::all_of(name.begin(), name.end(),
                                      [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii_only) return;
  const std::string ascii = match_key(name);
  terms_.index_text_without_positions(ascii, 1, std::string(kPrefixName));
  terms_.index_text_without_positions(ascii);
}

// Free text: title (weighted), body, venue, organisation and position.
void DocumentBuilder::index_evidence_text(const Evidence& e) {
  terms_.index_text_without_positions(e.title, kTitleWeight);
  terms_.index_text_without_positions(e.title, 1, std::string(kPrefixTitle));
  terms_.index_text_without_positions(e.text);
  for (const std::string* field : {&e.venue, &e.organisation, &e.position}) {
    if (field->empty()) continue;
    terms_.index_text_without_positions(*field);
  }
  if (!e.venue.empty()) {
    if (const Venue* venue = VenueTable::builtin().find(e.venue)) {
      terms_.index_text_without_positions(venue->label);
    }
  }
}

// Schema 9: what belongs to the researcher and only a fielded query searches
// (`institution:` their affiliations, `email:`) is on the researcher's
// document, once, not on each of their evidence units (8.3 terms a unit at
// 100,000 documents for the affiliations alone). The query builder turns
// those fields into researcher-level conditions (searcher/researcher_condition).
// Boolean terms: the researcher document keeps length 0, so the collection's
// document lengths, and with them every BM25 weight, are what they were.
Xapian::termcount DocumentBuilder::add_researcher_terms(const Researcher& researcher,
                                                        Xapian::Document& doc) {
  for (const auto& affiliation : researcher.affiliations) {
    terms_.index_text_without_positions(affiliation, 1, std::string(kPrefixInstitution));
  }
  SpellingWords unused;  // prefixed words are never spelling words
  const Xapian::termcount length = add_stems(doc, unused, /*as_boolean=*/true);
  for (const auto& email : researcher.emails) doc.add_boolean_term(make_term(kPrefixEmail, email));
  return length;
}

// Called between units (words_doc_ empty): the affiliations are split and
// stemmed once per researcher, not once per unit.
// Compared field by field: building a key string of them cost an allocation
// and a copy of every affiliation per unit.
Xapian::termcount DocumentBuilder::affiliation_length(const Researcher& researcher) {
  if (!has_length_ || researcher.id != length_id_ ||
      researcher.affiliations != length_affiliations_) {
    Xapian::Document scratch;
    affiliation_length_ = add_researcher_terms(researcher, scratch);
    length_id_ = researcher.id;
    length_affiliations_ = researcher.affiliations;
    has_length_ = true;
  }
  return affiliation_length_;
}

BuiltDocument DocumentBuilder::source_document(const DocumentRecord& record,
                                               std::uint64_t content_hash) {
  Xapian::Document doc;
  doc.set_data(record_data(record));
  doc.add_boolean_term(make_term(kPrefixKind, kKindSource));
  doc.add_boolean_term(make_term(kPrefixSource, record.source));
  doc.add_value(kSlotSourcePath, record.source);
  doc.add_value(kSlotContentHash, fmt::format("{:016x}", content_hash));
  doc.add_value(kSlotIdentity, identity_value_of(record));
  return finish(source_unique_term(record.source), std::move(doc));
}

BuiltDocument DocumentBuilder::researcher_document(const Researcher& researcher) {
  Xapian::Document doc;
  doc.set_data(to_json(researcher).dump());
  add_researcher_terms(researcher, doc);
  doc.add_boolean_term(make_term(kPrefixKind, kKindResearcher));
  doc.add_boolean_term(make_term(kPrefixResearcher, researcher.id));
  doc.add_value(kSlotResearcher, researcher.id);
  return finish(researcher_unique_term(researcher.id), std::move(doc));
}

BuiltDocument DocumentBuilder::evidence_document(const Researcher& researcher,
                                                 const EvidenceUnit& unit, SpellingWords& words) {
  const Evidence& e = unit.evidence;
  Xapian::Document doc;
  // The evidence itself is in its source records (schema 6): the unit stores
  // where, and what merging several records' evidence changed. The searcher
  // reads it back through the records (searcher/evidence_reader); the
  // researcher is in kSlotResearcher and the topics in kSlotTopics.
  doc.set_data(unit.origins.empty() ? to_json(e).dump() : unit.stored.dump());

  index_evidence_text(e);
  // The name is on every unit: plain words search names too (a bare word is
  // also `name:`), so a unit of the person a query names outweighs one that
  // cites them. The researcher's affiliations and e-mails are not (schema 9,
  // add_researcher_terms); the unit's own organisation is.
  index_name(researcher.name);
  if (!e.organisation.empty()) {
    terms_.index_text_without_positions(e.organisation, 1, std::string(kPrefixInstitution));
  }
  add_stems(doc, words);

  // The unit keeps the length its researcher's affiliation words gave it
  // before schema 9, as the wdf of its kind term, which only filters (never
  // weighs): BM25 normalises every match by it, so each weight, and the
  // ranking tuned on them, stays as it was.
  doc.add_term(make_term(kPrefixKind, kKindEvidence), affiliation_length(researcher));
  doc.add_boolean_term(make_term(kPrefixKind, to_string(e.kind)));
  doc.add_boolean_term(make_term(kPrefixResearcher, researcher.id));
  // A paper under review at ICML is not an ICML paper: the venue filter and
  // facet only count venues that accepted (or, for arXiv, hold) the work.
  const bool venue_counts = !e.venue.empty() && e.status != PublicationStatus::under_review;
  if (venue_counts) doc.add_boolean_term(venue_term(e.venue));
  if (e.year > 0) doc.add_boolean_term(year_term(e.year));
  if (e.status != PublicationStatus::unknown) {
    doc.add_boolean_term(make_term(kPrefixStatus, boolean_value(to_string(e.status))));
  }
  if (e.role != AuthorRole::unknown) {
    doc.add_boolean_term(make_term(kPrefixRole, boolean_value(to_string(e.role))));
  }
  // Topic terms carry weight: their wdf is the number of mentions.
  std::string topics;
  for (const auto& [topic, count] : unit.topic_mentions) {
    doc.add_term(topic_term(topic), static_cast<Xapian::termcount>(count));
    add_to_topics_value(topics, topic);
  }

  doc.add_value(kSlotResearcher, researcher.id);
  if (e.year > 0) doc.add_value(kSlotYear, Xapian::sortable_serialise(e.year));
  if (venue_counts) doc.add_value(kSlotVenue, e.venue);
  if (!topics.empty()) doc.add_value(kSlotTopics, topics);
  doc.add_value(kSlotRanking,
                fmt::format("{}|{}|{}", to_string(e.kind), to_string(e.role), to_string(e.status)));

  return finish(evidence_unique_term(researcher.id, unit.key.empty() ? evidence_key(e) : unit.key),
                std::move(doc));
}

}  // namespace savant::indexer
