// SPDX-License-Identifier: MIT
// Evidence-to-researcher aggregation (a voting model in the sense of
// Macdonald & Ounis: each matching unit votes for its researcher with its
// weighted score; votes are summed with geometric decay).
//
// Every match of a query is grouped, scored and counted here, so the work is
// done on numbers from UnitColumns: researchers, venues, years and topics are
// compared as integers, units are grouped with one counting sort into a flat
// array, and ScoredUnits are built only for the researchers a page shows.
#include "searcher/researcher_ranker.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

namespace savant::searcher {

namespace {

// The factors of each distinct ranking value and year, for these weights.
struct Factors {
  struct Ranking {
    double kind = 1.0;
    double role = 1.0;
    double status = 1.0;
  };
  std::vector<Ranking> ranking;  // by ranking number
  std::vector<double> recency;   // by year number (0: no year)

  Factors(const UnitColumns& columns, const RankingWeights& weights) {
    for (const UnitRanking& r : columns.rankings()) {
      Ranking f;
      if (r.parsed) {
        f.kind = weights.kind_factor(r.kind);
        if (r.kind == EvidenceKind::publication) {
          f.role = weights.role_factor(r.role);
          f.status = weights.status_factor(r.status);
        }
      }
      ranking.push_back(f);
    }
    recency.push_back(1.0);
    for (int year : columns.years()) recency.push_back(weights.recency_factor(year));
  }

  // Multiplied in the order a ScoredUnit's score is defined by.
  double score(const UnitColumns::Row& row, double relevance) const {
    const Ranking& f = ranking[row.ranking];
    return relevance * f.kind * f.role * f.status * recency[row.year];
  }
};

// A query with no weighted terms (filters only) scores every unit alike.
double relevance_of(double weight) { return weight > 0 ? weight : 1.0; }

}  // namespace

// One query's matches, grouped by researcher.
struct Ranking::Part {
  // A matching unit as ranking keeps it.
  struct Unit {
    Xapian::docid docid = 0;
    std::uint32_t row = 0;
    double relevance = 0.0;
    double score = 0.0;
  };
  // Best first; ties go to the lower docid, so one index always gives one order.
  static bool better(const Unit& a, const Unit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.docid < b.docid;
  }

  struct Group {
    std::uint32_t researcher = 0;
    std::uint32_t begin = 0;  // into units
    std::uint32_t end = 0;
    double score = 0.0;
  };
  std::shared_ptr<const UnitColumns> columns;
  RankingWeights weights;
  std::vector<Unit> units;  // grouped by researcher; in a group, the counted units first
  std::vector<Group> groups;
};

namespace {

// Counts each facet value once per researcher: a value's stamp is the last
// researcher (group + 1) it was counted for.
class FacetCounter {
 public:
  explicit FacetCounter(const UnitColumns& columns)
      : columns_(columns),
        venue_(columns.venues().size() + 1),
        year_(columns.years().size() + 1),
        topic_(columns.topics().size()) {}

  // The facet numbers of one unit, as UnitColumns holds them.
  struct Values {
    std::uint32_t venue = 0;
    std::uint32_t year = 0;
    std::uint32_t topic_set = 0;
  };

  void count(std::uint32_t group, const Values& unit) {
    const std::uint32_t stamp = group + 1;
    if (unit.venue != 0) venue_[unit.venue].add(stamp);
    if (unit.year != 0) year_[unit.year].add(stamp);
    for (std::uint32_t t : columns_.topics_in(unit.topic_set)) topic_[t].add(stamp);
  }

  FacetCounts counts() const {
    FacetCounts out;
    auto& venues = out["venue"];
    for (std::size_t v = 1; v < venue_.size(); ++v) {
      if (venue_[v].count) venues[columns_.venues()[v - 1]] = venue_[v].count;
    }
    auto& years = out["year"];
    for (std::size_t y = 1; y < year_.size(); ++y) {
      if (year_[y].count) years[std::to_string(columns_.years()[y - 1])] = year_[y].count;
    }
    auto& topics = out["topic"];
    for (std::size_t t = 0; t < topic_.size(); ++t) {
      if (topic_[t].count) topics[columns_.topics()[t]] = topic_[t].count;
    }
    return out;
  }

