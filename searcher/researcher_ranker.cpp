// SPDX-License-Identifier: MIT
// Evidence-to-researcher aggregation (a voting model in the sense of
// Macdonald & Ounis: each matching unit votes for its researcher with its
// weighted score; votes are summed with geometric decay).
//
// Every match of a query is grouped, scored and counted here, so the work is
// done on numbers from UnitColumns: researchers, venues, years and topics are
// compared as integers, units are grouped into a flat array (as they come when
// matches arrive grouped, else with one counting sort), and ScoredUnits are
// built only for the researchers a page shows. The arrays are reused from one
// query to the next (QueryMemory).
#include "searcher/researcher_ranker.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <utility>

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

// The compare-exchanges of Batcher's odd-even merge sort for N (a power of
// two) places, in order: a sorting network (N = 8: 19, N = 16: 63 pairs).
template <std::size_t N>
struct Network {
  std::array<std::pair<std::uint8_t, std::uint8_t>, N * N> pairs{};
  std::size_t size = 0;
};

template <std::size_t N>
constexpr Network<N> batcher_network() {
  Network<N> out;
  for (std::size_t p = 1; p < N; p <<= 1) {
    for (std::size_t k = p; k >= 1; k >>= 1) {
      for (std::size_t j = k % p; j + k < N; j += 2 * k) {
        for (std::size_t i = 0; i < std::min(k, N - j - k); ++i) {
          if ((i + j) / (2 * p) == (i + j + k) / (2 * p)) {
            out.pairs[out.size++] = {static_cast<std::uint8_t>(i + j),
                                     static_cast<std::uint8_t>(i + j + k)};
          }
        }
      }
    }
  }
  return out;
}

template <std::size_t N>
inline constexpr Network<N> kNetwork = batcher_network<N>();

// One compare-exchange per pair, unrolled at compile time: the places stay in
// registers (a loop over the table read each pair's places from memory and
// indexed the array with them).
template <std::size_t N, std::size_t... C>
void apply_network(std::array<double, N>& a, std::index_sequence<C...>) {
  (
      [&a] {
        constexpr auto pair = kNetwork<N>.pairs[C];
        const double high = std::max(a[pair.first], a[pair.second]);
        const double low = std::min(a[pair.first], a[pair.second]);
        a[pair.first] = high;
        a[pair.second] = low;
      }(),
      ...);
}

// Sorts `a` best first through the network for N; places past the scores
// hold -inf. No branch depends on the scores.
template <std::size_t N>
void sort_small(std::array<double, N>& a) {
  apply_network(a, std::make_index_sequence<kNetwork<N>.size>{});
}

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

  // Sets `group`'s score: its best units' scores, the i-th weighted decay^i.
  // Only the scores are sorted (best first), not the units: equal scores add
  // the same whichever comes first, so the sum is the one of the units in
  // their total order (Ranking::researcher() orders a page's units), and
  // sorting 8-byte doubles with one comparison is cheaper than 32-byte units
  // with two.
  void score(Group& group) {
    const std::size_t size = group.end - group.begin;
    const auto max_units = static_cast<std::size_t>(std::max(weights.max_units, 0));
    const auto counted = std::min<std::size_t>(max_units, size);
    if (size <= 8) {
      group.score = small_sum<8>(group, counted);
    } else if (size <= 16) {
      group.score = small_sum<16>(group, counted);
    } else {
      thread_local std::vector<double> scores;
      scores.clear();
      for (std::uint32_t u = group.begin; u < group.end; ++u) scores.push_back(units[u].score);
      const auto end = scores.begin() + static_cast<std::ptrdiff_t>(counted);
      std::partial_sort(scores.begin(), end, scores.end(), std::greater<double>());
      group.score = decayed_sum(scores.data(), counted);
    }
  }

  // The group's (at most N) scores sorted by the network for N, the best
  // `counted` summed.
  template <std::size_t N>
  double small_sum(const Group& group, std::size_t counted) const {
    std::array<double, N> a;
    a.fill(-std::numeric_limits<double>::infinity());
    for (std::uint32_t u = group.begin, i = 0; u < group.end; ++u, ++i) a[i] = units[u].score;
    sort_small(a);
    return decayed_sum(a.data(), counted);
  }

  // best[0] + decay * best[1] + decay^2 * best[2] ..., in that order.
  double decayed_sum(const double* best, std::size_t counted) const {
    double share = 1.0;
    double sum = 0.0;
    for (std::size_t i = 0; i < counted; ++i) {
      sum += share * best[i];
      share *= weights.decay;
    }
    return sum;
  }

  explicit Part(std::shared_ptr<QueryMemory::Pool> from);
  ~Part();
  Part(const Part&) = delete;
  Part& operator=(const Part&) = delete;

  std::shared_ptr<const UnitColumns> columns;
  RankingWeights weights;
  std::vector<Unit> units;  // grouped by researcher, in no order within a group
  std::vector<Group> groups;
  // Where units and groups came from and go back to (none without a QueryMemory).
  std::shared_ptr<QueryMemory::Pool> pool;
};

