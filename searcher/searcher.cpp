// SPDX-License-Identifier: MIT
// Searcher::Impl: opens the index, runs the query over evidence documents and
// assembles ranked researchers; reads researcher records back.
#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/schema_version.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/xapian_errors.hpp"
#include "searcher/all_matches.hpp"
#include "searcher/columns_file.hpp"
#include "searcher/direct_matches.hpp"
#include "searcher/evidence_reader.hpp"
#include "searcher/evidence_view.hpp"
#include "searcher/index_parts.hpp"
#include "searcher/matching_threads.hpp"
#include "searcher/page_reader.hpp"
#include "searcher/posting_cache.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/ranking_settings.hpp"
#include "searcher/researcher_profile.hpp"
#include "searcher/researcher_ranker.hpp"
#include "searcher/score_explanation.hpp"
#include "searcher/shared_columns.hpp"
#include "searcher/similar.hpp"
#include "searcher/snapshot_retry.hpp"
#include "searcher/spelling.hpp"
#include "searcher/split_ranking.hpp"
#include "searcher/vocabulary.hpp"
#include <savant/error.hpp>
#include <savant/search.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>

namespace savant {
namespace {

using namespace savant::searcher;

std::string kind_term(std::string_view kind) {
  return std::string(schema::kPrefixKind) + std::string(kind);
}

// The query folded as documents are (NFKC, dashes, curly quotes), so a
// full-width `ＭｏＥ` finds MoE. Control characters become spaces first:
// normalize_text drops them, which would join the words either side.
std::string folded_query(const std::string& query) {
  std::string spaced = query;
  for (char& c : spaced) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7f) c = ' ';
  }
  return schema::normalize_text(spaced);
}

// Whether no word of `query` can be corrected: each is a live word of the
// index (is_live_word), or too short or too long for Vocabulary::closest to
// try. Then the vocabulary (every XW term of the revision) need not be read,
// which a Searcher reopened on each new revision would otherwise do on every search.
bool every_word_known(const std::string& query, const Xapian::Database& db) {
  std::size_t i = 0;
  while (i < query.size()) {
    const auto c = static_cast<unsigned char>(query[i]);
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    std::string word;
    for (; i < query.size(); ++i) {
      const auto b = static_cast<unsigned char>(query[i]);
      if (!std::isalpha(b) && b < 0x80) break;
      word += static_cast<char>(std::tolower(b));
    }
    if (word.size() >= 4 && word.size() <= 40 && !is_live_word(db, word)) {
      return false;
    }
  }
  return true;
}

}  // namespace

struct Searcher::Impl {
  std::string path;
  SearcherOptions options;
  Xapian::Database db;               // every shard that answered, combined
  std::vector<std::string> missing;  // shards that did not (allow_partial only)
  std::size_t parts = 1;
  bool remote = false;  // some shard is a remote server

  void open() {
    OpenedParts opened = open_parts(path, options.allow_partial);
    db = std::move(opened.db);
    missing = std::move(opened.missing);
    parts = opened.parts;
    remote = opened.remote;
    // Columns are saved beside a plain local database directory only.
    saved_file.reset();
    std::error_code ignored;
    if (single_local() &&
        std::filesystem::exists(std::filesystem::path(path) / "iamglass", ignored)) {
      saved_file = columns_file(path);
    }
    vocabulary.reset();
    columns.reset();
    lengths.reset();
    revision_searched = false;
    twin.reset();
  }

  // Moves to the latest revision; what was read from the old one goes.
  void reopen() {
    if (db.reopen()) {
      // The spelling vocabulary too: a stale one would "correct" a word the
      // new revision has into one it had.
      vocabulary.reset();
      columns.reset();
      lengths.reset();
      revision_searched = false;
    }
    if (twin) twin->reopen();
  }

  // Runs `op`, translating Xapian's errors. A writer that commits twice while
  // a reader works invalidates the reader's snapshot (DatabaseModifiedError):
  // the reader then moves to the latest state and tries again, as Xapian
  // advises, for as long as SnapshotRetry allows (a slow search on a loaded
  // machine can span two commits of an index run that commits small batches
  // many times in a row). A shard that stops answering
  // mid-way (NetworkError) makes every shard be opened afresh: open() names the one that is gone,
  // or, with allow_partial, leaves it out and the operation runs again on the rest.
  template <typename Op>
  auto guarded(Op op) -> decltype(op()) {
    try {
      SnapshotRetry retry;
      for (bool stale = false;; stale = true) {
        try {
          // Inside the try: reopening can itself meet a revision discarded
          // while it reads the new one.
          if (stale) reopen();
          return op();
        } catch (const Xapian::DatabaseModifiedError& e) {
          if (!retry.wait_before_next_attempt()) {
            throw Error(ErrorCategory::io,
                        fmt::format("{}: the index changed under every one of {} attempts to read "
                                    "it (an index run is committing); try again when it has "
                                    "finished ({})",
                                    path, retry.retries() + 1, e.get_description()));
          }
        }
      }
    } catch (const Xapian::Error& e) {
      if (parts > 1 && is_unreachable(e)) {
        open();
        try {
          return op();
        } catch (const Xapian::Error& again) {
          throw schema::translate_xapian_error(again, path);
        }
      }
      throw schema::translate_xapian_error(e, path);
    }
  }

