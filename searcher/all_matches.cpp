// SPDX-License-Identifier: MIT
#include "searcher/all_matches.hpp"

#include "searcher/direct_matches.hpp"
#include "searcher/researcher_condition.hpp"

#include <algorithm>
#include <future>

namespace savant::searcher {
namespace {

// Keeps every match the matcher sees, with the weight it computed.
class MatchCollector : public Xapian::MatchSpy {
 public:
  explicit MatchCollector(std::vector<Match>& out) : out_(out) {}
  void operator()(const Xapian::Document& doc, double weight) override {
    const Xapian::docid docid = doc.get_docid();
    out_.push_back(Match{docid, docid, weight});
  }

 private:
  std::vector<Match>& out_;
};

// The docids first..last, as a filter: a posting list that is every docid in
// the range (the AND with the query only stops at documents that exist).
class DocidRange : public Xapian::PostingSource {
 public:
  DocidRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}

  void init(const Xapian::Database& db) override {
    current_ = 0;
    const Xapian::doccount span = last_ >= first_ ? last_ - first_ + 1 : 0;
    estimate_ = std::min<Xapian::doccount>(span, db.get_doccount());
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return estimate_; }
  Xapian::doccount get_termfreq_max() const override { return estimate_; }
  void next(double) override { current_ = current_ == 0 ? first_ : current_ + 1; }
  void skip_to(Xapian::docid did, double) override { current_ = std::max({did, first_, current_}); }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  DocidRange* clone() const override { return new DocidRange(first_, last_); }

 private:
  Xapian::docid first_;
  Xapian::docid last_;
  Xapian::docid current_ = 0;
  Xapian::doccount estimate_ = 0;
};

Xapian::Query within(const Xapian::Query& query, Xapian::docid first, Xapian::docid last) {
  return Xapian::Query(Xapian::Query::OP_FILTER, query,
                       Xapian::Query((new DocidRange(first, last))->release()));
}

Xapian::doccount all_of(const Xapian::Database& db) {
  return std::max<Xapian::doccount>(db.get_doccount(), 1);
}

}  // namespace

Xapian::MSet every_match(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  return enquire.get_mset(0, all_of(db), all_of(db));
}

AllMatches from_documents(const Xapian::MSet& mset) {
  AllMatches out;
  out.mset = mset;
  // Ranking reads every matching document: for remote shards, ask for them
  // all at once rather than one round trip each.
  out.mset.fetch();
  out.matches.columns = std::make_shared<const UnitColumns>(UnitColumns::of_mset(out.mset));
  out.matches.matches.reserve(out.mset.size());
  for (auto it = out.mset.begin(); it != out.mset.end(); ++it) {
    out.matches.matches.push_back(
        Match{*it, static_cast<std::uint32_t>(it.get_rank()), it.get_weight()});
  }
  return out;
}

AllMatches from_columns(const Xapian::MSet& mset,
                        const std::shared_ptr<const UnitColumns>& columns) {
  AllMatches out;
  out.mset = mset;
  out.matches.columns = columns;
  out.matches.matches.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    out.matches.matches.push_back(Match{*it, *it, it.get_weight()});
  }
  return out;
}

namespace {

// The matches of `query` on `db` as a spy sees them, into `storage` (emptied).
AllMatches spy(const Xapian::Database& db, const Xapian::Query& query,
               const std::shared_ptr<const UnitColumns>& columns, std::vector<Match> storage) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  AllMatches out;
  out.matches.matches = std::move(storage);
  out.matches.matches.clear();
  MatchCollector collector(out.matches.matches);
  enquire.add_matchspy(&collector);
  out.mset = enquire.get_mset(0, 0, all_of(db));
  enquire.clear_matchspies();
  out.matches.columns = columns;
  return out;
}

}  // namespace

