// SPDX-License-Identifier: MIT
// Ranking from the per-revision UnitColumns gives exactly what ranking from
// each match's own document values gives, on an index of real corpus
// documents: same researchers, order, scores, units and facets. The reference
// is the straightforward way (every match of an MSet, values read from its
// document, researchers grouped by id string, facets deduplicated with sets).
// And a Searcher reads its columns again after reopening on a new revision.
#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include "searcher/all_matches.hpp"
#include "searcher/field_processors.hpp"
#include "searcher/page_reader.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/ranking_settings.hpp"
#include "searcher/split_ranking.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/savant.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <tuple>

namespace savant::searcher {
namespace {

namespace fs = std::filesystem;
using savant::testing::corpus_dir;
using savant::testing::TempDir;

// An index of the seed documents and the first real corpus documents, built once.
const std::string& corpus_index() {
  static TempDir dir;
  static const std::string path = [] {
    fs::create_directories(dir.path() / "docs");
    savant::testing::copy_seeds(dir.path() / "docs");
    std::vector<fs::path> real;
    for (const auto& entry : fs::directory_iterator(fs::path(corpus_dir()) / "real")) {
      const std::string name = entry.path().filename().string();
      if (name.find("MANIFEST") == std::string::npos && name != "README.md") {
        real.push_back(entry.path());
      }
    }
    std::sort(real.begin(), real.end());
    real.resize(std::min<std::size_t>(real.size(), 40));
    for (const fs::path& p : real) fs::copy_file(p, dir.path() / "docs" / p.filename());
    IndexOptions options;
    options.db_path = dir / "index";
    options.inputs = {dir / "docs"};
    index_files(options);
    return options.db_path;
  }();
  return path;
}

// The reference: ranking as done from each match's document.
struct Reference {
  struct Researcher {
    std::string id;
    double score = 0.0;
    std::vector<ScoredUnit> units;
  };
  std::vector<Researcher> researchers;
  FacetCounts facets;
};

Reference reference_ranking(const Xapian::Database& db, const Xapian::Query& query,
                            const RankingWeights& weights) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  std::map<std::string, Reference::Researcher> by_id;
  std::map<std::string, std::map<std::string, std::set<std::string>>> facet_values;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const std::string id = doc.get_value(schema::kSlotResearcher);
    ScoredUnit unit;
    unit.docid = *it;
    unit.relevance = it.get_weight() > 0 ? it.get_weight() : 1.0;
    const std::string ranking = doc.get_value(schema::kSlotRanking);
    const std::size_t a = ranking.find('|');
    const std::size_t b = a == std::string::npos ? a : ranking.find('|', a + 1);
    if (b != std::string::npos) {
      const UnitRanking parsed = parse_unit_ranking(ranking);
      unit.kind_of = parsed.kind;
      unit.kind = weights.kind_factor(parsed.kind);
      if (parsed.kind == EvidenceKind::publication) {
        unit.role_of = parsed.role;
        unit.status_of = parsed.status;
        unit.role = weights.role_factor(parsed.role);
        unit.status = weights.status_factor(parsed.status);
      }
    }
    const std::string year = doc.get_value(schema::kSlotYear);
    if (!year.empty()) {
      unit.year = static_cast<int>(Xapian::sortable_unserialise(year));
      unit.recency = weights.recency_factor(unit.year);
      facet_values[id]["year"].insert(std::to_string(unit.year));
    }
    unit.score = unit.relevance * unit.kind * unit.role * unit.status * unit.recency;
    if (const std::string venue = doc.get_value(schema::kSlotVenue); !venue.empty()) {
      facet_values[id]["venue"].insert(venue);
    }
    const std::string topics = doc.get_value(schema::kSlotTopics);
    std::size_t start = 0;
    while (start < topics.size()) {
      const std::size_t end = std::min(topics.find('\n', start), topics.size());
      if (end > start) facet_values[id]["topic"].insert(topics.substr(start, end - start));
      start = end + 1;
    }
    by_id[id].id = id;
    by_id[id].units.push_back(unit);
  }
  Reference out;
  for (auto& [id, r] : by_id) {
    std::sort(r.units.begin(), r.units.end(), [](const auto& x, const auto& y) {
      return x.score != y.score ? x.score > y.score : x.docid < y.docid;
    });
    double share = 1.0;
    for (int i = 0; i < static_cast<int>(r.units.size()) && i < weights.max_units; ++i) {
      r.units[i].share = share;
      r.score += share * r.units[i].score;
      share *= weights.decay;
    }
    out.researchers.push_back(r);
  }
  std::sort(out.researchers.begin(), out.researchers.end(), [](const auto& x, const auto& y) {
    return x.score != y.score ? x.score > y.score : x.id < y.id;
  });
  for (const auto& [id, facets] : facet_values) {
    for (const auto& [facet, values] : facets) {
      for (const std::string& v : values) ++out.facets[facet][v];
    }
  }
  for (const char* facet : {"venue", "year", "topic"}) out.facets[facet];
  return out;
}

