// SPDX-License-Identifier: MIT
// Tells employers, institutions, job titles and degrees apart in entry headlines.
#include "indexer/extract/organisations.hpp"

#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace savant::indexer::detail {
namespace {

constexpr std::string_view kInstitutionWords[] = {
    "university",  "université",   "universität", "universidad", "università",  "universiteit",
    "universitat", "universidade", "college",     "institute",   "institut",    "instituto",
    "istituto",    "school",       "academy",     "polytechnic", "politecnico", "polytechnique",
    "hochschule",  "conservatory", "eth",         "epfl"};

constexpr std::string_view kOrganisationWords[] = {
    "lab",          "labs",         "laboratory",   "laboratories", "research",    "group",
    "center",       "centre",       "inc",          "corp",         "corporation", "company",
    "co",           "ltd",          "llc",          "gmbh",         "ag",          "sa",
    "technologies", "technology",   "systems",      "foundation",   "hospital",    "bank",
    "ai",           "department",   "team",         "division",     "agency",      "council",
    "ministry",     "organization", "organisation", "studio",       "studios",     "labs",
    "deepmind",     "consortium"};

// Nouns a job title ends with.
constexpr std::string_view kRoleNouns[] = {
    "intern",    "internship",   "assistant",  "researcher",  "scientist",  "engineer",   "fellow",
    "postdoc",   "professor",    "lecturer",   "candidate",   "student",    "director",   "manager",
    "developer", "collaborator", "consultant", "lead",        "analyst",    "member",     "tutor",
    "associate", "officer",      "visitor",    "scholar",     "instructor", "chair",      "head",
    "founder",   "co-founder",   "cofounder",  "cto",         "ceo",        "advisor",    "adviser",
    "architect", "programmer",   "designer",   "editor",      "trainee",    "apprentice", "ta",
    "ra",        "staff",        "faculty",    "postdoctoral"};

// Words that may stand before the noun inside a job title.
constexpr std::string_view kRoleModifiers[] = {"research",
                                               "senior",
                                               "junior",
                                               "visiting",
                                               "teaching",
                                               "postdoctoral",
                                               "post-doctoral",
                                               "doctoral",
                                               "graduate",
                                               "undergraduate",
                                               "software",
                                               "hardware",
                                               "applied",
                                               "principal",
                                               "staff",
                                               "chief",
                                               "associate",
                                               "assistant",
                                               "adjunct",
                                               "full",
                                               "independent",
                                               "summer",
                                               "student",
                                               "phd",
                                               "ph.d.",
                                               "ph.d",
                                               "msc",
                                               "m.sc.",
                                               "mphil",
                                               "m.eng.",
                                               "meng",
                                               "ms",
                                               "m.s.",
                                               "ma",
                                               "bs",
                                               "ba",
                                               "master's",
                                               "masters",
                                               "master",
                                               "bachelor",
                                               "data",
                                               "machine",
                                               "learning",
                                               "ai",
                                               "ml",
                                               "nlp",
                                               "technical",
                                               "program",
                                               "project",
                                               "product",
                                               "lead",
                                               "head",
                                               "deputy",
                                               "executive",
                                               "honorary",
                                               "invited",
                                               "guest",
                                               "exchange",
                                               "founding",
                                               "postgraduate",
                                               "scientific",
                                               "engineering",
                                               "part-time",
                                               "full-time",
                                               "tenure-track",
                                               "distinguished",
                                               "intern",
                                               "co-op",
                                               "faculty",
                                               "university",
                                               "m.s",
                                               "b.s.",
                                               "b.sc.",
                                               "m.phil.",
                                               "deep",
                                               "computer",
                                               "vision",
                                               "language",
                                               "speech",
                                               "robotics",
                                               "security",
                                               "quantitative",
                                               "backend",
                                               "frontend",
                                               "full-stack",
                                               "clinical",
                                               "systems",
                                               "infrastructure",
                                               "platform"};

constexpr std::string_view kDegreeWords[] = {
    "ms",        "msc",           "ma",           "meng",     "mphil",   "mba",     "mtech",
    "mres",      "mfa",           "mst",          "mas",      "mcs",     "bs",      "bsc",
    "ba",        "beng",          "btech",        "bfa",      "bba",     "bcs",     "bachelor",
    "bachelors", "master",        "masters",      "phd",      "dphil",   "doctor",  "doctorate",
    "doctoral",  "minor",         "major",        "diploma",  "jd",      "md",      "llb",
    "llm",       "undergraduate", "postgraduate", "visiting", "be",      "me",      "mse",
    "bse",       "mmath",         "mpa",          "mpp",      "edd",     "dsc",     "scd",
    "msci",      "mchem",         "mphys",        "exchange", "erasmus", "licence", "licenciatura",
    "laurea",    "magister",      "habilitation"};

template <std::size_t N>
bool in(std::string_view word, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), word) != std::end(set);
}

// Lower-case word without surrounding punctuation (dots inside stay: "ph.d.").
std::string word_key(std::string_view word) { return to_lower(trim_chars(word, ",;:()[]*\"'")); }

template <std::size_t N>
bool has_word_from(std::string_view text, const std::string_view (&set)[N]) {
  for (std::string_view word : split_words(text)) {
    std::string key = word_key(word);
    while (!key.empty() && key.back() == '.') key.pop_back();
    if (in(key, set)) return true;
  }
  return false;
}