namespace {

// Vectors for the matches of `query`, `parts` of them (one per thread): those
// `memory` kept from earlier queries, or, where it had none (a Searcher's first
// query), vectors reserved from Xapian's estimate of the matches, so that they
// do not grow by copies as the spies fill them. The estimate costs a matcher's
// set-up without the matching (posting list frequencies): once, not per query.
std::vector<std::vector<Match>> storage_for(const Xapian::Database& db, const Xapian::Query& query,
                                            QueryMemory* memory, std::size_t parts) {
  std::vector<std::vector<Match>> out(parts);
  if (memory) {
    for (auto& v : out) v = memory->take_matches();
  }
  if (std::all_of(out.begin(), out.end(), [](const auto& v) { return v.capacity() > 0; })) {
    return out;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::doccount estimate =
      enquire.get_mset(0, 0, Xapian::doccount{0}).get_matches_estimated();
  // The halves of a split hold about as many matches each; some room for an
  // uneven split, as a reservation only takes address space until it is used.
  const std::size_t each = estimate / parts + estimate / (4 * parts);
  for (auto& v : out) v.reserve(std::min<std::size_t>(each, all_of(db)));
  return out;
}

}  // namespace

AllMatches spied_matches(const Xapian::Database& db, const Xapian::Query& query,
                         const std::shared_ptr<const UnitColumns>& columns, QueryMemory* memory) {
  return spy(db, query, columns, std::move(storage_for(db, query, memory, 1).front()));
}

std::optional<AllMatches> walked_matches(const Xapian::Database& db, const Xapian::Database* twin,
                                         const Xapian::Query& query,
                                         const std::shared_ptr<const UnitColumns>& columns,
                                         const DocumentLengths* lengths, QueryMemory* memory,
                                         PostingCache* postings) {
  if (!walks_directly(query)) return std::nullopt;
  AllMatches out;
  out.matches.columns = columns;
  const Xapian::docid last = db.get_lastdocid();
  const Xapian::docid half = twin ? last / 2 : last;
  // Vectors kept from earlier queries, taken here: QueryMemory is for the
  // calling thread only.
  std::vector<Match> lower_storage = memory ? memory->take_matches() : std::vector<Match>{};
  std::vector<Match> upper_storage = memory && twin ? memory->take_matches() : std::vector<Match>{};
  // The upper half on its own thread with its own handle (a handle is for one
  // thread at a time) and its own copy of the query (Xapian 1.4 counts
  // references to a query's parts without atomics).
  std::future<std::optional<std::vector<Match>>> upper;
  if (twin) {
    upper = std::async(
        std::launch::async, [twin, half, last, lengths, postings, serialised = query.serialise(),
                             storage = std::move(upper_storage)]() mutable {
          return direct_matches(*twin, Xapian::Query::unserialise(serialised, condition_registry()),
                                half + 1, last, lengths, std::move(storage), postings);
        });
  }
  try {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    out.mset = enquire.get_mset(0, 0);
    std::optional<std::vector<Match>> lower =
        direct_matches(db, query, 1, half, lengths, std::move(lower_storage), postings);
    if (lower) out.matches.matches = std::move(*lower);
  } catch (...) {
    if (upper.valid()) upper.wait();
    throw;
  }
  if (upper.valid()) {
    std::optional<std::vector<Match>> more = upper.get();
    if (more) {
      out.matches.matches.insert(out.matches.matches.end(), more->begin(), more->end());
      if (memory) memory->give_back(std::move(*more));
    }
  }
  return out;
}

AllMatches split_spied_matches(const Xapian::Database& db, const Xapian::Database& twin,
                               const Xapian::Query& query,
                               const std::shared_ptr<const UnitColumns>& columns,
                               QueryMemory* memory) {
  const Xapian::docid last = db.get_lastdocid();
  const Xapian::docid half = last / 2;
  // The upper half on its own thread, with its own handle and its own copy
  // of the query: Xapian 1.4 counts references to a query's parts without
  // atomics, so two threads must not share one (savant's own posting source
  // is read back through condition_registry()). An error there (a
  // DatabaseModifiedError) comes out of get() as it was thrown.
  std::vector<std::vector<Match>> storage = storage_for(db, query, memory, 2);
  std::vector<Match> lower_storage = std::move(storage[0]);
  std::vector<Match> upper_storage = std::move(storage[1]);
  auto upper = std::async(std::launch::async, [&twin, &columns, half, last,
                                               serialised = query.serialise(),
                                               storage = std::move(upper_storage)]() mutable {
    return spy(twin,
               within(Xapian::Query::unserialise(serialised, condition_registry()), half + 1, last),
               columns, std::move(storage));
  });
  AllMatches out;
  try {
    out = spy(db, within(query, 1, half), columns, std::move(lower_storage));
  } catch (...) {
    upper.wait();
    throw;
  }
  AllMatches more = upper.get();
  out.matches.matches.insert(out.matches.matches.end(), more.matches.matches.begin(),
                             more.matches.matches.end());
  if (memory) memory->give_back(std::move(more.matches.matches));
  return out;
}

}  // namespace savant::searcher
