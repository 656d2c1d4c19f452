// SPDX-License-Identifier: MIT
// Loading the judged query set and mapping results onto judged researchers.
#include "searcher/eval/judged_set.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <savant/error.hpp>

#include "searcher/field_processors.hpp"

namespace savant::searcher::eval {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Calls `row(fields, line_number)` for each non-empty line after the header.
template <typename Row>
void read_tsv(const std::string& path, std::size_t min_fields, Row row) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCategory::usage, fmt::format("{}: cannot open", path));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 || line.empty() || line[0] == '#') continue;
    auto fields = split_tabs(line);
    if (fields.size() < min_fields) {
      throw Error(ErrorCategory::usage, fmt::format("{}:{}: expected at least {} tab-separated "
                                                    "fields, found {}",
                                                    path, number, min_fields, fields.size()));
    }
    row(fields, number);
  }
}

// Splits "--venue 'Foo Bar' --year 2023" like a shell would (quotes group words).
std::vector<std::string> shell_words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  char quote = 0;
  bool in_word = false;
  for (char c : text) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        current += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(std::move(current));
      current.clear();
      in_word = false;
    } else {
      current += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(std::move(current));
  return words;
}

}  // namespace

JudgedSet load_judged_set(const std::string& queries_path, const std::string& qrels_path,
                          const std::string& researchers_path) {
  JudgedSet set;
  std::map<std::string, std::size_t> index_of;
  read_tsv(queries_path, 2, [&](const std::vector<std::string>& f, std::size_t) {
    JudgedQuery q;
    q.id = f[0];
    q.text = f[1];
    if (f.size() > 2) q.options = f[2];
    if (f.size() > 3) q.kind = f[3];
    index_of[q.id] = set.queries.size();
    set.queries.push_back(std::move(q));
  });
  read_tsv(qrels_path, 3, [&](const std::vector<std::string>& f, std::size_t line) {
    auto it = index_of.find(f[0]);
    if (it == index_of.end()) {
      throw Error(ErrorCategory::usage,
                  fmt::format("{}:{}: unknown query id '{}'", qrels_path, line, f[0]));
    }
    set.queries[it->second].judgments[f[1]] = std::stoi(f[2]);
  });
  read_tsv(researchers_path, 2, [&](const std::vector<std::string>& f, std::size_t) {
    std::stringstream files(f[1]);
    std::string file;
    while (std::getline(files, file, ',')) {
      while (!file.empty() && file.front() == ' ') file.erase(file.begin());
      if (!file.empty()) set.researcher_of_file[std::filesystem::path(file).filename()] = f[0];
    }
  });
  return set;
}

void apply_options(const std::string& options, SearchRequest& request) {
  auto words = shell_words(options);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& option = words[i];
    if (i + 1 >= words.size()) {
      throw Error(ErrorCategory::usage, fmt::format("option '{}' needs a value", option));
    }
    const std::string& value = words[++i];
    if (option == "--venue") {
      request.venue = value;
    } else if (option == "--topic") {
      request.topic = value;
    } else if (option == "--year") {
      parse_year_range(value, request.year_from, request.year_to);
    } else {
      throw Error(ErrorCategory::usage, fmt::format("unknown option '{}' in judged query", option));
    }
  }
}

std::string judged_researcher(const std::vector<std::string>& sources, const JudgedSet& set) {
  std::map<std::string, int> votes;
  for (const auto& source : sources) {
    auto it = set.researcher_of_file.find(std::filesystem::path(source).filename());
    if (it != set.researcher_of_file.end()) ++votes[it->second];
  }
  std::string best;
  int best_votes = 0;
  for (const auto& [name, count] : votes) {
    if (count > best_votes) {
      best = name;
      best_votes = count;
    }
  }
  return best;
}

}  // namespace savant::searcher::eval
