// SPDX-License-Identifier: MIT
#include "cli/serve/request_params.hpp"

#include "cli/number_option.hpp"
#include "searcher/field_processors.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <initializer_list>
#include <optional>
#include <string_view>

namespace savant::serve {
namespace {

// `token` is the access token (see access_token.hpp), checked before any route.
void check_names(const QueryParams& params, std::initializer_list<std::string_view> allowed) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    const std::string& name = it->first;
    bool known = name == "token";
    for (std::string_view a : allowed) known = known || name == a;
    if (!known) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw BadRequest(fmt::format("unknown parameter '{}' (known: {})", name, list));
    }
    if (params.count(name) > 1) throw BadRequest(fmt::format("parameter '{}' given twice", name));
  }
}

std::optional<std::string> text_param(const QueryParams& params, const std::string& name,
                                      std::size_t max_bytes) {
  auto it = params.find(name);
  if (it == params.end()) return std::nullopt;
  if (it->second.size() > max_bytes) {
    throw BadRequest(fmt::format("parameter '{}' is longer than {} bytes", name, max_bytes));
  }
  return it->second;
}

std::size_t count_param(const QueryParams& params, const std::string& name, std::size_t fallback,
                        std::size_t min, std::size_t max) {
  auto it = params.find(name);
  if (it == params.end()) return fallback;
  const std::string& text = it->second;
  const std::optional<std::uint64_t> value = cli::read_whole_number(text, min, max);
  if (!value) {
    throw BadRequest(fmt::format("parameter '{}' must be a whole number from {} to {}, not '{}'",
                                 name, min, max, text.substr(0, 40)));
  }
  return static_cast<std::size_t>(*value);
}

bool flag_param(const QueryParams& params, const std::string& name, bool fallback) {
  auto it = params.find(name);
  if (it == params.end()) return fallback;
  const std::string& v = it->second;
  if (v == "1" || v == "true" || v == "yes" || v == "on") return true;
  if (v == "0" || v == "false" || v == "no" || v == "off") return false;
  throw BadRequest(fmt::format("parameter '{}' must be 1 or 0 (true or false), not '{}'", name,
                               v.substr(0, 40)));
}

void apply_paging(const QueryParams& params, SearchRequest& request) {
  request.offset = count_param(params, "offset", 0, 0, kMaxOffset);
  request.limit = count_param(params, "limit", 10, 1, kMaxLimit);
  request.evidence_per_result = count_param(params, "evidence", 3, 0, kMaxEvidence);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string form_decoded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

QueryParams parse_query_string(std::string_view target) {
  QueryParams params;
  const std::size_t question = target.find('?');
  if (question == std::string_view::npos) return params;
  std::string_view query = target.substr(question + 1);
  const std::size_t hash = query.find('#');
  if (hash != std::string_view::npos) query = query.substr(0, hash);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    if (!pair.empty()) {
      const std::size_t eq = pair.find('=');
      params.emplace(form_decoded(pair.substr(0, eq)),
                     eq == std::string_view::npos ? "" : form_decoded(pair.substr(eq + 1)));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return params;
}

SearchRequest search_request(const QueryParams& params, const RankingSettings& ranking) {
  check_names(params,
              {"q", "venue", "year", "topic", "offset", "limit", "evidence", "facets", "explain"});
  SearchRequest request;
  request.ranking = ranking;
  request.query = text_param(params, "q", kMaxQueryBytes).value_or("");
  request.venue = text_param(params, "venue", kMaxFilterBytes).value_or("");
  request.topic = text_param(params, "topic", kMaxFilterBytes).value_or("");
  if (auto year = text_param(params, "year", kMaxFilterBytes); year && !year->empty()) {
    try {
      searcher::parse_year_range(*year, request.year_from, request.year_to);
    } catch (const Error& e) {
      throw BadRequest(fmt::format("parameter 'year': {}", e.what()));
    }
  }
  apply_paging(params, request);
  request.facets = flag_param(params, "facets", true);
  request.explain = flag_param(params, "explain", false);
  return request;
}

SearchRequest similar_request(const QueryParams& params, const RankingSettings& ranking) {
  check_names(params, {"offset", "limit", "evidence"});
  SearchRequest request;
  request.ranking = ranking;
  apply_paging(params, request);
  return request;
}

}  // namespace savant::serve