void expect_same(const Ranking& got, const Reference& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.researchers.size()) << what;
  EXPECT_EQ(got.facets, want.facets) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const RankedResearcher r = got.researcher(i);
    const Reference::Researcher& w = want.researchers[i];
    ASSERT_EQ(r.id, w.id) << what << " #" << i;
    EXPECT_EQ(got.id(i), w.id) << what << " #" << i;
    EXPECT_EQ(r.score, w.score) << what << " " << w.id;  // bit for bit
    EXPECT_EQ(got.score(i), w.score) << what << " " << w.id;
    ASSERT_EQ(r.units.size(), w.units.size()) << what << " " << w.id;
    for (std::size_t u = 0; u < r.units.size(); ++u) {
      const ScoredUnit& a = r.units[u];
      const ScoredUnit& b = w.units[u];
      EXPECT_EQ(a.docid, b.docid) << what << " " << w.id << " unit " << u;
      EXPECT_EQ(a.score, b.score) << what << " " << w.id << " unit " << u;
      EXPECT_EQ(a.relevance, b.relevance);
      EXPECT_EQ(a.share, b.share);
      EXPECT_EQ(a.kind, b.kind);
      EXPECT_EQ(a.role, b.role);
      EXPECT_EQ(a.status, b.status);
      EXPECT_EQ(a.recency, b.recency);
      EXPECT_EQ(a.kind_of, b.kind_of);
      EXPECT_EQ(a.role_of, b.role_of);
      EXPECT_EQ(a.status_of, b.status_of);
      EXPECT_EQ(a.year, b.year);
    }
  }
}

SearchRequest request_for(const std::string& query, const std::string& venue = "",
                          int year_from = 0, int year_to = 0) {
  SearchRequest r;
  r.query = query;
  r.venue = venue;
  r.year_from = year_from;
  r.year_to = year_to;
  return r;
}