// Splits `text` at every occurrence of any separator, trimming the parts.
std::vector<std::string> split_on(std::string_view text,
                                  std::initializer_list<std::string_view> separators) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t length = 0;
    for (std::string_view sep : separators) {
      if (text.substr(i, sep.size()) == sep) {
        length = sep.size();
        break;
      }
    }
    if (i == text.size() || length > 0) {
      std::string_view part = trim_chars(text.substr(start, i - start), " ,;-.");
      if (!part.empty()) parts.emplace_back(part);
      if (i == text.size()) break;
      start = i + length;
      i = start;
      continue;
    }
    ++i;
  }
  return parts;
}

}  // namespace

bool looks_like_institution(std::string_view text) {
  return has_word_from(text, kInstitutionWords);
}

bool looks_like_organisation(std::string_view text) {
  if (looks_like_institution(text)) return true;
  std::size_t words = split_words(text).size();
  return words > 0 && words <= 10 && has_word_from(text, kOrganisationWords);
}

std::string trailing_position(std::string_view text) {
  std::vector<std::string_view> words = split_words(trim_chars(text, " .,;:"));
  if (words.empty()) return {};
  // "Professor of Economics", "Fellow in Machine Translation": the field follows the noun.
  std::size_t noun = words.size() - 1;
  for (std::size_t i = words.size() >= 5 ? words.size() - 5 : 0; i + 2 < words.size(); ++i) {
    std::string next = word_key(words[i + 1]);
    std::string key = word_key(words[i]);
    while (!key.empty() && key.back() == '.') key.pop_back();
    if ((next == "of" || next == "in") && in(key, kRoleNouns) &&
        std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 2, words.end(),
                    [](std::string_view w) { return starts_upper(w) || word_key(w) == "and"; })) {
      noun = i;
      break;
    }
  }
  std::string last = word_key(words[noun]);
  while (!last.empty() && last.back() == '.') last.pop_back();
  if (!in(last, kRoleNouns)) return {};
  std::size_t first = noun;
  while (first > 0) {
    std::string key = word_key(words[first - 1]);
    if (!in(key, kRoleModifiers) && !in(key, kRoleNouns)) break;
    --first;
  }
  std::string position;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (!position.empty()) position += ' ';
    position += words[i];
  }
  return std::string(trim_chars(position, " ,;:"));
}

bool is_position(std::string_view text) {
  std::string_view trimmed = trim_chars(text, " .,;:");
  if (trimmed.empty() || split_words(trimmed).size() > 8) return false;
  std::string position = trailing_position(trimmed);
  return !position.empty() && position.size() + 1 >= trimmed.size();
}

Headline split_headline(std::string_view text) {
  Headline headline;
  std::vector<std::string> parts =
      split_on(text, {"|", " - ", " \u00B7 ", " \u2022 ", " @ ", " at ", ": ", "; "});
  if (parts.empty()) return headline;
  std::vector<bool> used(parts.size(), false);
  // A part that is a job title, else one that ends with one.
  for (std::size_t i = 0; i < parts.size() && headline.position.empty(); ++i) {
    if (is_position(parts[i])) {
      headline.position = std::string(trim_chars(parts[i], " .,;:"));
      used[i] = true;
    }
  }
  for (std::size_t i = 0; i < parts.size() && headline.position.empty(); ++i) {
    // "Research Assistant, Shanghai AI Lab", "Covid Response Officer, Oriel College":
    // a title ending in a job noun before a comma, an organisation after it.
    std::size_t comma = parts[i].find(", ");
    if (comma != std::string::npos) {
      std::string head = parts[i].substr(0, comma);
      std::string rest = parts[i].substr(comma + 2);
      if (is_position(head) ||
          (!trailing_position(head).empty() && looks_like_organisation(rest))) {
        headline.position = head;
        parts[i] = rest;
        break;
      }
    }
    std::string tail = trailing_position(parts[i]);
    if (!tail.empty()) {
      headline.position = tail;
      used[i] = true;  // "Work Remotely from Singapore Research Intern": the rest is no employer
    }
  }
  for (std::size_t i = 0; i < parts.size() && headline.organisation.empty(); ++i) {
    if (!used[i] && looks_like_organisation(parts[i])) headline.organisation = parts[i];
  }
  bool separated = parts.size() > 1 || !headline.position.empty();
  for (std::size_t i = 0; i < parts.size() && headline.organisation.empty(); ++i) {
    if (used[i]) continue;
    // Without separators a long headline is more likely a description than a name.
    if (separated || split_words(parts[i]).size() <= 12) headline.organisation = parts[i];
  }
  return headline;
}

bool is_degree(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.empty()) return false;
  std::string key;
  for (char c : words.front()) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == '/' || c == ',') {
      break;  // "B.S./M.S." and "Ph.D.," read by their first part
    }
  }
  return in(key, kDegreeWords);
}

std::string degree_of(std::string_view text) {
  std::size_t cut = text.size();
  for (std::string_view stop : {"GPA", "CGPA", "Grade", " | ", ";", "Rank", "Score"}) {
    std::size_t at = text.find(stop);
    if (at != std::string_view::npos && at > 0) cut = std::min(cut, at);
  }
  return std::string(trim_chars(text.substr(0, cut), " -,:|"));
}

}  // namespace savant::indexer::detail
