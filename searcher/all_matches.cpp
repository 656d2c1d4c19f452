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

}  // namespace

AllMatches all_matches(const Xapian::Database& db, const Xapian::Query& query,
                       const std::shared_ptr<const UnitColumns>& columns, bool one_database) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::doccount all = std::max<Xapian::doccount>(db.get_doccount(), 1);
  AllMatches out;
  if (columns && one_database) {
    MatchCollector collector(out.matches.matches);
    enquire.add_matchspy(&collector);
    out.mset = enquire.get_mset(0, 0, all);
    enquire.clear_matchspies();
    out.matches.columns = columns;
    return out;
  }
  out.mset = enquire.get_mset(0, all, all);
  if (columns) {
    out.matches.columns = columns;
  } else {
    // Ranking reads every matching document: for remote shards, ask for them
    // all at once rather than one round trip each.
    out.mset.fetch();
    out.matches.columns = std::make_shared<const UnitColumns>(UnitColumns::of_mset(out.mset));
  }
  out.matches.matches.reserve(out.mset.size());
  for (auto it = out.mset.begin(); it != out.mset.end(); ++it) {
    const auto row = columns ? *it : static_cast<std::uint32_t>(it.get_rank());
    out.matches.matches.push_back(Match{*it, row, it.get_weight()});
  }
  return out;
}

}  // namespace savant::searcher
