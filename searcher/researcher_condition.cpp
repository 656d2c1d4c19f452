// SPDX-License-Identifier: MIT
// Researcher-level query conditions: the researchers a condition holds for are
// found on their researcher documents, then every unit of theirs matches.
#include "searcher/researcher_condition.hpp"

#include "schema/prefixes.hpp"
#include "schema/terms.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace savant::searcher {
namespace {

// The term every researcher document has.
std::string researcher_kind_term() {
  return schema::make_term(schema::kPrefixKind, schema::kKindResearcher);
}

// Researcher documents are one in ~20 documents: the mset of a condition
// over them is small next to a query's matches; below this many, their ids
// are read from the documents, above it from one pass of the value stream.
constexpr Xapian::doccount kIdsFromDocumentsAtMost = 64;

}  // namespace

ResearcherUnits::ResearcherUnits(std::shared_ptr<const Ids> ids) : ids_(std::move(ids)) {}

void ResearcherUnits::init(const Xapian::Database& db) {
  db_ = db;
  value_ = db_.valuestream_begin(schema::kSlotResearcher);
  end_ = db_.valuestream_end(schema::kSlotResearcher);
  started_ = false;
  last_id_.clear();
  last_member_ = false;
  maximum_ = db_.get_doccount();
  // About as many documents a researcher as the index has on average.
  const Xapian::doccount researchers =
      std::max<Xapian::doccount>(db_.get_termfreq(researcher_kind_term()), 1);
  const double share = std::min(1.0, static_cast<double>(ids_->size()) / researchers);
  estimate_ = static_cast<Xapian::doccount>(share * maximum_);
}

bool ResearcherUnits::member(const std::string& id) {
  if (id != last_id_) {
    last_id_ = id;
    last_member_ = ids_->count(id) != 0;
  }
  return last_member_;
}

void ResearcherUnits::to_member() {
  while (value_ != end_ && !member(*value_)) ++value_;
}

void ResearcherUnits::next(double) {
  if (started_) {
    ++value_;
  } else {
    started_ = true;
  }
  to_member();
}

void ResearcherUnits::skip_to(Xapian::docid did, double) {
  started_ = true;
  if (value_ != end_ && value_.get_docid() < did) value_.skip_to(did);
  to_member();
}

bool ResearcherUnits::at_end() const { return started_ && value_ == end_; }

ResearcherUnits* ResearcherUnits::clone() const { return new ResearcherUnits(ids_); }

std::string ResearcherUnits::name() const { return "savant.ResearcherUnits"; }

// Each id as its length in decimal, ':', then its bytes (ids may hold any byte).
std::string ResearcherUnits::serialise() const {
  std::set<std::string> sorted(ids_->begin(), ids_->end());  // one form per set
  std::string out;
  for (const std::string& id : sorted) out += fmt::format("{}:{}", id.size(), id);
  return out;
}

ResearcherUnits* ResearcherUnits::unserialise(const std::string& serialised) const {
  auto ids = std::make_shared<Ids>();
  std::size_t at = 0;
  while (at < serialised.size()) {
    const std::size_t colon = serialised.find(':', at);
    if (colon == std::string::npos) throw Xapian::SerialisationError("ResearcherUnits: no ':'");
    std::size_t length = 0;
    for (std::size_t i = at; i < colon; ++i) {
      const char c = serialised[i];
      if (c < '0' || c > '9' || length > serialised.size()) {
        throw Xapian::SerialisationError("ResearcherUnits: bad length");
      }
      length = length * 10 + static_cast<std::size_t>(c - '0');
    }
    if (colon == at || length > serialised.size() - colon - 1) {
      throw Xapian::SerialisationError("ResearcherUnits: bad length");
    }
    ids->insert(serialised.substr(colon + 1, length));
    at = colon + 1 + length;
  }
  return new ResearcherUnits(std::move(ids));
}

std::string ResearcherUnits::get_description() const {
  return fmt::format("ResearcherUnits({} researchers)", ids_->size());
}

const Xapian::Registry& condition_registry() {
  // One per thread: Xapian 1.4 counts references to a registry's parts
  // without atomics.
  thread_local const Xapian::Registry registry = [] {
    Xapian::Registry r;
    r.register_posting_source(ResearcherUnits(std::make_shared<const ResearcherUnits::Ids>()));
    return r;
  }();
  return registry;
}

