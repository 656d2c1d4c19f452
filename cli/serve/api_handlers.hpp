// SPDX-License-Identifier: MIT
// The API's answers, independent of the HTTP library: each takes the decoded
// request parts and returns a status and a JSON body. Errors are answered, never
// thrown: bad parameters and queries 400, unknown researchers 404, an index that
// cannot be read 503, work over the time limit 503, anything else 500.
#pragma once

#include "cli/serve/request_params.hpp"
#include "cli/serve/searcher_pool.hpp"
#include "cli/serve/time_limit.hpp"
#include <savant/search.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace savant::serve {

struct ApiResponse {
  int status = 200;
  std::string body;  ///< JSON
};

/// Thread-safe: every call borrows its own Searcher from the pool. Each call
/// but health() computes for at most `time_limit` (see TimeLimit), then
/// answers 503; at most `max_overrunning` overrunning calls run on.
class Api {
 public:
  Api(SearcherPool& pool, RankingSettings ranking,
      std::chrono::milliseconds time_limit = std::chrono::seconds(10),
      std::size_t max_overrunning = 8, std::function<void()> on_work = {});

  /// GET /api/search: `savant search --format json`.
  ApiResponse search(const QueryParams& params);
  /// GET /api/researchers/{id}: `savant show --format json`.
  ApiResponse researcher(const std::string& id, const QueryParams& params);
  /// GET /api/similar/{id}: `savant similar --format json`.
  ApiResponse similar(const std::string& id, const QueryParams& params);
  /// GET /api/topics: the taxonomy with researchers per topic.
  ApiResponse topics(const QueryParams& params);
  /// GET /api/stats: `savant stats --format json`.
  ApiResponse stats(const QueryParams& params);
  /// GET /healthz: 200 when the index can be opened, else 503.
  ApiResponse health();

 private:
  /// Index-wide counts, computed once per state of the index (they walk every document).
  IndexStats cached_stats(SearcherPool::Lease& searcher);

  /// `work` within the time limit, else a 503 answer.
  ApiResponse limited(std::function<ApiResponse()> work);

  SearcherPool& pool_;
  RankingSettings ranking_;
  std::mutex stats_mutex_;
  std::optional<std::pair<IndexStamp, IndexStats>> stats_;
  std::function<void()> on_work_;  // ServeOptions::on_api_work
  TimeLimit time_limit_;  // last: its destructor waits for overrunning work using the above
};

}  // namespace savant::serve