namespace {

template <typename T>
std::size_t bytes_of(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

struct QueryMemory::Pool {
  // A facet value's count of researchers: its stamp is the last researcher
  // (group + 1) it was counted for.
  struct Tally {
    std::uint32_t stamp = 0;
    std::uint32_t count = 0;  // researchers: group numbers are 32-bit too
    // Without a branch: whether a value was counted for this researcher yet
    // is as good as random, and a mispredicted branch cost more than the store.
    void add(std::uint32_t researcher) {
      count += static_cast<std::uint32_t>(stamp != researcher);
      stamp = researcher;
    }
  };

  explicit Pool(std::size_t keep) { set_keep(keep); }
  ~Pool() { kept_in_process -= reported; }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // What every pool of the process keeps between queries, as each last
  // counted it, may reach twice the largest keep_bytes any pool has: the
  // Searchers of `savant serve` (one per worker, two pools each) then keep
  // arrays for about one large query each on two threads, not one per worker.
  static inline std::atomic<std::size_t> kept_in_process{0};
  static inline std::atomic<std::size_t> largest_keep{0};

  std::size_t keep_bytes = 0;
  std::size_t reported = 0;  // this pool's part of kept_in_process
  std::vector<std::vector<Match>> matches;
  std::vector<std::vector<Ranking::Part::Unit>> units;
  std::vector<std::vector<Ranking::Part::Group>> groups;
  std::vector<std::uint32_t> group_of;  // by researcher number
  std::vector<Tally> venue;
  std::vector<Tally> year;
  std::vector<Tally> topic;

  void set_keep(std::size_t keep) {
    keep_bytes = keep;
    std::size_t largest = largest_keep.load(std::memory_order_relaxed);
    while (largest < keep && !largest_keep.compare_exchange_weak(largest, keep)) {
    }
  }

  std::size_t bytes() const {
    std::size_t total = bytes_of(group_of) + bytes_of(venue) + bytes_of(year) + bytes_of(topic);
    for (const auto& v : matches) total += bytes_of(v);
    for (const auto& v : units) total += bytes_of(v);
    for (const auto& v : groups) total += bytes_of(v);
    return total;
  }

  // Whether this pool may hold `own` bytes: within its keep_bytes, and the
  // process's within its bound (the other pools' as they last counted them).
  bool fits(std::size_t own) const {
    if (own > keep_bytes) return false;
    const std::size_t others = kept_in_process.load(std::memory_order_relaxed) - reported;
    return others + own <= 2 * largest_keep.load(std::memory_order_relaxed);
  }

  // Counts what this pool holds now in kept_in_process.
  void report() {
    const std::size_t now = bytes();
    kept_in_process += now;
    kept_in_process -= reported;
    reported = now;
  }

  // Frees everything kept.
  void release() {
    matches.clear();
    units.clear();
    groups.clear();
    std::vector<std::uint32_t>().swap(group_of);
    for (auto* v : {&venue, &year, &topic}) std::vector<Tally>().swap(*v);
    report();
  }

  // An empty vector, with the most capacity of those kept.
  template <typename T>
  static std::vector<T> take(std::vector<std::vector<T>>& kept) {
    if (kept.empty()) return {};
    const auto largest =
        std::max_element(kept.begin(), kept.end(),
                         [](const auto& a, const auto& b) { return a.capacity() < b.capacity(); });
    std::vector<T> out = std::move(*largest);
    kept.erase(largest);
    out.clear();
    return out;
  }

  // Keeps `v`'s memory while everything kept fits (fits()), smaller arrays of
  // its kind making room for it; else frees it.
  template <typename T>
  void keep(std::vector<std::vector<T>>& kept, std::vector<T>&& v) {
    if (v.capacity() == 0) return;
    while (!fits(bytes() + bytes_of(v)) && !kept.empty()) {
      const auto smallest = std::min_element(
          kept.begin(), kept.end(),
          [](const auto& a, const auto& b) { return a.capacity() < b.capacity(); });
      if (smallest->capacity() >= v.capacity()) break;
      kept.erase(smallest);
    }
    if (fits(bytes() + bytes_of(v))) kept.push_back(std::move(v));
    report();
  }
  template <typename T>
  void keep(std::vector<T>& slot, std::vector<T>&& v) {
    if (fits(bytes() - bytes_of(slot) + bytes_of(v))) slot = std::move(v);
    report();
  }
};

QueryMemory::QueryMemory(std::size_t keep_bytes) : pool_(std::make_shared<Pool>(keep_bytes)) {}
QueryMemory::~QueryMemory() = default;

std::vector<Match> QueryMemory::take_matches() { return Pool::take(pool_->matches); }

void QueryMemory::give_back(std::vector<Match>&& matches) {
  pool_->keep(pool_->matches, std::move(matches));
}

void QueryMemory::keep_at_most(std::size_t bytes) {
  pool_->set_keep(bytes);
  if (pool_->bytes() > bytes) pool_->release();
}

std::size_t QueryMemory::bytes_held() const { return pool_->bytes(); }

Ranking::Part::Part(std::shared_ptr<QueryMemory::Pool> from) : pool(std::move(from)) {
  if (pool) {
    units = QueryMemory::Pool::take(pool->units);
    groups = QueryMemory::Pool::take(pool->groups);
  }
}

Ranking::Part::~Part() {
  if (pool) {
    pool->keep(pool->units, std::move(units));
    pool->keep(pool->groups, std::move(groups));
  }
}

namespace {

// Counts each facet value once per researcher, the units of a researcher
// counted one after another. Its tallies come from, and go back to, a pool.
class FacetCounter {
  using Tally = QueryMemory::Pool::Tally;

 public:
  FacetCounter(const UnitColumns& columns, QueryMemory::Pool& pool)
      : columns_(columns),
        pool_(pool),
        venue_(std::move(pool.venue)),
        year_(std::move(pool.year)),
        topic_(std::move(pool.topic)) {
    restart();
  }
  ~FacetCounter() {
    pool_.keep(pool_.venue, std::move(venue_));
    pool_.keep(pool_.year, std::move(year_));
    pool_.keep(pool_.topic, std::move(topic_));
  }
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Forgets every count.
  void restart() {
    venue_.assign(columns_.venues().size() + 1, Tally{});
    year_.assign(columns_.years().size() + 1, Tally{});
    topic_.assign(columns_.topics().size(), Tally{});
  }

  // Counts the facet values of a unit of researcher `group`.
  void count(std::uint32_t group, const UnitColumns::Row& unit) {
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
  const UnitColumns& columns_;
  QueryMemory::Pool& pool_;
  std::vector<Tally> venue_;
  std::vector<Tally> year_;
  std::vector<Tally> topic_;
};

// How many matches ahead ranking asks for rows (UnitColumns::prefetch): enough
// for the misses to overlap, few enough that the rows are still cached when
// read. Facet counting then asks for the rows' topic lists, half and a quarter
// as far ahead (each step reads what the one before brought in).
constexpr std::size_t kAhead = 32;
constexpr std::uint32_t kNoGroup = UINT32_MAX;

}  // namespace

Ranking rank_researchers(const Matches& matches, const RankingWeights& weights, bool count_facets,
                         QueryMemory* memory) {
  return rank_researchers(matches.columns, matches.matches, weights, count_facets, memory);
}

Ranking rank_researchers(const std::shared_ptr<const UnitColumns>& of_revision,
                         std::span<const Match> all, const RankingWeights& weights,
                         bool count_facets, QueryMemory* memory) {
  std::optional<QueryMemory> own;  // keeps nothing: each array is freed when done
  if (!memory) own.emplace(0);
  QueryMemory::Pool& pool = *(memory ? memory : &*own)->pool_;
  auto part = std::make_shared<Ranking::Part>(memory ? memory->pool_ : nullptr);
  part->columns = of_revision;
  part->weights = weights;
  const UnitColumns& columns = *of_revision;
  const Factors factors(columns, weights);
  const std::size_t n = all.size();
  auto& units = part->units;
  auto& groups = part->groups;
  units.reserve(n);

  // Each matching row is read once, here, its rows asked for a few matches
  // ahead: the rows of a large query's matches are spread over the whole
  // index. A researcher's units are usually neighbours (an index run writes
  // them together), so matches in docid order come grouped by researcher:
  // then the units are kept in match order, a group is a run of them, and
  // facets are counted as the rows are read. A researcher met again after
  // another one (units written at different times, or matches in MSet order)
  // makes `grouped` false, and the units are grouped below instead.
  std::vector<std::uint32_t> group_of = std::move(pool.group_of);
  group_of.assign(columns.researcher_count(), kNoGroup);
  std::optional<FacetCounter> counter;
  if (count_facets) counter.emplace(columns, pool);
  bool grouped = true;
  std::uint32_t current = kNoGroup;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) columns.prefetch(all[i + kAhead].row);
    if (counter && grouped) {
      if (i + kAhead / 2 < n) columns.prefetch_topic_set(all[i + kAhead / 2].row);
      if (i + kAhead / 4 < n) columns.prefetch_topics(all[i + kAhead / 4].row);
    }
    const Match& m = all[i];
    // Columns of an older revision would miss its new documents: a bug, not bad input.
    if (m.row >= columns.rows()) throw std::logic_error("ranking columns of another revision");
    const UnitColumns::Row& row = columns.row(m.row);
    std::uint32_t group = group_of[row.researcher];
    if (group == kNoGroup) {
      group = static_cast<std::uint32_t>(groups.size());
      group_of[row.researcher] = group;
      const auto at = static_cast<std::uint32_t>(i);
      groups.push_back({row.researcher, at, at, 0.0});
      current = group;
    } else if (group != current) {
      grouped = false;
      current = group;
    }
    ++groups[group].end;  // end - begin: the group's units
    const double relevance = relevance_of(m.weight);
    units.push_back({m.docid, m.row, relevance, factors.score(row, relevance)});
    if (counter && grouped) counter->count(group, row);
  }

  if (!grouped) {
    // One counting sort into groups (in order of first match), then the facets.
    std::uint32_t offset = 0;
    for (auto& group : groups) {
      const std::uint32_t size = group.end - group.begin;
      group.begin = group.end = offset;
      offset += size;
    }
    std::vector<Ranking::Part::Unit> by_group = QueryMemory::Pool::take(pool.units);
    by_group.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (i + kAhead < n) columns.prefetch(units[i + kAhead].row);
      by_group[groups[group_of[columns.researcher(units[i].row)]].end++] = units[i];
    }
    units.swap(by_group);
    pool.keep(pool.units, std::move(by_group));
    if (counter) {
      counter->restart();
      for (std::uint32_t g = 0; g < groups.size(); ++g) {
        for (std::uint32_t u = groups[g].begin; u < groups[g].end; ++u) {
          if (u + kAhead < n) columns.prefetch(units[u + kAhead].row);
          if (u + kAhead / 2 < n) columns.prefetch_topic_set(units[u + kAhead / 2].row);
          if (u + kAhead / 4 < n) columns.prefetch_topics(units[u + kAhead / 4].row);
          counter->count(g, columns.row(units[u].row));
        }
      }
    }
  }
  pool.keep(pool.group_of, std::move(group_of));

