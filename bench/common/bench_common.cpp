// SPDX-License-Identifier: MIT
#include "bench/common/bench_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/resource.h>

namespace savant::bench {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(line);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!line.empty() && line.back() == separator) parts.emplace_back();
  return parts;
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(1);
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<CorpusFile> load_corpus(const std::string& corpus_dir) {
  const std::string docs = fs::absolute(fs::path(corpus_dir) / "docs").string();
  std::istringstream in(read_file((fs::path(corpus_dir) / "meta.tsv").string()));
  std::vector<CorpusFile> files;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = split(line, '\t');
    CorpusFile file;
    file.path = docs + '/' + fields.at(0);
    if (fields.size() > 1) {
      for (auto& venue : split(fields[1], ' ')) {
        if (!venue.empty()) file.venues.push_back(venue);
      }
    }
    if (fields.size() > 2) {
      for (auto& year : split(fields[2], ' ')) {
        if (!year.empty()) file.years.push_back(std::stoi(year));
      }
    }
    files.push_back(std::move(file));
  }
  return files;
}

std::vector<MixQuery> load_queries(const std::string& path) {
  std::istringstream in(read_file(path));
  std::vector<MixQuery> mix;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split(line, '\t');
    f.resize(5);
    mix.push_back(
        {f[0], f[1], f[2], f[3].empty() ? 0 : std::stoi(f[3]), f[4].empty() ? 0 : std::stoi(f[4])});
  }
  return mix;
}

std::uint64_t disk_bytes(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
  std::uint64_t total = 0;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

std::uint64_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<double> time_queries(const std::vector<MixQuery>& mix, int rounds,
                                 const std::function<void(const MixQuery&)>& run_one) {
  for (const MixQuery& q : mix) run_one(q);  // warm: the figures are for a warm engine
  std::vector<double> latencies;
  for (int round = 0; round < rounds; ++round) {
    for (const MixQuery& q : mix) {
      const auto start = std::chrono::steady_clock::now();
      run_one(q);
      latencies.push_back(seconds_since(start) * 1000.0);
    }
  }
  return latencies;
}

double percentile(std::vector<double>& values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * values.size()));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

void print_figures(const std::string& engine, const std::string& phase,
                   const std::map<std::string, std::string>& figures) {
  std::string line = "engine=" + engine + " phase=" + phase;
  for (const auto& [key, value] : figures) line += ' ' + key + '=' + value;
  std::cout << line << std::endl;
}

std::map<std::string, std::string> index_figures(std::size_t docs, std::uint64_t input_bytes,
                                                 double seconds, const std::string& index_path) {
  const std::uint64_t index_bytes = disk_bytes(index_path);
  return {
      {"docs", std::to_string(docs)},
      {"seconds", fmt::format("{:.2f}", seconds)},
      {"docs_per_s", fmt::format("{:.1f}", docs / seconds)},
      {"cpu_s", fmt::format("{:.2f}", cpu_seconds())},
      {"cpu_ms_per_doc", fmt::format("{:.2f}", cpu_seconds() * 1000 / docs)},
      {"mb_per_s", fmt::format("{:.2f}", input_bytes / 1e6 / seconds)},
      {"input_bytes", std::to_string(input_bytes)},
      {"index_bytes", std::to_string(index_bytes)},
      {"index_per_input", fmt::format("{:.2f}", static_cast<double>(index_bytes) / input_bytes)},
      {"peak_rss_mb", fmt::format("{:.0f}", peak_rss_bytes() / 1048576.0)}};
}

std::map<std::string, std::string> query_figures(std::vector<double> latencies_ms) {
  return {{"queries", std::to_string(latencies_ms.size())},
          {"p50_ms", fmt::format("{:.2f}", percentile(latencies_ms, 50))},
          {"p95_ms", fmt::format("{:.2f}", percentile(latencies_ms, 95))},
          {"p99_ms", fmt::format("{:.2f}", percentile(latencies_ms, 99))},
          {"query_rss_mb", fmt::format("{:.0f}", peak_rss_bytes() / 1048576.0)}};
}

std::map<std::string, std::string> parse_options(int argc, char** argv, int first,
                                                 const std::vector<std::string>& known,
                                                 const std::vector<std::string>& required,
                                                 const std::string& usage) {
  auto fail = [&](const std::string& why) {
    std::cerr << why << "\nusage: " << usage << "\n";
    std::exit(2);
  };
  std::map<std::string, std::string> options;
  for (int i = first; i < argc; i += 2) {
    const std::string name = argv[i];
    if (name.rfind("--", 0) != 0 ||
        std::find(known.begin(), known.end(), name.substr(2)) == known.end()) {
      fail("unknown option " + name);
    }
    if (i + 1 >= argc) fail("missing value for " + name);
    options[name.substr(2)] = argv[i + 1];
  }
  for (const auto& name : required) {
    if (options.count(name) == 0) fail("--" + name + " is required");
  }
  return options;
}

int engine_main(int argc, char** argv, const std::string& program, const std::string& db_kind,
                const IndexRun& index, const QueryRun& query) {
  const std::string usage = program + " index --db " + db_kind + " --corpus DIR | query --db " +
                            db_kind + " --queries FILE [--rounds N]";
  const std::string command = argc > 1 ? argv[1] : "";
  try {
    if (command == "index") {
      auto o = parse_options(argc, argv, 2, {"db", "corpus"}, {"db", "corpus"}, usage);
      return index(o["db"], o["corpus"]);
    }
    if (command == "query") {
      auto o = parse_options(argc, argv, 2, {"db", "queries", "rounds"}, {"db", "queries"}, usage);
      return query(o["db"], o["queries"], o.count("rounds") ? std::stoi(o["rounds"]) : 5);
    }
  } catch (const std::exception& e) {
    std::cerr << program << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: " << usage << "\n";
  return 2;
}

}  // namespace savant::bench
