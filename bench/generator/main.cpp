// SPDX-License-Identifier: MIT
// savant_bench_generate: writes N synthetic researcher documents shaped like
// corpus/ (Markdown and HTML CVs, JSON Resumes, BibTeX lists; some people over
// several files), the venues and years of each file for the baselines, and the
// query mix. The same --seed gives the same bytes, whatever --threads.
//
//   savant_bench_generate --out DIR --docs N [--seed S] [--threads T]
//
// DIR/docs/NNNN/<slug>__<what>.<ext>  the documents, a few hundred per folder
// DIR/meta.tsv                        path (under DIR/docs) TAB venue ids TAB years
// DIR/queries.tsv                     the query mix (see query_mix.hpp)
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "bench/generator/formats.hpp"
#include "bench/generator/query_mix.hpp"
#include "bench/generator/researcher.hpp"

namespace {

namespace fs = std::filesystem;
using namespace savant::bench;

struct Options {
  fs::path out;
  std::uint64_t docs = 0;
  std::uint64_t seed = 42;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
};

constexpr std::uint64_t kPeoplePerFolder = 400;

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "savant_bench_generate: " << why
            << "\nusage: savant_bench_generate --out DIR --docs N [--seed S] [--threads T]\n";
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) usage("missing value for " + arg);
    const std::string value = argv[++i];
    try {
      if (arg == "--out") {
        options.out = value;
      } else if (arg == "--docs") {
        options.docs = std::stoull(value);
      } else if (arg == "--seed") {
        options.seed = std::stoull(value);
      } else if (arg == "--threads") {
        options.threads = static_cast<unsigned>(std::max(1ULL, std::stoull(value)));
      } else {
        usage("unknown option " + arg);
      }
    } catch (const std::logic_error&) {
      usage("not a number: " + value);
    }
  }
  if (options.out.empty() || options.docs == 0) usage("--out and --docs are required");
  return options;
}

void write_file(const fs::path& path, const std::string& content) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr || std::fwrite(content.data(), 1, content.size(), f) != content.size()) {
    std::cerr << "savant_bench_generate: cannot write " << path << ": " << std::strerror(errno)
              << "\n";
    std::exit(1);
  }
  std::fclose(f);
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  const auto started = std::chrono::steady_clock::now();
  const Vocabulary vocabulary;

  // Who has how many files: a cheap sequential pass, so the parallel one below
  // can give each thread whole people.
  std::vector<std::size_t> files_of;
  for (std::uint64_t total = 0; total < options.docs;) {
    std::size_t n = file_count(options.seed, files_of.size());
    n = std::min<std::uint64_t>(n, options.docs - total);
    files_of.push_back(n);
    total += n;
  }
  const std::uint64_t people = files_of.size();
  const std::uint64_t folders = (people + kPeoplePerFolder - 1) / kPeoplePerFolder;
  std::vector<std::string> meta(folders);
  std::vector<std::uint64_t> bytes(folders, 0);
  std::atomic<std::uint64_t> next_folder{0};

  fs::create_directories(options.out / "docs");
  auto work = [&] {
    for (std::uint64_t folder; (folder = next_folder++) < folders;) {
      const std::string name = fmt::format("{:04}", folder);
      const fs::path dir = options.out / "docs" / name;
      fs::create_directories(dir);
      const std::uint64_t end = std::min(people, (folder + 1) * kPeoplePerFolder);
      for (std::uint64_t person = folder * kPeoplePerFolder; person < end; ++person) {
        const Researcher r =
            make_researcher(vocabulary, options.seed, person, files_of[person]);
        for (std::size_t i = 0; i < r.files.size(); ++i) {
          RenderedFile file = render(vocabulary, r, i);
          write_file(dir / file.name, file.content);
          bytes[folder] += file.content.size();
          meta[folder] += name + '/' + file.name + '\t' + file.venues + '\t' + file.years + '\n';
        }
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < options.threads; ++t) threads.emplace_back(work);
  for (auto& thread : threads) thread.join();

  std::ofstream meta_file(options.out / "meta.tsv", std::ios::binary);
  meta_file << "# path\tvenues\tyears\n";
  std::uint64_t total_bytes = 0;
  for (std::uint64_t f = 0; f < folders; ++f) {
    meta_file << meta[f];
    total_bytes += bytes[f];
  }
  write_file(options.out / "queries.tsv", query_mix_tsv(vocabulary, options.seed));

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("generated {} documents of {} researchers, {} bytes, in {:.1f} s\n", options.docs,
             people, total_bytes, seconds);
  return 0;
}
