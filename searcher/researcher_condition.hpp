// SPDX-License-Identifier: MIT
// Conditions on the researcher rather than on the evidence unit (schema 9):
// a researcher's affiliations (`institution:`) and e-mails (`email:`) are terms
// of their researcher document only, not repeated on each of their units, and
// a unit matches such a condition when its researcher's document does.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace savant::searcher {

/// Where a query will run. Remote shards (xapian-tcpsrv) can only run
/// Xapian's own posting sources, so a researcher-level condition is written
/// there as the OR of the researchers' `XR` terms.
struct QueryTarget {
  bool remote = false;
};

/// The documents whose researcher (kSlotResearcher) is one of a set of ids,
/// weight 0: a filter over one pass of the researcher value stream, for
/// conditions that hold for too many researchers to OR their terms (a common
/// word such as `institution:university`). Consecutive documents of one
/// researcher (a researcher's units are written together) cost a string
/// comparison, not a lookup. Serialisable: register it with
/// condition_registry() to unserialise a query holding it.
class ResearcherUnits : public Xapian::PostingSource {
 public:
  using Ids = std::unordered_set<std::string>;
  explicit ResearcherUnits(std::shared_ptr<const Ids> ids);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return estimate_; }
  Xapian::doccount get_termfreq_max() const override { return maximum_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override;
  Xapian::docid get_docid() const override { return value_.get_docid(); }
  ResearcherUnits* clone() const override;
  std::string name() const override;
  std::string serialise() const override;
  ResearcherUnits* unserialise(const std::string& serialised) const override;
  std::string get_description() const override;

  const Ids& ids() const { return *ids_; }

 private:
  void to_member();  // moves value_ on to the first document of a researcher in ids_
  bool member(const std::string& id);

  std::shared_ptr<const Ids> ids_;
  Xapian::Database db_;
  Xapian::ValueIterator value_;
  Xapian::ValueIterator end_;
  bool started_ = false;
  std::string last_id_;  // the last id looked up, and whether it is in ids_
  bool last_member_ = false;
  Xapian::doccount estimate_ = 0;
  Xapian::doccount maximum_ = 0;
};

/// Xapian's registry with ResearcherUnits added, for Query::unserialise (one
/// per thread).
const Xapian::Registry& condition_registry();

/// The ids of the researchers whose researcher document matches `condition`.
std::vector<std::string> researchers_matching(const Xapian::Database& db,
                                              const Xapian::Query& condition,
                                              const QueryTarget& target);

/// At most this many researchers are written as the OR of their `XR` terms
/// (each a short posting list); more as one ResearcherUnits pass.
constexpr std::size_t kResearcherTermsAtMost = 256;

/// The query matching every document of the researchers `ids`, weight 0.
Xapian::Query units_of(const std::vector<std::string>& ids, const QueryTarget& target);

/// The weight a researcher-level match of `terms` gives each unit of the
/// researcher: for each term, the BM25 weight (Xapian's default parameters)
/// of one occurrence in a document of average length, its rarity counted
/// among researchers (`matching` of `researchers` have it), as it weighed on
/// each unit when every unit carried its researcher's affiliations.
double researcher_condition_weight(std::size_t terms, Xapian::doccount matching,
                                   Xapian::doccount researchers);

/// `institution:VALUE` (schema 9): the unit's own organisation (`ZXI` terms
/// of the unit, weighted by Xapian) OR its researcher's affiliations (the
/// researcher document's `ZXI` terms: every unit of those researchers, with
/// researcher_condition_weight). `unit_query` is the field parsed as before,
/// over units.
Xapian::Query institution_query(const Xapian::Database& db, const Xapian::Query& unit_query,
                                const QueryTarget& target);

/// `email:VALUE`: every unit of the researchers with that e-mail, weight 0.
Xapian::Query email_query(const Xapian::Database& db, const std::string& value,
                          const QueryTarget& target);

}  // namespace savant::searcher