  for (auto& group : groups) part->score(group);

  Ranking ranking;
  if (counter) {
    ranking.facets = counter->counts();
    counter.reset();
  }
  ranking.entries_.reserve(groups.size());
  for (std::uint32_t g = 0; g < groups.size(); ++g) ranking.entries_.push_back({part.get(), g});
  ranking.parts_.push_back(std::move(part));
  return ranking;
}

namespace {

// The facet values rows `rows` hold, each once: venue and year numbers (0,
// none, left out) and topic numbers, as FacetCounter counts a researcher's.
struct FacetValues {
  std::vector<std::uint32_t> venues;
  std::vector<std::uint32_t> years;
  std::vector<std::uint32_t> topics;

  FacetValues(const UnitColumns& columns, const std::vector<std::uint32_t>& rows) {
    for (std::uint32_t row : rows) {
      if (columns.venue(row) != 0) venues.push_back(columns.venue(row));
      if (columns.year(row) != 0) years.push_back(columns.year(row));
      for (std::uint32_t t : columns.topics_in(columns.topic_set(row))) topics.push_back(t);
    }
    for (auto* values : {&venues, &years, &topics}) {
      std::sort(values->begin(), values->end());
      values->erase(std::unique(values->begin(), values->end()), values->end());
    }
  }
};

std::vector<std::uint32_t> common(const std::vector<std::uint32_t>& a,
                                  const std::vector<std::uint32_t>& b) {
  std::vector<std::uint32_t> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// A researcher in both parts was counted once in each for the facet values
// both parts' units have: counts one less for each.
void uncount_twice_counted(FacetCounts& facets, const UnitColumns& columns,
                           const FacetValues& lower, const FacetValues& upper) {
  for (std::uint32_t v : common(lower.venues, upper.venues)) {
    --facets["venue"][columns.venues()[v - 1]];
  }
  for (std::uint32_t y : common(lower.years, upper.years)) {
    --facets["year"][std::to_string(columns.years()[y - 1])];
  }
  for (std::uint32_t t : common(lower.topics, upper.topics)) --facets["topic"][columns.topics()[t]];
}

}  // namespace

Ranking join_rankings(Ranking&& lower, Ranking&& upper) {
  if (lower.parts_.size() != 1 || upper.parts_.size() != 1 || lower.ordered_ != 0 ||
      upper.ordered_ != 0 || lower.parts_[0]->columns != upper.parts_[0]->columns) {
    throw std::logic_error("join_rankings: not two parts of one query as ranked");
  }
  const Ranking::Part& low = *lower.parts_[0];
  const Ranking::Part& up = *upper.parts_[0];
  const UnitColumns& columns = *low.columns;

  Ranking out;
  out.facets = std::move(lower.facets);
  for (const auto& [facet, values] : upper.facets) {
    auto& into = out.facets[facet];
    for (const auto& [value, count] : values) into[value] += count;
  }

  // The researchers in both parts: usually none, or the one whose units the
  // split point fell among.
  std::vector<bool> in_lower(columns.researcher_count(), false);
  for (const auto& group : low.groups) in_lower[group.researcher] = true;
  std::unordered_map<std::uint32_t, std::uint32_t> upper_group_of;  // by researcher
  for (std::uint32_t g = 0; g < up.groups.size(); ++g) {
    if (in_lower[up.groups[g].researcher]) upper_group_of.emplace(up.groups[g].researcher, g);
  }

  std::shared_ptr<Ranking::Part> joined;
  if (!upper_group_of.empty()) joined = std::make_shared<Ranking::Part>(nullptr);
  out.entries_.reserve(low.groups.size() + up.groups.size() - upper_group_of.size());
  for (std::uint32_t g = 0; g < low.groups.size(); ++g) {
    const auto& group = low.groups[g];
    const auto both = upper_group_of.find(group.researcher);
    if (both == upper_group_of.end()) {
      out.entries_.push_back({&low, g});
      continue;
    }
    // Every unit of the researcher, scored again as one group.
    const auto& other = up.groups[both->second];
    joined->columns = low.columns;
    joined->weights = low.weights;
    Ranking::Part::Group all{group.researcher, static_cast<std::uint32_t>(joined->units.size()), 0,
                             0.0};
    joined->units.insert(joined->units.end(), low.units.begin() + group.begin,
                         low.units.begin() + group.end);
    joined->units.insert(joined->units.end(), up.units.begin() + other.begin,
                         up.units.begin() + other.end);
    all.end = static_cast<std::uint32_t>(joined->units.size());
    joined->score(all);
    joined->groups.push_back(all);
    if (!out.facets.empty()) {
      const auto rows_of = [](const Ranking::Part& part, const Ranking::Part::Group& of) {
        std::vector<std::uint32_t> rows;
        for (std::uint32_t u = of.begin; u < of.end; ++u) rows.push_back(part.units[u].row);
        return rows;
      };
      uncount_twice_counted(out.facets, columns, FacetValues(columns, rows_of(low, group)),
                            FacetValues(columns, rows_of(up, other)));
    }
  }
  for (std::uint32_t g = 0; g < up.groups.size(); ++g) {
    if (!in_lower[up.groups[g].researcher]) out.entries_.push_back({&up, g});
  }
  if (joined) {
    for (std::uint32_t g = 0; g < joined->groups.size(); ++g) {
      out.entries_.push_back({joined.get(), g});
    }
  }
  out.parts_ = std::move(lower.parts_);
  out.parts_.insert(out.parts_.end(), upper.parts_.begin(), upper.parts_.end());
  if (joined) out.parts_.push_back(std::move(joined));
  lower.entries_.clear();
  upper.entries_.clear();
  upper.parts_.clear();
  return out;
}

void Ranking::order_first(std::size_t n) const {
  n = std::min(n, entries_.size());
  if (n <= ordered_) return;
  // Ordering more than asked for (twice as many as before) saves a pass per
  // page for a reader paging down, and keeps walking every researcher in
  // order O(n log n) in all.
  const std::size_t upto = std::min(entries_.size(), std::max(n, 2 * ordered_ + 64));
  // Entries before ordered_ are in place and better than every later one, so
  // the rest is ordered within itself. Entries may come from several Parts
  // (join_rankings), all of one revision's columns: researcher numbers compare
  // across them. append_missing orders both rankings entirely before joining them.
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
