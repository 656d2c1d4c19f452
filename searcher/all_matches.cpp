// SPDX-License-Identifier: MIT
#include "searcher/all_matches.hpp"

#include <algorithm>

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

AllMatches spied_matches(const Xapian::Database& db, const Xapian::Query& query,
                         const std::shared_ptr<const UnitColumns>& columns) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  AllMatches out;
  MatchCollector collector(out.matches.matches);
  enquire.add_matchspy(&collector);
  out.mset = enquire.get_mset(0, 0, all_of(db));
  enquire.clear_matchspies();
  out.matches.columns = columns;
  return out;
}

}  // namespace savant::searcher
