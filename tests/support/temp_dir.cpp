// SPDX-License-Identifier: MIT
// Temporary directories and files for tests.
#include "tests/support/temp_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace savant::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "savant-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void copy_seeds(const std::filesystem::path& to) {
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir() + "/seeds")) {
    std::filesystem::copy_file(entry.path(), to / entry.path().filename());
  }
}

std::string corpus_dir() {
  const char* dir = std::getenv("SAVANT_CORPUS");
  return dir != nullptr && *dir != '\0' ? dir : SAVANT_TEST_CORPUS;
}

}  // namespace savant::testing
