// SPDX-License-Identifier: MIT
#include "cli/serve/api_handlers.hpp"

#include "cli/render/json_output.hpp"
#include "cli/serve/api_json.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <exception>
#include <utility>

namespace savant::serve {
namespace {

int status_for(ErrorCategory category) {
  switch (category) {
    case ErrorCategory::usage:
    case ErrorCategory::query:
      return 400;
    case ErrorCategory::index_not_found:
    case ErrorCategory::incompatible_index:
    case ErrorCategory::index_locked:
    case ErrorCategory::index_corrupt:
      return 503;
    case ErrorCategory::input:
    case ErrorCategory::io:
      break;
  }
  return 500;
}

// Runs `answer`, turning whatever it throws into an error response.
template <typename F>
ApiResponse answered(F answer) {
  try {
    return answer();
  } catch (const BadRequest& e) {
    return {400, error_json(400, e.what())};
  } catch (const Error& e) {
    const int status = status_for(e.category());
    return {status, error_json(status, e.what())};
  } catch (const std::exception& e) {
    return {500, error_json(500, fmt::format("internal error: {}", e.what()))};
  }
}

void no_params(const QueryParams& params) {
  for (const auto& [name, value] : params) {
    if (name != "token") throw BadRequest(fmt::format("unknown parameter '{}'", name));
  }
}

// The API never shows phone numbers, addresses or dates of birth (see
// docs/reliability.md, Privacy): only the command line's --show-contact does.
SearchResults without_contact(SearchResults results) {
  for (SearchHit& hit : results.hits) hit.researcher.contact = {};
  return results;
}

ApiResponse not_found(const std::string& id) {
  return {404, error_json(404, fmt::format("no researcher '{}'", id))};
}

}  // namespace

Api::Api(SearcherPool& pool, RankingSettings ranking, std::chrono::milliseconds time_limit,
         std::size_t max_overrunning, std::function<void()> on_work)
    : pool_(pool),
      ranking_(std::move(ranking)),
      on_work_(std::move(on_work)),
      time_limit_(time_limit, max_overrunning) {}

ApiResponse Api::limited(std::function<ApiResponse()> work) {
  TimeLimit::Outcome outcome = TimeLimit::Outcome::done;
  if (on_work_) {
    work = [hook = on_work_, inner = std::move(work)] {
      hook();
      return inner();
    };
  }
  std::optional<ApiResponse> answer = time_limit_.run(std::move(work), outcome);
  if (answer) return *answer;
  const double seconds = std::chrono::duration<double>(time_limit_.limit()).count();
  const std::string message =
      outcome == TimeLimit::Outcome::refused
          ? fmt::format(
                "too many requests over the time limit ({:g} s) are still running; try "
                "again shortly",
                seconds)
          : fmt::format(
                "the request took longer than the time limit ({:g} s) and was given up; "
                "narrow the query (fewer words, a filter)",
                seconds);
  return {503, error_json(503, message)};
}

// Each piece of work owns copies of what it reads: when it overruns, the
// request it came from is answered (and gone) before it ends.
ApiResponse Api::search(const QueryParams& params) {
  return limited([this, params] {
    return answered([&] {
      SearchRequest request = search_request(params, ranking_);
      auto searcher = pool_.acquire();
      return ApiResponse{200, cli::search_results_json(without_contact(searcher->search(request)))};
    });
  });
}

ApiResponse Api::researcher(const std::string& id, const QueryParams& params) {
  return limited([this, id, params] {
    return answered([&] {
      no_params(params);
      auto searcher = pool_.acquire();
      std::optional<ResearcherProfile> profile = searcher->researcher(id);
      if (!profile) return not_found(id);
      profile->researcher.contact = {};
      return ApiResponse{200, cli::profile_json(*profile, 2)};
    });
  });
}

ApiResponse Api::similar(const std::string& id, const QueryParams& params) {
  return limited([this, id, params] {
    return answered([&] {
      SearchRequest request = similar_request(params, ranking_);
      auto searcher = pool_.acquire();
      // Searcher::similar() reports an unknown id as a query error; here it is a 404.
      if (!searcher->researcher(id)) return not_found(id);
      return ApiResponse{200,
                         cli::search_results_json(without_contact(searcher->similar(id, request)))};
    });
  });
}

ApiResponse Api::topics(const QueryParams& params) {
  return limited([this, params] {
    return answered([&] {
      no_params(params);
      auto searcher = pool_.acquire();
      return ApiResponse{200, topics_json(cached_stats(searcher))};
    });
  });
}

ApiResponse Api::stats(const QueryParams& params) {
  return limited([this, params] {
    return answered([&] {
      no_params(params);
      auto searcher = pool_.acquire();
      return ApiResponse{200, cli::stats_json(cached_stats(searcher))};
    });
  });
}

IndexStats Api::cached_stats(SearcherPool::Lease& searcher) {
  {
    std::lock_guard<std::mutex> lock(stats_mutex_);
    if (stats_ && stats_->first == searcher.stamp()) return stats_->second;
  }
  IndexStats stats = searcher->stats();
  std::lock_guard<std::mutex> lock(stats_mutex_);
  stats_.emplace(searcher.stamp(), stats);
  return stats;
}

ApiResponse Api::health() {
  return answered([&] {
    pool_.acquire();
    return ApiResponse{200, health_json()};
  });
}

}  // namespace savant::serve