 private:
  struct Tally {
    std::uint32_t stamp = 0;
    std::uint32_t count = 0;  // researchers: group numbers are 32-bit too
    void add(std::uint32_t researcher) {
      if (stamp == researcher) return;
      stamp = researcher;
      ++count;
    }
  };
  const UnitColumns& columns_;
  std::vector<Tally> venue_;
  std::vector<Tally> year_;
  std::vector<Tally> topic_;
};

}  // namespace

Ranking rank_researchers(const Matches& matches, const RankingWeights& weights, bool count_facets) {
  auto part = std::make_shared<Ranking::Part>();
  part->columns = matches.columns;
  part->weights = weights;
  const UnitColumns& columns = *matches.columns;
  const Factors factors(columns, weights);

  // Each matching row is read once, here: the rows of a large query's matches
  // are spread over the whole index, so each read is a cache miss, and the
  // passes below read what was kept of it, in order. Group by researcher with
  // one counting sort; groups in order of first match.
  struct Seen {
    std::uint32_t group = 0;
    FacetCounter::Values facets;
    double score = 0.0;
  };
  const std::size_t n = matches.matches.size();
  std::vector<Seen> seen(n);
  std::vector<std::uint32_t> group_of(columns.researcher_count(), UINT32_MAX);
  std::vector<std::uint32_t> sizes;
  for (std::size_t i = 0; i < n; ++i) {
    const Match& m = matches.matches[i];
    // Columns of an older revision would miss its new documents: a bug, not bad input.
    if (m.row >= columns.rows()) throw std::logic_error("ranking columns of another revision");
    const UnitColumns::Row& row = columns.row(m.row);
    std::uint32_t& group = group_of[row.researcher];
    if (group == UINT32_MAX) {
      group = static_cast<std::uint32_t>(part->groups.size());
      part->groups.push_back({row.researcher, 0, 0, 0.0});
      sizes.push_back(0);
    }
    ++sizes[group];
    seen[i] = Seen{
        group, {row.venue, row.year, row.topic_set}, factors.score(row, relevance_of(m.weight))};
  }
  std::uint32_t offset = 0;
  for (std::size_t g = 0; g < part->groups.size(); ++g) {
    part->groups[g].begin = part->groups[g].end = offset;
    offset += sizes[g];
  }
  // Facet values laid out as the units are (a group's units in any order).
  std::vector<FacetCounter::Values> facet_values(count_facets ? n : 0);
  part->units.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Match& m = matches.matches[i];
    const std::uint32_t at = part->groups[seen[i].group].end++;
    part->units[at] = Ranking::Part::Unit{m.docid, m.row, relevance_of(m.weight), seen[i].score};
    if (count_facets) facet_values[at] = seen[i].facets;
  }

  // A researcher's score: their best units, the i-th weighted decay^i.
  const auto max_units = static_cast<std::size_t>(std::max(weights.max_units, 0));
  for (auto& group : part->groups) {
    const auto first = part->units.begin() + group.begin;
    const auto last = part->units.begin() + group.end;
    const auto counted = std::min<std::size_t>(max_units, group.end - group.begin);
    std::partial_sort(first, first + static_cast<std::ptrdiff_t>(counted), last,
                      Ranking::Part::better);
    double share = 1.0;
    group.score = 0.0;
    for (auto unit = first; unit != first + static_cast<std::ptrdiff_t>(counted); ++unit) {
      group.score += share * unit->score;
      share *= weights.decay;
    }
  }

  Ranking ranking;
  if (count_facets) {
    FacetCounter counter(columns);
    for (std::uint32_t g = 0; g < part->groups.size(); ++g) {
      const auto& group = part->groups[g];
      for (std::uint32_t u = group.begin; u < group.end; ++u) counter.count(g, facet_values[u]);
    }
    ranking.facets = counter.counts();
  }