  std::optional<Vocabulary> vocabulary;  // built on the first query that needs it
  // The ranking and facet values of every document of this revision, read on
  // the search that first needs them; never for remote shards (see all_matches).
  std::shared_ptr<const UnitColumns> columns;
  bool revision_searched = false;  // a search ran on this revision
  // Every document's length, read on the first search walked without
  // Xapian's matcher (direct_matches.hpp); dropped with the columns.
  std::shared_ptr<const DocumentLengths> lengths;

  // A first search of a revision matching at most this many units reads their
  // values from their documents: a one-shot `savant search` with a narrow
  // query then costs its matches, not the whole index's columns.
  static constexpr Xapian::doccount kFewMatches = 2000;

  // One local database (not shards combined): it names its revision, so its
  // columns are shared with every other Searcher on that revision.
  bool single_local() const { return !remote && parts - missing.size() == 1; }

  // Where this database's columns are saved (searcher/columns_file), if it
  // is one local database directory.
  std::optional<std::filesystem::path> saved_file;

  std::shared_ptr<const UnitColumns> columns_of_revision() {
    if (!single_local()) return std::make_shared<const UnitColumns>(UnitColumns::of_database(db));
    bool built = false;
    std::shared_ptr<const UnitColumns> read = shared_columns(db, &built);
    if (built && saved_file) {
      // Saved for the next process, with the lengths its walks will need.
      if (!lengths || lengths->revision != db.get_revision()) {
        lengths = std::make_shared<const DocumentLengths>(document_lengths(db));
      }
      save_columns(*saved_file, db, *read, *lengths);
    }
    return read;
  }

  // The columns saved with the database for its revision, if any (and the
  // document lengths saved with them).
  std::shared_ptr<const UnitColumns> saved_columns() {
    if (!saved_file) return nullptr;
    std::shared_ptr<const DocumentLengths> saved_lengths;
    std::shared_ptr<const UnitColumns> saved =
        shared_or_loaded_columns(db, [&]() -> std::shared_ptr<const UnitColumns> {
          std::optional<SavedColumns> loaded = load_columns(*saved_file, db);
          if (!loaded) return nullptr;
          saved_lengths = loaded->lengths;
          return loaded->columns;
        });
    if (saved_lengths) lengths = std::move(saved_lengths);
    return saved;
  }