TEST(RankingColumns, SameAsRankingFromEachDocumentOnCorpusDocuments) {
  const Xapian::Database db(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  RankingWeights decaying;
  RankingWeights flat = weights_with({{"decay", 1.0}, {"max_units", 3}, {"reference_year", 2020}});
  std::size_t researchers = 0;
  for (const SearchRequest& request :
       {request_for("machine learning"), request_for("\"neural networks\""), request_for("LLM"),
        request_for("robotics OR vision"), request_for(""), request_for("", "", 2018, 2022),
        request_for("learning", "NeurIPS"), request_for("title:learning")}) {
    const BuiltQuery built = build_query(request, db);
    for (const RankingWeights* weights : {&decaying, &flat}) {
      const std::string what = "'" + request.query + "' " + built.query.get_description();
      const Reference want = reference_ranking(db, built.query, *weights);
      // From the columns of the whole revision, with the matches a spy saw.
      expect_same(rank_researchers(spied_matches(db, built.query, columns).matches, *weights, true),
                  want, what + " (columns, spy)");
      // Half the docids on each of two handles and threads (a large local index).
      const Xapian::Database twin(corpus_index());
      expect_same(rank_researchers(split_spied_matches(db, twin, built.query, columns).matches,
                                   *weights, true),
                  want, what + " (columns, split spy)");
      // From the same columns, with the matches of an MSet (the path of local shards).
      expect_same(rank_researchers(from_columns(every_match(db, built.query), columns).matches,
                                   *weights, true),
                  want, what + " (columns, MSet)");
      // From the documents of an MSet of every match (the path remote shards take).
      expect_same(
          rank_researchers(from_documents(every_match(db, built.query)).matches, *weights, true),
          want, what + " (documents)");
      researchers += want.researchers.size();
    }
  }
  EXPECT_GT(researchers, 100u);  // the queries match real researchers
}

// The split gives every match with the weight one matcher gives, in docid
// order: exactly what the spy of one matcher over the whole database sees.
TEST(RankingColumns, SplitMatchingGivesEveryMatchAndWeightOfOneMatcher) {
  const Xapian::Database db(corpus_index());
  const Xapian::Database twin(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  std::size_t lower = 0;
  std::size_t upper = 0;
  for (const SearchRequest& request :
       {request_for("machine learning"), request_for("MoE OR LLM"), request_for(""),
        request_for("", "NeurIPS", 2018, 2022), request_for("year:2019.. learning")}) {
    for (WordMatching words : {WordMatching::all, WordMatching::any}) {
      const Xapian::Query query = build_query(request, db, words).query;
      const auto one = spied_matches(db, query, columns).matches.matches;
      const auto two = split_spied_matches(db, twin, query, columns).matches.matches;
      ASSERT_EQ(two.size(), one.size()) << query.get_description();
      for (std::size_t i = 0; i < one.size(); ++i) {
        EXPECT_EQ(two[i].docid, one[i].docid) << query.get_description();
        EXPECT_EQ(two[i].row, one[i].row) << query.get_description();
        EXPECT_EQ(two[i].weight, one[i].weight) << query.get_description();
      }
      for (const Match& m : one) ++(m.docid <= db.get_lastdocid() / 2 ? lower : upper);
    }
  }
  // Both halves, so both threads, gave matches.
  EXPECT_GT(lower, 500u);
  EXPECT_GT(upper, 500u);
}

// Researchers are put in order only as far as they are asked for: asking for
// a page far down first, or walking backwards, gives the order a walk from the
// top gives: score, then researcher id. 1,000 researchers (more than one
// ordering step), many tied, ids not in docid order.
TEST(RankingColumns, OrderIsTheSameHoweverFarItIsTaken) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Matches matches;
  for (int i = 1; i <= 2500; ++i) {
    Xapian::Document doc;
    doc.add_value(schema::kSlotResearcher, "r" + std::to_string((i * 7919) % 1000));
    doc.add_value(schema::kSlotRanking, "skills||");
    const Xapian::docid did = db.add_document(doc);
    matches.matches.push_back(Match{did, did, static_cast<double>(1 + i % 4)});
  }
  matches.columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights weights = weights_with({{"max_units", 1}});  // best unit only: ties

  const Ranking forward = rank_researchers(matches, weights, false);
  ASSERT_EQ(forward.size(), 1000u);
  std::vector<std::string> want;
  for (std::size_t i = 0; i < forward.size(); ++i) {
    want.push_back(forward.id(i));
    if (i == 0) continue;
    ASSERT_GE(forward.score(i - 1), forward.score(i)) << i;
    if (forward.score(i - 1) == forward.score(i)) {
      ASSERT_LT(want[i - 1], want[i]) << i;
    }
  }
  EXPECT_GT(forward.score(0), forward.score(999));  // not all tied

  const Ranking backward = rank_researchers(matches, weights, false);
  for (std::size_t i = backward.size(); i-- > 0;) ASSERT_EQ(backward.id(i), want[i]) << i;
  const Ranking paged = rank_researchers(matches, weights, false);
  EXPECT_EQ(paged.researcher(993).id, want[993]);
  EXPECT_EQ(paged.score(500), forward.score(500));
  for (std::size_t i = 0; i < want.size(); ++i) ASSERT_EQ(paged.id(i), want[i]) << i;
}

// Matches in docid order of an index written researcher by researcher come
// grouped by researcher, and ranking keeps them as they come; matches whose
// researchers' units are apart (in MSet order, or units written at different
// times) are grouped by a counting sort. Both give the reference ranking.
TEST(RankingColumns, MatchesInAnyOrderRankAsInDocidOrder) {
  const Xapian::Database db(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights weights;
  std::mt19937 random(7);
  for (const SearchRequest& request :
       {request_for("machine learning"), request_for("LLM"), request_for("", "", 2018, 2022)}) {
    const Xapian::Query query = build_query(request, db).query;
    const Reference want = reference_ranking(db, query, weights);
    ASSERT_GT(want.researchers.size(), 5u) << request.query;
    Matches matches = spied_matches(db, query, columns).matches;
    const std::vector<Match> in_order = matches.matches;
    expect_same(rank_researchers(matches, weights, true), want, request.query + " (docid order)");
    std::reverse(matches.matches.begin(), matches.matches.end());
    expect_same(rank_researchers(matches, weights, true), want, request.query + " (reversed)");
    std::shuffle(matches.matches.begin(), matches.matches.end(), random);
    expect_same(rank_researchers(matches, weights, true), want, request.query + " (shuffled)");
    // Only the first match moved to the end: one researcher's units apart.
    matches.matches = in_order;
    std::rotate(matches.matches.begin(), matches.matches.begin() + 1, matches.matches.end());
    expect_same(rank_researchers(matches, weights, true), want, request.query + " (one apart)");
  }
}

// Ranking split in two parts on two threads and joined (rank_in_two) gives
// the ranking of one part: wherever the cut falls, between researchers (as
// split_point puts it), inside one researcher's units, or with researchers'
// units spread over both parts (matches not in docid order), with the arrays
// of both parts reused from query to query.
TEST(RankingColumns, RankingInTwoPartsRanksAsInOne) {
  const Xapian::Database db(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights decaying;
  const RankingWeights flat = weights_with({{"decay", 1.0}, {"max_units", 3}});
  QueryMemory lower;
  QueryMemory upper;
  std::mt19937 random(11);
  std::size_t researchers_in_both = 0;
  for (const SearchRequest& request :
       {request_for("machine learning"), request_for("LLM"), request_for("", "", 2018, 2022)}) {
    const Xapian::Query query = build_query(request, db).query;
    for (const RankingWeights* weights : {&decaying, &flat}) {
      const Reference want = reference_ranking(db, query, *weights);
      ASSERT_GT(want.researchers.size(), 5u) << request.query;
      Matches matches = spied_matches(db, query, columns).matches;
      const std::size_t n = matches.matches.size();
      for (const char* order : {"docid order", "shuffled"}) {
        if (std::string(order) == "shuffled") {
          std::shuffle(matches.matches.begin(), matches.matches.end(), random);
        }
        const std::size_t between = split_point(matches);
        ASSERT_GT(between, 0u);
        ASSERT_LT(between, n);
        if (std::string(order) == "docid order") {
          EXPECT_NE(columns->researcher(matches.matches[between].row),
                    columns->researcher(matches.matches[between - 1].row));
        }
        for (const std::size_t at : {between, std::size_t{1}, n / 3, n / 2, n - 1, n}) {
          const std::string what =
              request.query + " (" + order + ", cut at " + std::to_string(at) + ")";
          const Ranking got = rank_in_two(matches, at, *weights, true, &lower, &upper);
          expect_same(got, want, what);
          // Without facets too: the join then has none to mend.
          const Ranking plain = rank_in_two(matches, at, *weights, false, &lower, &upper);
          ASSERT_EQ(plain.size(), want.researchers.size()) << what;
          EXPECT_TRUE(plain.facets.empty()) << what;
          for (std::size_t i = 0; i < plain.size(); ++i) {
            ASSERT_EQ(plain.id(i), want.researchers[i].id) << what;
          }
          std::set<std::uint32_t> first;
          for (std::size_t i = 0; i < std::min(at, n); ++i) {
            first.insert(columns->researcher(matches.matches[i].row));
          }
          for (std::size_t i = at; i < n; ++i) {
            researchers_in_both += first.count(columns->researcher(matches.matches[i].row));
          }
        }
      }
    }
  }
  EXPECT_GT(researchers_in_both, 100u);  // the join had researchers to mend
}

// The arrays of a query, reused for the next ones (QueryMemory, as a Searcher
// does): each query gets exactly its own ranking, whether the query before was
// larger or smaller, and a Ranking still alive (the first of a relaxed search)
// keeps its own arrays while the next is made.
TEST(RankingColumns, ReusedQueryMemoryGivesEachQueryItsOwnRanking) {
  const Xapian::Database db(corpus_index());
  const Xapian::Database twin(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights weights;
  const std::vector<SearchRequest> requests = {
      request_for("machine learning"),   request_for("title:learning"),
      request_for("", "", 2018, 2022),   request_for("LLM"),
      request_for("robotics OR vision"), request_for("machine learning")};
  for (const std::size_t keep : {QueryMemory::kKeepBytes, std::size_t{1024}}) {
    QueryMemory memory(keep);
    std::optional<Ranking> previous;
    std::optional<Reference> previous_want;
    for (std::size_t i = 0; i < 2 * requests.size(); ++i) {
      const SearchRequest& request = requests[i % requests.size()];
      const Xapian::Query query = build_query(request, db).query;
      const Reference want = reference_ranking(db, query, weights);
      AllMatches matched = i % 2 == 0 ? spied_matches(db, query, columns, &memory)
                                      : split_spied_matches(db, twin, query, columns, &memory);
      Ranking got = rank_researchers(matched.matches, weights, true, &memory);
      memory.give_back(std::move(matched.matches.matches));
      const std::string what = request.query + " #" + std::to_string(i);
      expect_same(got, want, what);
      // The one before, made with the same memory, is untouched by this one.
      if (previous) expect_same(*previous, *previous_want, what + " (the one before)");
      previous.emplace(std::move(got));
      previous_want = want;
      EXPECT_LE(memory.bytes_held(), keep) << what;
    }
    previous.reset();
    if (keep == QueryMemory::kKeepBytes) {
      EXPECT_GT(memory.bytes_held(), 0u);  // it was kept
    }
  }
}

// A QueryMemory keeps at most its limit, also after the limit is lowered, and
// all of a process's together at most twice the largest limit: three that
// may each keep 1 GiB keep two such arrays, the third when one of the others
// is gone. (The arrays are reserved, not written: address space only.)
TEST(RankingColumns, QueryMemoriesKeepWithinTheirOwnAndTheProcessLimits) {
  constexpr std::size_t kLimit = (std::size_t{1} << 30) + 4096;  // the process's largest
  const auto array_of = [](std::size_t bytes) {
    std::vector<Match> v;
    v.reserve(bytes / sizeof(Match));
    return v;
  };
  std::optional<QueryMemory> first(kLimit);
  QueryMemory second(kLimit);
  QueryMemory third(kLimit);
  first->give_back(array_of(std::size_t{1} << 30));
  second.give_back(array_of(std::size_t{1} << 30));
  EXPECT_GE(first->bytes_held(), std::size_t{1} << 30);
  EXPECT_GE(second.bytes_held(), std::size_t{1} << 30);
  third.give_back(array_of(std::size_t{1} << 30));
  EXPECT_EQ(third.bytes_held(), 0u);  // over twice the largest limit: freed
  first.reset();
  third.give_back(array_of(std::size_t{1} << 30));
  EXPECT_GE(third.bytes_held(), std::size_t{1} << 30);
  third.give_back(array_of(std::size_t{1} << 20));  // over its own limit
  EXPECT_LE(third.bytes_held(), kLimit);
  third.keep_at_most(std::size_t{1} << 20);  // lowered: what is held beyond goes
  EXPECT_EQ(third.bytes_held(), 0u);
  third.give_back(array_of(std::size_t{1} << 19));
  EXPECT_GT(third.bytes_held(), 0u);
  EXPECT_LE(third.bytes_held(), std::size_t{1} << 20);
  EXPECT_EQ(QueryMemory::keep_bytes_for(1000), QueryMemory::kKeepBytes);
  EXPECT_EQ(QueryMemory::keep_bytes_for(17'846'528), std::size_t{17'846'528} * 8);
}

// A page read half on a second handle and thread gives what reading it on one
// gives: each researcher's record and the evidence of their best units, in
// order, for pages of every size (odd, even, one researcher).
TEST(RankingColumns, APageReadOnTwoHandlesIsReadAsOnOne) {
  const Xapian::Database db(corpus_index());
  const Xapian::Database twin(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights weights;
  std::size_t evidence_read = 0;
  for (const SearchRequest& request : {request_for("machine learning"), request_for("LLM")}) {
    const Ranking ranking = rank_researchers(
        spied_matches(db, build_query(request, db).query, columns).matches, weights, false);
    for (const std::size_t size :
         {std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{20}}) {
      std::vector<RankedResearcher> page;
      for (std::size_t i = 0; i < std::min(size, ranking.size()); ++i) {
        page.push_back(ranking.researcher(i));
      }
      ASSERT_GE(ranking.size(), 7u) << request.query;
      EvidenceReader one_reader(db);
      EvidenceReader two_reader(db);
      const std::vector<PageEntry> one = read_page(db, one_reader, nullptr, page, 3);
      const std::vector<PageEntry> two = read_page(db, two_reader, &twin, page, 3);
      ASSERT_EQ(one.size(), page.size());
      ASSERT_EQ(two.size(), page.size());
      for (std::size_t i = 0; i < page.size(); ++i) {
        const std::string what = request.query + " #" + std::to_string(i);
        EXPECT_EQ(two[i].researcher.id, page[i].id) << what;
        EXPECT_EQ(schema::to_json(two[i].researcher), schema::to_json(one[i].researcher)) << what;
        EXPECT_FALSE(one[i].researcher.name.empty()) << what;
        ASSERT_EQ(one[i].evidence.size(), std::min<std::size_t>(3, page[i].units.size())) << what;
        ASSERT_EQ(two[i].evidence.size(), one[i].evidence.size()) << what;
        for (std::size_t e = 0; e < one[i].evidence.size(); ++e) {
          EXPECT_EQ(schema::to_json(two[i].evidence[e]), schema::to_json(one[i].evidence[e]))
              << what;
          EXPECT_FALSE(one[i].evidence[e].title.empty() && one[i].evidence[e].text.empty()) << what;
          ++evidence_read;
        }
      }
    }
  }
  EXPECT_GT(evidence_read, 50u);
}

// Queries one after another on one Searcher, which reuses its query arrays,
// answer exactly as each does on a fresh Searcher.
TEST(RankingColumns, QueriesInARowOnOneSearcherAnswerAsOnFreshSearchers) {
  std::vector<SearchRequest> requests = {
      request_for("machine learning"), request_for("title:learning"),
      request_for("", "", 2018, 2022), request_for("robotics learning"),
      request_for("LLM", "NeurIPS"),   request_for("machine learning")};
  Searcher reused(corpus_index());
  for (SearchRequest& request : requests) {
    request.facets = true;
    request.limit = 25;
    const SearchResults got = reused.search(request);
    const SearchResults want = Searcher(corpus_index()).search(request);
    const std::string what = request.query + " " + request.venue;
    EXPECT_EQ(got.total, want.total) << what;
    EXPECT_EQ(got.relaxed, want.relaxed) << what;
    EXPECT_EQ(got.facets, want.facets) << what;
    ASSERT_EQ(got.hits.size(), want.hits.size()) << what;
    for (std::size_t i = 0; i < got.hits.size(); ++i) {
      EXPECT_EQ(got.hits[i].researcher.id, want.hits[i].researcher.id) << what << " #" << i;
      EXPECT_EQ(got.hits[i].score, want.hits[i].score) << what << " #" << i;
      ASSERT_EQ(got.hits[i].evidence.size(), want.hits[i].evidence.size()) << what << " #" << i;
      for (std::size_t e = 0; e < got.hits[i].evidence.size(); ++e) {
        EXPECT_EQ(got.hits[i].evidence[e].title, want.hits[i].evidence[e].title) << what;
        EXPECT_EQ(got.hits[i].evidence[e].score, want.hits[i].evidence[e].score) << what;
        EXPECT_EQ(got.hits[i].evidence[e].snippet, want.hits[i].evidence[e].snippet) << what;
      }
    }
  }
}

TEST(RankingColumns, RelaxedRankingAppendsOnlyNewResearchers) {
  const Xapian::Database db(corpus_index());
  const auto columns = std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
  const RankingWeights weights;
  const SearchRequest request = request_for("robotics learning");
  Ranking all = rank_researchers(spied_matches(db, build_query(request, db).query, columns).matches,
                                 weights, false);
  const Ranking any = rank_researchers(
      spied_matches(db, build_query(request, db, WordMatching::any).query, columns).matches,
      weights, false);
  ASSERT_GT(any.size(), all.size());
  const std::size_t first = all.size();
  all.append_missing(any);
  ASSERT_EQ(all.size(), any.size());  // every researcher matching all words matches some
  std::set<std::string> seen;
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(seen.insert(all.id(i)).second) << all.id(i) << " twice";
    if (i >= first) {
      EXPECT_EQ(all.researcher(i).units.size(), [&] {
        for (std::size_t j = 0; j < any.size(); ++j) {
          if (any.id(j) == all.id(i)) return any.researcher(j).units.size();
        }
        return std::size_t{0};
      }()) << all.id(i);
    }
  }
}

// The kind filter is left out of a query that requires, in each alternative,
// a term only evidence units carry: no source or researcher document holds
// such a term, and the query matches the same units with the same weights as
// with the filter.
TEST(RankingColumns, QueriesWithoutTheKindFilterMatchOnlyEvidence) {
  const Xapian::Database db(corpus_index());
  const std::string evidence = schema::make_term(schema::kPrefixKind, schema::kKindEvidence);
  std::size_t other_terms = 0;
  const Xapian::PostingIterator end = db.postlist_end("");
  for (Xapian::PostingIterator doc = db.postlist_begin(""); doc != end; ++doc) {
    Xapian::TermIterator kind = db.termlist_begin(*doc);
    kind.skip_to(evidence);
    if (kind != db.termlist_end(*doc) && *kind == evidence) continue;
    for (auto term = db.termlist_begin(*doc); term != db.termlist_end(*doc); ++term) {
      ASSERT_FALSE(schema::only_on_evidence(*term)) << *term << " on document " << *doc;
      ++other_terms;
    }
  }
  EXPECT_GT(other_terms, 1000u);
  std::size_t without = 0;
  std::size_t matched = 0;
  for (const SearchRequest& request :
       {request_for("machine learning"), request_for("\"neural networks\""), request_for("LLM"),
        request_for("robotics OR vision"), request_for(""), request_for("", "", 2018, 2022),
        request_for("learning", "NeurIPS"), request_for("title:learning"),
        request_for("name:zhang"), request_for("institution:stanford"),
        request_for("learning NOT robotics"), request_for("kind:publication"),
        request_for("status:preprint OR learning"), request_for("year:2019..2021")}) {
    for (WordMatching words : {WordMatching::all, WordMatching::any}) {
      const Xapian::Query query = build_query(request, db, words).query;
      const std::string text = query.get_description();
      if (text.find(evidence) == std::string::npos) ++without;
      auto matches = [&](const Xapian::Query& q) {
        Xapian::Enquire enquire(db);
        enquire.set_query(q);
        const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
        std::vector<std::pair<Xapian::docid, double>> out;
        for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
        std::sort(out.begin(), out.end());
        return out;
      };
      const auto got = matches(query);
      EXPECT_EQ(got,
                matches(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(evidence))))
          << request.query << ": " << text;
      matched += got.size();
    }
  }
  EXPECT_GT(without, 15u);  // most of these queries need no kind filter
  EXPECT_GT(matched, 1000u);
}

// Schema 7: a year filter is the OR of the year terms in range; it must match
// exactly the units the year value range matched (the value stays, for ranking).
std::set<Xapian::docid> matching(const Xapian::Database& db, const Xapian::Query& filter) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(
      Xapian::Query::OP_FILTER,
      Xapian::Query(std::string(schema::kPrefixKind) + std::string(schema::kKindEvidence)),
      filter));
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::set<Xapian::docid> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

TEST(RankingColumns, YearTermsMatchWhatTheYearValueRangeMatched) {
  const Xapian::Database db(corpus_index());
  const auto value = [](int year) { return Xapian::sortable_serialise(year); };
  const std::vector<std::tuple<int, int, Xapian::Query>> ranges = {
      {2018, 2022,
       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotYear, value(2018), value(2022))},
      {2023, 2023,
       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotYear, value(2023), value(2023))},
      {0, 2015, Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotYear, value(2015))},
      {2020, 0, Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotYear, value(2020))},
      {1950, 1960,
       Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotYear, value(1950), value(1960))},
  };
  std::size_t matched = 0;
  for (const auto& [from, to, by_value] : ranges) {
    const std::set<Xapian::docid> expected = matching(db, by_value);
    EXPECT_EQ(matching(db, year_query(db, from, to)), expected) << from << ".." << to;
    matched += expected.size();
  }
  EXPECT_GT(matched, 100u);  // the corpus has dated units in these ranges
}

