// SPDX-License-Identifier: MIT
// One synthetic researcher: who they are and what their documents say. Drawn
// from a random source seeded by (corpus seed, person number) alone, so any
// person can be generated on any thread and comes out the same.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/generator/vocabulary.hpp"

namespace savant::bench {

struct Publication {
  std::string title;
  std::vector<std::string> authors;
  std::size_t venue = 0;  ///< Index into Vocabulary::venues.
  int year = 0;
  bool first_author = false;
  std::string abstract;
};

struct Job {
  std::string organisation;
  std::string position;
  int from = 0;
  int to = 0;  ///< 0: present.
  std::string summary;
};

struct Degree {
  std::string institution;
  std::string degree;
  int from = 0;
  int to = 0;
};

/// The document formats a researcher's files are written in.
enum class Format { markdown, html, json_resume, bibtex };

struct Researcher {
  std::uint64_t number = 0;
  std::string given;
  std::string family;
  std::string slug;  ///< File name prefix: "<slug>__<what>.<ext>".
  std::string email;
  std::string institution;
  std::vector<std::size_t> topics;  ///< Indices into Vocabulary::topics, main first.
  std::string summary;
  std::vector<Publication> publications;
  std::vector<Job> jobs;
  std::vector<Degree> degrees;
  std::vector<std::string> skills;
  std::vector<Format> files;  ///< One entry per file; the first is the CV.
};

/// How many files person `number` of a corpus seeded `seed` has (1 to 3).
std::size_t file_count(std::uint64_t seed, std::uint64_t number);

/// Person `number` of a corpus seeded `seed`, with `files` files.
Researcher make_researcher(const Vocabulary& vocabulary, std::uint64_t seed, std::uint64_t number,
                           std::size_t files);

/// The family name of person `number`: unique per number, so that different
/// people never share a name (savant would rightly merge them).
std::string family_name(std::uint64_t number);

}  // namespace savant::bench
