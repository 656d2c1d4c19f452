// SPDX-License-Identifier: MIT
#include "bench/generator/query_mix.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace savant::bench {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool plain_words(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](unsigned char c) { return std::isalnum(c) || c == ' '; });
}

// An abbreviation alias: one word with a capital after its first letter ("MoE", "LLM").
bool abbreviation(const std::string& s) {
  return s.size() >= 2 && s.find(' ') == std::string::npos && plain_words(s) &&
         std::any_of(s.begin() + 1, s.end(), [](unsigned char c) { return std::isupper(c); });
}

}  // namespace

std::string query_mix_tsv(const Vocabulary& v, std::uint64_t seed) {
  Random random(seed ^ 0x51E5ULL);
  constexpr int kPerKind = 10;
  // Topics as users ask for them: mostly the popular ones, by the same Zipf law.
  auto topic = [&](auto accept) -> const TopicWords& {
    for (;;) {
      const TopicWords& t = v.topics[v.topic_rank(random)];
      if (accept(t)) return t;
    }
  };
  auto venue = [&]() -> const std::string& { return v.venues[v.venue_rank(random)].id; };
  std::string out = "# kind\tquery\tvenue\tyear_from\tyear_to\n";
  for (int i = 0; i < kPerKind; ++i) {
    const TopicWords& t = topic([](const TopicWords& t) { return plain_words(t.label); });
    out += fmt::format("topic\t{}\t\t\t\n", lower(t.label));
  }
  for (int i = 0; i < kPerKind; ++i) {
    const TopicWords& t = topic([](const TopicWords& t) {
      return plain_words(t.label) && t.label.find(' ') != std::string::npos;
    });
    out += fmt::format("phrase\t\"{}\"\t\t\t\n", lower(t.label));
  }
  for (int i = 0; i < kPerKind; ++i) {
    const TopicWords& t = topic([](const TopicWords& t) {
      return std::any_of(t.phrases.begin(), t.phrases.end(), abbreviation);
    });
    auto alias = std::find_if(t.phrases.begin(), t.phrases.end(), abbreviation);
    out += fmt::format("alias\t{}\t\t\t\n", *alias);
  }
  for (int i = 0; i < kPerKind; ++i) {
    const TopicWords& t = topic([](const TopicWords& t) { return plain_words(t.label); });
    const int year = random.between(2016, 2024);
    out += fmt::format("topic_venue_year\t{}\t{}\t{}\t{}\n", lower(t.label), venue(), year - 1, year);
  }
  for (int i = 0; i < kPerKind; ++i) {
    const int year = random.between(2010, 2024);
    out += fmt::format("filters\t\t{}\t{}\t{}\n", venue(), year, year);
  }
  return out;
}

}  // namespace savant::bench