TEST(RankingColumns, ASearcherSeesANewRevisionAfterReopen) {
  TempDir dir;
  RecordIndexOptions options;
  options.db_path = dir / "index";
  auto person = [](const std::string& name, const std::string& title, int year) {
    DocumentRecord r;
    r.source = "hr:" + name;
    r.name = name;
    Evidence e;
    e.kind = EvidenceKind::publication;
    e.title = title;
    e.venue = "NeurIPS";
    e.year = year;
    r.evidence = {e};
    return r;
  };
  options.records = {person("Ada Lovelace", "Graph neural networks for chemistry", 2019),
                     person("Alan Turing", "Graph neural networks at scale", 2021)};
  index_records(options);

  Searcher searcher(options.db_path);
  SearchRequest request = request_for("graph neural networks");
  request.facets = true;
  const SearchResults before = searcher.search(request);
  ASSERT_EQ(before.total, 2u);

  // A third researcher, and a changed unit of the first: a new revision.
  options.records = {person("Grace Hopper", "Graph neural networks for compilers", 2023),
                     person("Ada Lovelace", "Graph neural networks for chemistry", 2024)};
  index_records(options);
  // Until reopened, the searcher keeps its revision (and what it read of it:
  // a second search reads the ranking columns of the whole revision).
  EXPECT_EQ(searcher.search(request).total, 2u);
  searcher.reopen();
  // The first search of a revision with few matches reads their documents,
  // the next ones the revision's columns: both see the new revision.
  const SearchResults first = searcher.search(request);
  const SearchResults after = searcher.search(request);
  ASSERT_EQ(after.total, 3u);
  ASSERT_EQ(first.total, 3u);
  for (std::size_t i = 0; i < after.hits.size(); ++i) {
    EXPECT_EQ(first.hits[i].researcher.id, after.hits[i].researcher.id);
    EXPECT_EQ(first.hits[i].score, after.hits[i].score);
  }
  EXPECT_EQ(first.facets, after.facets);
  std::set<std::string> names;
  for (const SearchHit& hit : after.hits) names.insert(hit.researcher.name);
  EXPECT_EQ(names, (std::set<std::string>{"Ada Lovelace", "Alan Turing", "Grace Hopper"}));
  EXPECT_EQ(after.facets.at("year").count("2019"), 0u);  // Ada's unit moved to 2024
  EXPECT_EQ(after.facets.at("year").at("2024"), 1u);
  EXPECT_EQ(after.facets.at("year").at("2023"), 1u);
  EXPECT_EQ(after.facets.at("venue").at("NeurIPS"), 3u);
  // A fresh Searcher on the new revision answers the same.
  Searcher fresh(options.db_path);
  const SearchResults again = fresh.search(request);
  ASSERT_EQ(again.total, after.total);
  for (std::size_t i = 0; i < again.hits.size(); ++i) {
    EXPECT_EQ(again.hits[i].researcher.id, after.hits[i].researcher.id);
    EXPECT_EQ(again.hits[i].score, after.hits[i].score);
  }
  EXPECT_EQ(again.facets, after.facets);
}

}  // namespace
}  // namespace savant::searcher
