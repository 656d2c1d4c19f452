// SPDX-License-Identifier: MIT
#include "bench/generator/researcher.hpp"

#include <algorithm>

namespace savant::bench {
namespace {

std::uint64_t mix(std::uint64_t seed, std::uint64_t number, std::uint64_t stream) {
  Random random(seed * 0x9E3779B97F4A7C15ULL ^ (number << 8) ^ stream);
  return random.next();
}

template <typename T>
const T& pick(Random& random, const std::vector<T>& items) {
  return items[random.below(items.size())];
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// A phrase naming one of the person's topics: mostly the label, sometimes an alias.
const std::string& topic_phrase(const Vocabulary& v, Random& random,
                                const std::vector<std::size_t>& topics) {
  // The main topic dominates, as it does in real CVs.
  std::size_t which = random.chance(0.6) ? 0 : random.below(topics.size());
  const TopicWords& topic = v.topics[topics[which]];
  if (random.chance(0.7)) return topic.label;
  return pick(random, topic.phrases);
}

// `words` Zipf-drawn words with one of the person's topics in the middle.
std::string sentence(const Vocabulary& v, Random& random, const std::vector<std::size_t>& topics,
                     int words) {
  std::string out;
  const int topic_at = random.between(0, words);
  for (int i = 0; i <= words; ++i) {
    if (!out.empty()) out += ' ';
    if (i == topic_at) {
      out += topic_phrase(v, random, topics);
    } else {
      out += v.word(random);
    }
  }
  out += '.';
  return capitalised(out);
}

std::string title(const Vocabulary& v, Random& random, const std::vector<std::size_t>& topics) {
  std::string out = capitalised(v.word(random));
  for (int i = random.between(0, 2); i > 0; --i) out += ' ' + v.word(random);
  out += ' ' + topic_phrase(v, random, topics);
  out += random.chance(0.5) ? " for " : " with ";
  for (int i = random.between(1, 4); i > 0; --i) out += v.word(random) + ' ';
  out.pop_back();
  return out;
}

std::string coauthor(Random& random) {
  return pick(random, kGivenNames) + ' ' + family_name(random.below(5'000'000) + 10'000'000);
}

}  // namespace

std::string family_name(std::uint64_t number) {
  std::string name;
  std::uint64_t n = number;
  do {
    name += kSyllables[n % kSyllables.size()];
    n /= kSyllables.size();
  } while (n > 0);
  return capitalised(name + "ski");
}

std::size_t file_count(std::uint64_t seed, std::uint64_t number) {
  Random random(mix(seed, number, 1));
  const double r = random.unit();
  return r < 0.7 ? 1 : (r < 0.9 ? 2 : 3);
}

Researcher make_researcher(const Vocabulary& v, std::uint64_t seed, std::uint64_t number,
                           std::size_t files) {
  Random random(mix(seed, number, 2));
  Researcher r;
  r.number = number;
  r.given = pick(random, kGivenNames);
  r.family = family_name(number);
  r.slug = r.given.substr(0, 1) + r.family;
  std::transform(r.slug.begin(), r.slug.end(), r.slug.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  r.email = r.slug + '@' + (random.chance(0.5) ? "uni.example.edu" : "lab.example.org");
  r.institution = pick(random, kInstitutions);

  for (int i = random.between(2, 4); i > 0; --i) {
    std::size_t topic = v.topic_rank(random);
    if (std::find(r.topics.begin(), r.topics.end(), topic) == r.topics.end()) {
      r.topics.push_back(topic);
    }
  }
  r.summary = sentence(v, random, r.topics, random.between(12, 30)) + ' ' +
              sentence(v, random, r.topics, random.between(12, 30));

  // 5 to 60 publications, most people near the low end.
  const int publications = 5 + static_cast<int>(std::min<double>(55, -12.0 * std::log(1.0 - random.unit())));
  const int career_start = random.between(1995, 2020);
  for (int i = 0; i < publications; ++i) {
    Publication p;
    p.title = title(v, random, r.topics);
    p.first_author = random.chance(0.35);
    const int coauthors = random.between(1, 5);
    for (int a = 0; a < coauthors; ++a) p.authors.push_back(coauthor(random));
    const std::string self = r.given + ' ' + r.family;
    p.authors.insert(p.first_author ? p.authors.begin() : p.authors.begin() + random.between(1, coauthors), self);
    p.venue = v.venue_rank(random);
    p.year = random.between(career_start, 2025);
    if (random.chance(0.6)) p.abstract = sentence(v, random, r.topics, random.between(15, 35));
    r.publications.push_back(std::move(p));
  }
  std::sort(r.publications.begin(), r.publications.end(),
            [](const Publication& a, const Publication& b) { return a.year > b.year; });

  int year = career_start;
  for (int i = random.between(1, 4); i > 0 && year < 2025; --i) {
    Job job{pick(random, random.chance(0.5) ? kCompanies : kInstitutions), pick(random, kPositions),
            year, 0, sentence(v, random, r.topics, random.between(10, 25))};
    year += random.between(1, 6);
    job.to = (i == 1 || year >= 2025) ? 0 : year;
    r.jobs.push_back(std::move(job));
  }
  std::reverse(r.jobs.begin(), r.jobs.end());
  for (int i = random.between(1, 3), end = career_start; i > 0; --i) {
    const int length = random.between(2, 5);
    r.degrees.push_back({pick(random, kInstitutions), pick(random, kDegrees), end - length, end});
    end -= length;
  }
  for (int i = random.between(3, 8); i > 0; --i) r.skills.push_back(pick(random, kSkills));
  std::sort(r.skills.begin(), r.skills.end());
  r.skills.erase(std::unique(r.skills.begin(), r.skills.end()), r.skills.end());

  // The CV first, in one of three formats; extra files are publication lists.
  const double cv = random.unit();
  r.files.push_back(cv < 0.45 ? Format::markdown : (cv < 0.7 ? Format::html : Format::json_resume));
  if (files >= 2) r.files.push_back(Format::bibtex);
  if (files >= 3) r.files.push_back(r.files[0] == Format::markdown ? Format::html : Format::markdown);
  return r;
}

}  // namespace savant::bench