std::vector<std::string> researchers_matching(const Xapian::Database& db,
                                              const Xapian::Query& condition,
                                              const QueryTarget& target) {
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, condition, Xapian::Query(researcher_kind_term())));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::doccount all = std::max<Xapian::doccount>(db.get_doccount(), 1);
  std::vector<std::string> ids;
  if (target.remote) {
    // Each shard reads the ids of its own matches (a value stream would
    // cost a round trip per chunk, the documents a transfer each).
    Xapian::ValueCountMatchSpy spy(schema::kSlotResearcher);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, all);
    enquire.clear_matchspies();
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) ids.push_back(*it);
    return ids;
  }
  Xapian::MSet mset = enquire.get_mset(0, all, all);
  ids.reserve(mset.size());
  if (mset.size() <= kIdsFromDocumentsAtMost) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      ids.push_back(it.get_document().get_value(schema::kSlotResearcher));
    }
    return ids;
  }
  // Many: one forward pass over the researcher values, read in chunks.
  std::vector<Xapian::docid> docids(mset.begin(), mset.end());
  std::sort(docids.begin(), docids.end());
  Xapian::ValueIterator value = db.valuestream_begin(schema::kSlotResearcher);
  const Xapian::ValueIterator end = db.valuestream_end(schema::kSlotResearcher);
  for (Xapian::docid did : docids) {
    if (value == end) break;
    if (value.get_docid() < did) value.skip_to(did);
    if (value != end && value.get_docid() == did) ids.push_back(*value);
  }
  return ids;
}

Xapian::Query units_of(const std::vector<std::string>& ids, const QueryTarget& target) {
  if (ids.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query units;
  if (target.remote || ids.size() <= kResearcherTermsAtMost) {
    std::vector<Xapian::Query> terms;
    terms.reserve(ids.size());
    for (const std::string& id : ids) {
      terms.emplace_back(schema::make_term(schema::kPrefixResearcher, id));
    }
    units = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  } else {
    auto set = std::make_shared<const ResearcherUnits::Ids>(ids.begin(), ids.end());
    units = Xapian::Query((new ResearcherUnits(std::move(set)))->release());
  }
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, units, 0.0);
}

double researcher_condition_weight(std::size_t terms, Xapian::doccount matching,
                                   Xapian::doccount researchers) {
  // Xapian 1.4's BM25Weight without a relevance set: idf (N - n + 0.5) /
  // (n + 0.5), raised to tw / 2 + 1 below 2 so that no term weighs nothing;
  // with k1 = 1 one occurrence at normalised length 1 weighs exactly log(tw).
  const double n = matching;
  const double total = std::max<double>(researchers, n);
  double tw = (total - n + 0.5) / (n + 0.5);
  if (tw < 2) tw = tw * 0.5 + 1;
  return static_cast<double>(terms) * std::log(tw);
}

Xapian::Query institution_query(const Xapian::Database& db, const Xapian::Query& unit_query,
                                const QueryTarget& target) {
  if (unit_query.empty()) return unit_query;
  const std::vector<std::string> ids = researchers_matching(db, unit_query, target);
  if (ids.empty()) return unit_query;
  std::set<std::string> terms(unit_query.get_unique_terms_begin(),
                              unit_query.get_unique_terms_end());
  const double weight =
      researcher_condition_weight(terms.size(), static_cast<Xapian::doccount>(ids.size()),
                                  db.get_termfreq(researcher_kind_term()));
  const Xapian::Query researchers(
      Xapian::Query::OP_FILTER,
      Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release()),
      units_of(ids, target));
  return Xapian::Query(Xapian::Query::OP_OR, unit_query, researchers);
}

Xapian::Query email_query(const Xapian::Database& db, const std::string& value,
                          const QueryTarget& target) {
  const Xapian::Query email(schema::make_term(schema::kPrefixEmail, value));
  const std::vector<std::string> ids = researchers_matching(db, email, target);
  // No one: the e-mail term itself, which no unit has. Not MatchNothing: the
  // query parser takes an empty query from a boolean field as no filter at
  // all, which would match everything.
  const Xapian::Query unweighted(Xapian::Query::OP_SCALE_WEIGHT, email, 0.0);
  if (ids.empty()) return unweighted;
  // The e-mail term too, though no unit has it: --explain names it.
  return Xapian::Query(Xapian::Query::OP_OR, units_of(ids, target), unweighted);
}

}  // namespace savant::searcher
