// SPDX-License-Identifier: MIT
#include "cli/serve/api_json.hpp"

#include "schema/taxonomy.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace savant::serve {
namespace {

using json = nlohmann::ordered_json;

std::string dumped_compact(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::size_t count_of(const IndexStats& stats, const std::string& facet, const std::string& value) {
  auto f = stats.facets.find(facet);
  if (f == stats.facets.end()) return 0;
  auto v = f->second.find(value);
  return v == f->second.end() ? 0 : v->second;
}

}  // namespace

std::string error_json(int status, std::string_view message) {
  return dumped_compact(json{{"error", std::string(message)}, {"status", status}});
}

std::string topics_json(const IndexStats& stats) {
  std::vector<const schema::Topic*> topics;
  for (const schema::Topic& t : schema::Taxonomy::builtin().topics()) topics.push_back(&t);
  std::stable_sort(topics.begin(), topics.end(), [&](const auto* a, const auto* b) {
    return count_of(stats, "topic", a->id) > count_of(stats, "topic", b->id);
  });
  json list = json::array();
  for (const schema::Topic* t : topics) {
    list.push_back(json{{"id", t->id},
                        {"label", t->label},
                        {"area", t->area},
                        {"aliases", t->aliases},
                        {"researchers", count_of(stats, "topic", t->id)}});
  }
  return dumped_compact(json{{"topics", std::move(list)}});
}

std::string health_json() { return dumped_compact(json{{"status", "ok"}}); }

}  // namespace savant::serve