  // Whether `query` matches at most `n` documents: Xapian's matcher stops
  // counting after n + 1 when no match is asked for.
  bool matches_at_most(const Xapian::Query& query, Xapian::doccount n) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    return enquire.get_mset(0, 0, n + 1).get_matches_lower_bound() <= n;
  }

  // A second handle on a plain local database of at least kSplitFrom
  // documents, at the revision of `db`: large queries are matched half on
  // each (split_spied_matches). Opened on the first such search.
  std::optional<Xapian::Database> twin;
  bool twin_failed = false;
  static constexpr Xapian::doccount kSplitFrom = 32768;

  const Xapian::Database* twin_at_revision() {
    if (remote || parts != 1 || twin_failed || db.get_doccount() < kSplitFrom) return nullptr;
    if (!twin) {
      try {
        twin = open_parts(path, false).db;
      } catch (...) {
        twin_failed = true;  // matched on one thread, as before
        return nullptr;
      }
    }
    if (twin->get_revision() != db.get_revision()) twin->reopen();
    // A twin newer than `db` waits for the next reopen().
    return twin->get_revision() == db.get_revision() ? &*twin : nullptr;
  }

  // The arrays of a query's matches and ranking, kept for the next query
  // (QueryMemory: a Searcher is used by one thread at a time).
  QueryMemory memory;

  // The second thread's arrays when ranking is split (rank_in_two).
  QueryMemory upper_memory;

  // Matches from which ranking is split over two threads while a core is
  // free: below, starting a thread costs more than half the ranking saves.
  static constexpr std::size_t kSplitRankingFrom = 32768;

  // Ranks `matched`, whose matches' memory then goes back for the next query.
  Ranking ranked(AllMatches& matched, const RankingWeights& weights, bool facets) {
    const std::size_t keep = QueryMemory::keep_bytes_for(matched.matches.columns->rows());
    memory.keep_at_most(keep);
    upper_memory.keep_at_most(keep);
    std::size_t at = matched.matches.matches.size();  // past the end: one thread
    std::optional<MatchingThreads::Lease> threads;
    if (at >= kSplitRankingFrom) {
      threads.emplace(process_matching_threads().start());
      if (threads->split()) at = split_point(matched.matches);
    }
    Ranking ranking = rank_in_two(matched.matches, at, weights, facets, &memory, &upper_memory);
    memory.give_back(std::move(matched.matches.matches));
    return ranking;
  }

  // SAVANT_MATCHER=xapian collects every match with Xapian's matcher and a
  // MatchSpy even where direct_matches could walk the query: to measure one
  // against the other with the same binary (README, "Query latency").
  const bool walk_directly = [] {
    const char* matcher = std::getenv("SAVANT_MATCHER");
    return matcher == nullptr || std::string_view(matcher) != "xapian";
  }();

  AllMatches matches_of(const Xapian::Query& query) {
    if (remote) return from_documents(every_match(db, query));
    // Columns another Searcher read for this revision cost nothing.
    if (!columns && single_local()) columns = existing_columns(db);
    if (!columns && !revision_searched) {
      revision_searched = true;
      // A narrow query reads its few matches' values from their documents;
      // a broad one the columns saved with the database, else every
      // document's (saving them for the next process). Counting up to
      // kFewMatches + 1 matches tells which, for the cost of those matches.
      if (!saved_file || matches_at_most(query, kFewMatches)) {
        const Xapian::MSet mset = every_match(db, query);
        if (mset.size() <= kFewMatches) return from_documents(mset);
        columns = columns_of_revision();
        return from_columns(mset, columns);
      }
    }
    if (!columns && single_local()) columns = saved_columns();
    if (!columns) columns = columns_of_revision();
    if (single_local()) {
      // Walked without Xapian's matcher where the query allows it: the same
      // matches and weights (all_matches.hpp), on two threads while a core
      // is free.
      if (walk_directly && walks_directly(query)) {
        const Xapian::Database* other = twin_at_revision();
        const MatchingThreads::Lease threads = process_matching_threads().start();
        if (!lengths || lengths->revision != db.get_revision()) {
          lengths = std::make_shared<const DocumentLengths>(document_lengths(db));
        }
        PostingCache& postings = process_posting_cache_for(db.get_doccount());
        if (auto walked = walked_matches(db, threads.split() ? other : nullptr, query, columns,
                                         lengths.get(), &memory, &postings)) {
          return std::move(*walked);
        }
      }
      if (const Xapian::Database* other = twin_at_revision()) {
        // Split only while a core is free: with many searches at once (the
        // workers of `savant serve`), each matches on its own thread.
        const MatchingThreads::Lease threads = process_matching_threads().start();
        if (threads.split()) return split_spied_matches(db, *other, query, columns, &memory);
        return spied_matches(db, query, columns, &memory);
      }
      return spied_matches(db, query, columns, &memory);
    }
    return from_columns(every_match(db, query), columns);
  }

  SearchResults search(const SearchRequest& asked) {
    const RankingWeights weights = weights_with(asked.ranking);
    SearchResults results;
    results.query = asked.query;
    SearchRequest request = asked;
    check_query_syntax(asked.query);
    request.query = folded_query(asked.query);
    // Words the index does not have cannot match: search the corrected query.
    if (request.query.find_first_not_of(" \t") != std::string::npos &&
        !every_word_known(request.query, db)) {
      if (!vocabulary) vocabulary.emplace(db);
      if (auto corrected = suggest_spelling(request.query, *vocabulary)) {
        results.corrected_query = *corrected;
        request.query = *corrected;
      }
    }
    BuiltQuery built = build_query(request, db, WordMatching::all, QueryTarget{remote});
    AllMatches matched = matches_of(built.query);
    Xapian::MSet mset = matched.mset;
    Ranking ranking = ranked(matched, weights, request.facets);
    if (static_cast<int>(ranking.size()) < weights.relax_below) {
      BuiltQuery relaxed = build_query(request, db, WordMatching::any, QueryTarget{remote});
      if (relaxed.query.get_description() != built.query.get_description()) {
        // Researchers matching every word keep their places; partial matches follow.
        AllMatches more = matches_of(relaxed.query);
        Ranking wider = ranked(more, weights, request.facets);
        const std::size_t first = ranking.size();
        ranking.append_missing(wider);
        results.relaxed = ranking.size() > first;
        if (results.relaxed) {
          ranking.facets = std::move(wider.facets);
          mset = std::move(more.mset);
          built = std::move(relaxed);
        }
      }
    }

    fill_hits(results, ranking, request, weights, mset, built);
    results.missing_shards = missing;
    return results;
  }

  // Researchers like `id`: the expand set of their evidence as a query.
  SearchResults similar(const std::string& id, const SearchRequest& request) {
    const RankingWeights weights = weights_with(request.ranking);
    const BuiltQuery built{similar_query(db, id), Xapian::Stem("english")};
    AllMatches matched = matches_of(built.query);
    Ranking ranking = ranked(matched, weights, request.facets);
    SearchResults results;
    results.query = "similar:" + id;
    fill_hits(results, ranking, request, weights, matched.mset, built);
    results.missing_shards = missing;
    return results;
  }

  // The page of `ranking` that `request` asks for, with evidence and snippets.
  void fill_hits(SearchResults& results, Ranking& ranking, const SearchRequest& request,
                 const RankingWeights& weights, const Xapian::MSet& mset, const BuiltQuery& built) {
    const Xapian::Stem& stemmer = built.stemmer;
    const std::vector<std::string> terms =
        request.explain ? explainable_terms(built.query) : std::vector<std::string>();
    results.total = ranking.size();
    results.facets = std::move(ranking.facets);
    const std::size_t end = std::min(results.total, request.offset + request.limit);
    std::vector<RankedResearcher> page;
    for (std::size_t i = request.offset; i < end; ++i) page.push_back(ranking.researcher(i));
    // Half the page read on a second thread while a core is free; not when
    // explaining, whose reading goes through the records this reader keeps.
    const Xapian::Database* other = nullptr;
    std::optional<MatchingThreads::Lease> threads;
    if (page.size() >= 2 && !request.explain) {
      other = twin_at_revision();
      if (other != nullptr) {
        threads.emplace(process_matching_threads().start());
        if (!threads->split()) other = nullptr;
      }
    }
    EvidenceReader evidence(db);  // each record read once for the page
    std::vector<PageEntry> read = read_page(db, evidence, other, page, request.evidence_per_result);
    for (std::size_t k = 0; k < page.size(); ++k) {
      const RankedResearcher& ranked = page[k];
      SearchHit hit;
      hit.rank = request.offset + k + 1;
      hit.score = ranked.score;
      hit.researcher = std::move(read[k].researcher);
      for (std::size_t u = 0; u < read[k].evidence.size(); ++u) {
        hit.evidence.push_back(
            make_evidence_hit(read[k].evidence[u], ranked.units[u].score, mset, stemmer));
      }
      if (request.explain) {
        hit.explanation = explain_score(ranked, weights, db, evidence, terms, mset, stemmer);
      }
      results.hits.push_back(std::move(hit));
    }
  }

  IndexStats stats() {
    IndexStats s;
    s.documents = db.get_termfreq(kind_term(schema::kKindSource));
    s.researchers = db.get_termfreq(kind_term(schema::kKindResearcher));
    s.publications = db.get_termfreq(kind_term("publication"));
    s.evidence = db.get_termfreq(kind_term(schema::kKindEvidence));
    s.schema_version = schema::kSchemaVersion;
    SearchRequest everyone;
    everyone.limit = 0;
    everyone.facets = true;
    s.facets = search(everyone).facets;
    s.shards = parts;
    s.missing_shards = missing;
    return s;
  }
};