  ranking.entries_.reserve(part->groups.size());
  for (std::uint32_t g = 0; g < part->groups.size(); ++g)
    ranking.entries_.push_back({part.get(), g});
  ranking.parts_.push_back(std::move(part));
  return ranking;
}

void Ranking::order_first(std::size_t n) const {
  n = std::min(n, entries_.size());
  if (n <= ordered_) return;
  // Ordering more than asked for (twice as many as before) saves a pass per
  // page for a reader paging down, and keeps walking every researcher in
  // order O(n log n) in all.
  const std::size_t upto = std::min(entries_.size(), std::max(n, 2 * ordered_ + 64));
  // Entries before ordered_ are in place and better than every later one, so
  // the rest is ordered within itself. All of them come from one Part:
  // append_missing orders both rankings entirely before joining them.
  const auto better = [](const Entry& a, const Entry& b) {
    const auto& ga = a.part->groups[a.group];
    const auto& gb = b.part->groups[b.group];
    if (ga.score != gb.score) return ga.score > gb.score;
    return a.part->columns->researcher_order(ga.researcher) <
           b.part->columns->researcher_order(gb.researcher);
  };
  const auto first = entries_.begin() + static_cast<std::ptrdiff_t>(ordered_);
  if (upto == entries_.size()) {
    std::sort(first, entries_.end(), better);
  } else {
    std::partial_sort(first, entries_.begin() + static_cast<std::ptrdiff_t>(upto), entries_.end(),
                      better);
  }
  ordered_ = upto;
}

const std::string& Ranking::id(std::size_t i) const {
  order_first(i + 1);
  const Entry& e = entries_[i];
  return e.part->columns->researcher_id(e.part->groups[e.group].researcher);
}

double Ranking::score(std::size_t i) const {
  order_first(i + 1);
  const Entry& e = entries_[i];
  return e.part->groups[e.group].score;
}

RankedResearcher Ranking::researcher(std::size_t i) const {
  order_first(i + 1);
  const Entry& e = entries_[i];
  const Part& part = *e.part;
  const auto& group = part.groups[e.group];
  const UnitColumns& columns = *part.columns;
  const RankingWeights& weights = part.weights;
  RankedResearcher out{id(i), group.score, {}};
  std::vector<Part::Unit> units(part.units.begin() + group.begin, part.units.begin() + group.end);
  std::sort(units.begin(), units.end(), Part::better);
  out.units.reserve(units.size());
  double share = 1.0;
  int counted = 0;
  for (const Part::Unit& u : units) {
    ScoredUnit unit;
    unit.docid = u.docid;
    unit.relevance = u.relevance;
    const UnitRanking& ranking = columns.rankings()[columns.ranking(u.row)];
    if (ranking.parsed) {
      unit.kind_of = ranking.kind;
      unit.kind = weights.kind_factor(ranking.kind);
      if (ranking.kind == EvidenceKind::publication) {
        unit.role_of = ranking.role;
        unit.status_of = ranking.status;
        unit.role = weights.role_factor(ranking.role);
        unit.status = weights.status_factor(ranking.status);
      }
    }
    if (const std::uint32_t year = columns.year(u.row); year != 0) {
      unit.year = columns.years()[year - 1];
      unit.recency = weights.recency_factor(unit.year);
    }
    unit.score = u.score;
    if (counted++ < weights.max_units) {
      unit.share = share;
      share *= weights.decay;
    }
    out.units.push_back(unit);
  }
  return out;
}

void Ranking::append_missing(const Ranking& other) {
  order_first(size());
  other.order_first(other.size());
  std::unordered_set<std::string_view> present;
  for (std::size_t i = 0; i < size(); ++i) present.insert(id(i));
  for (std::size_t i = 0; i < other.size(); ++i) {
    if (present.count(other.id(i)) == 0) entries_.push_back(other.entries_[i]);
  }
  ordered_ = entries_.size();
  parts_.insert(parts_.end(), other.parts_.begin(), other.parts_.end());
}

}  // namespace savant::searcher
