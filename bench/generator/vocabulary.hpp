// SPDX-License-Identifier: MIT
// What synthetic researchers are made of: the taxonomy topics and venues
// compiled into savant, name parts, institutions and a Zipf-ranked word list.
#pragma once

#include <string>
#include <vector>

#include "bench/generator/random.hpp"

namespace savant::bench {

struct TopicWords {
  std::string id;
  std::string label;                 ///< "Mixture of experts"
  std::vector<std::string> phrases;  ///< label and aliases, as written in text
};

struct VenueName {
  std::string id;     ///< "NeurIPS"
  std::string label;  ///< "Conference on Neural Information Processing Systems"
  bool journal = false;
};

/// Immutable once built; shared by all generator threads.
struct Vocabulary {
  Vocabulary();

  std::vector<TopicWords> topics;  ///< In taxonomy order; Zipf rank = index.
  std::vector<VenueName> venues;   ///< Conferences and journals, not preprint servers.
  std::vector<std::string> words;  ///< Filler words; Zipf rank = index.
  Zipf topic_rank;
  Zipf venue_rank;
  Zipf word_rank;

  const std::string& word(Random& random) const { return words[word_rank(random)]; }
};

/// Given and family names, institutions, companies, positions, skills.
extern const std::vector<std::string> kGivenNames;
extern const std::vector<std::string> kSyllables;
extern const std::vector<std::string> kInstitutions;
extern const std::vector<std::string> kCompanies;
extern const std::vector<std::string> kPositions;
extern const std::vector<std::string> kDegrees;
extern const std::vector<std::string> kSkills;

}  // namespace savant::bench