RankingSettings default_ranking_settings() { return settings_of(RankingWeights{}); }

void check_ranking_settings(const RankingSettings& settings) { weights_with(settings); }

Searcher::Searcher(const std::string& path) : Searcher(path, SearcherOptions{}) {}

Searcher::Searcher(const std::string& path, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->options = options;
  impl_->open();
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResults Searcher::similar(const std::string& id, const SearchRequest& request) {
  return impl_->guarded([&] { return impl_->similar(id, request); });
}

SearchResults Searcher::search(const SearchRequest& request) {
  return impl_->guarded([&] { return impl_->search(request); });
}

IndexStats Searcher::stats() {
  return impl_->guarded([&] { return impl_->stats(); });
}

std::optional<ResearcherProfile> Searcher::researcher(const std::string& id) {
  return impl_->guarded([&] { return read_profile(impl_->db, id); });
}

void Searcher::for_each_researcher(const std::function<void(const ResearcherProfile&)>& visit) {
  // Ids first, then one profile at a time: memory stays flat, and `visit` may
  // use this Searcher since no Xapian iterator is held across the call.
  const std::vector<std::string> ids = impl_->guarded([&] { return researcher_ids(impl_->db); });
  for (const std::string& id : ids) {
    std::optional<ResearcherProfile> profile = researcher(id);
    if (profile) visit(*profile);
  }
}

void Searcher::reopen() {
  // A shard left out may be back: open every shard again.
  if (!impl_->missing.empty()) {
    impl_->open();
    return;
  }
  impl_->guarded([&] { impl_->reopen(); });
}

std::vector<std::string> Searcher::missing_shards() const { return impl_->missing; }

}  // namespace savant
