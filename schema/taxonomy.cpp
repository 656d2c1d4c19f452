// SPDX-License-Identifier: MIT
// The topic taxonomy: parsing topics.tsv and finding topic mentions in text.
#include "schema/table_text.hpp"
#include "schema/taxonomy.hpp"

#include "schema/embedded_data.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace savant::schema {
namespace {

using detail::fail;
using detail::id_key;
using detail::split;
using detail::trim;

// Matcher value of the phrases below: matched so that they consume their words,
// then dropped, because they are degree names, not research topics.
constexpr int kNotATopic = -1;
// Every PhD's CV says "Doctor of Philosophy"; without this the Philosophy topic
// would be credited to all of them.
constexpr std::string_view kNotTopics[] = {"Doctor of Philosophy", "Master of Philosophy",
                                           "Philosophiae Doctor"};

// Replaces each topic's direct broader ids by all its ancestors, nearest
// first; fails on an unknown id or a cycle, naming the line that declared it.
void close_broader(std::vector<Topic>& topics,
                   const std::unordered_map<std::string, std::size_t>& by_id,
                   const std::vector<std::size_t>& line_of, std::string_view origin) {
  std::vector<std::vector<std::string>> closed(topics.size());
  std::vector<int> state(topics.size(), 0);  // 0 new, 1 on the path, 2 done
  std::function<void(std::size_t)> visit = [&](std::size_t i) {
    state[i] = 1;
    for (const std::string& name : topics[i].broader) {
      auto it = by_id.find(id_key(name));
      if (it == by_id.end()) {
        fail(origin, line_of[i],
             fmt::format("broader topic '{}' of '{}' is not defined", name, topics[i].id));
      }
      const std::size_t j = it->second;
      if (state[j] == 1) {
        fail(origin, line_of[i],
             fmt::format("broader topic '{}' of '{}' leads back to it", name, topics[i].id));
      }
      if (state[j] == 0) visit(j);
      std::vector<std::string> chain{topics[j].id};
      chain.insert(chain.end(), closed[j].begin(), closed[j].end());
      for (std::string& id : chain) {
        if (std::find(closed[i].begin(), closed[i].end(), id) == closed[i].end()) {
          closed[i].push_back(std::move(id));
        }
      }
    }
    state[i] = 2;
  };
  for (std::size_t i = 0; i < topics.size(); ++i) {
    if (state[i] == 0) visit(i);
  }
  for (std::size_t i = 0; i < topics.size(); ++i) topics[i].broader = std::move(closed[i]);
}

}  // namespace

const Taxonomy& Taxonomy::builtin() {
  // A function-local static: parsed once, on first use, thread-safely.
  static const Taxonomy taxonomy = parse(embedded::topics_tsv, "schema/data/topics.tsv");
  return taxonomy;
}

Taxonomy Taxonomy::parse(std::string_view tsv, std::string_view origin) {
  Taxonomy taxonomy;
  std::unordered_map<std::string, std::size_t> line_of_id;
  std::vector<std::size_t> line_of_topic;
  std::size_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    const std::vector<std::string_view> fields = split(content, '\t');
    if (fields.size() < 3) {
      fail(origin, line_no,
           fmt::format("expected id<TAB>label<TAB>area<TAB>aliases, found {} field(s)",
                       fields.size()));
    }
    if (fields.size() > 5) {
      fail(origin, line_no, fmt::format("expected at most 5 fields, found {}", fields.size()));
    }
    Topic topic;
    topic.id = std::string(trim(fields[0]));
    topic.label = std::string(trim(fields[1]));
    topic.area = std::string(trim(fields[2]));
    if (topic.id.empty()) fail(origin, line_no, "empty id");
    if (topic.label.empty()) fail(origin, line_no, fmt::format("empty label for '{}'", topic.id));
    const std::string key = id_key(topic.id);
    if (auto [it, inserted] = line_of_id.emplace(key, line_no); !inserted) {
      fail(origin, line_no,
           fmt::format("duplicate id '{}' (first defined on line {})", topic.id, it->second));
    }
    if (fields.size() >= 4) {
      for (std::string_view alias : split(fields[3], '|')) {
        alias = trim(alias);
        if (!alias.empty()) topic.aliases.emplace_back(alias);
      }
    }
    if (fields.size() == 5) {
      for (std::string_view broader : split(fields[4], '|')) {
        broader = trim(broader);
        if (!broader.empty()) topic.broader.emplace_back(broader);
      }
    }
    taxonomy.by_id_.emplace(key, taxonomy.topics_.size());
    taxonomy.topics_.push_back(std::move(topic));
    line_of_topic.push_back(line_no);
  }
  close_broader(taxonomy.topics_, taxonomy.by_id_, line_of_topic, origin);

  // Degree names first, so that they win over any topic phrase of equal length.
  for (std::string_view phrase : kNotTopics) taxonomy.matcher_.add(phrase, kNotATopic);
  // Ids are not matched in text: find() compares them directly, and a mention is
  // always written as a label or an alias.
  for (std::size_t i = 0; i < taxonomy.topics_.size(); ++i) {
    const Topic& topic = taxonomy.topics_[i];
    const int value = static_cast<int>(i);
    taxonomy.matcher_.add(topic.label, value);
    for (const std::string& alias : topic.aliases) taxonomy.matcher_.add(alias, value);
  }
  return taxonomy;
}

const Topic* Taxonomy::find(std::string_view name) const {
  if (auto it = by_id_.find(id_key(name)); it != by_id_.end()) return &topics_[it->second];
  const std::optional<int> value = matcher_.match_whole(name);
  if (!value || *value < 0) return nullptr;
  return &topics_[static_cast<std::size_t>(*value)];
}

std::vector<TopicHit> Taxonomy::find_in(std::string_view text, bool ignore_case) const {
  std::vector<TopicHit> hits;
  for (const PhraseMatcher::Match& match : matcher_.find_all(text, ignore_case)) {
    if (match.value < 0) continue;
    hits.push_back(
        TopicHit{&topics_[static_cast<std::size_t>(match.value)], match.begin, match.end});
  }
  return hits;
}

}  // namespace savant::schema
