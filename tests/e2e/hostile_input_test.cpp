// SPDX-License-Identifier: MIT
// Hostile and broken input through the real binary: every bad file fails
// alone with a one-line message naming it and the reason, every good file
// beside it is indexed, the run ends and its memory stays bounded.
#include "tests/e2e/seed_index.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace savant::testing {
namespace {

namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
constexpr long kSanitizerFactor = 4;  // shadow memory and the quarantine
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kSanitizerFactor = 4;
#else
constexpr long kSanitizerFactor = 1;
#endif
#else
constexpr long kSanitizerFactor = 1;
#endif

// The documented bound (README "Limits and hostile input"): an index run over
// files within the limits stays under 256 MiB whatever they hold.
constexpr long kMaxIndexRssKb = 256 * 1024 * kSanitizerFactor;
constexpr unsigned kNoHangSeconds = 300;
constexpr int kNobody = 65534;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string seed(const std::string& name) { return read_bytes(corpus_dir() + "/seeds/" + name); }

// The one stderr line about `name`; fails unless there is exactly one.
std::string line_about(const std::string& err, const std::string& name) {
  std::vector<std::string> found;
  for (const std::string& line : lines_of(err)) {
    if (line.find("/docs/" + name) != std::string::npos) found.push_back(line);
  }
  EXPECT_EQ(found.size(), 1u) << name << " in:\n" << err;
  return found.empty() ? std::string() : found.front();
}

void expect_reason(const std::string& err, const std::string& name, const std::string& reason) {
  const std::string line = line_about(err, name);
  EXPECT_EQ(line.rfind("savant: ", 0), 0u) << line;
  EXPECT_NE(line.find(reason), std::string::npos) << name << ": " << line;
}

// A folder of good CVs among broken and malicious files.
class HostileFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    fs::create_directories(docs_);
    write_file(docs_ / "good.txt", seed("004_b833a841c0c884f2.txt"));
    // Invalid UTF-8 inside a CV: decoded as a legacy encoding, not rejected.
    std::string broken = seed("003_18620b862097bef0.txt");
    broken.insert(broken.find('\n') + 1, "\xff\xfe\xc3\x28 stray \x80\x80 bytes\n");
    write_file(docs_ / "invalid-utf8.txt", broken);
    write_file(docs_ / "nul-bytes.txt", std::string("Jane Roe\nNUL\0in the\0middle\n", 27));
    write_file(docs_ / "empty.txt", "");
    // 200 MB without writing 200 MB: a sparse file.
    write_file(docs_ / "huge.txt", "");
    fs::resize_file(docs_ / "huge.txt", 200u << 20);
    write_file(docs_ / "long-line.txt", "John Smith " + std::string(10u << 20, 'w'));
    std::string nested = "<html><body>";
    for (int i = 0; i < 100000; ++i) nested += "<div>";
    nested += "Deep Text";
    for (int i = 0; i < 100000; ++i) nested += "</div>";
    write_file(docs_ / "nested.html", nested + "</body></html>");
    write_file(docs_ / "script.html",
               "<html><head><title>Alice Scriptwriter</title>"
               "<script>var zzscripthead = 1;</script></head><body>"
               "<h1>Alice Scriptwriter</h1><script>document.write('zzscriptbody')</script>"
               "<h2>Publications</h2><ul><li>Alice Scriptwriter. Underwater Robotics with Soft "
               "Grippers. ICRA 2021.</li></ul></body></html>");
    fs::create_symlink("loop-b.txt", docs_ / "loop-a.txt");
    fs::create_symlink("loop-a.txt", docs_ / "loop-b.txt");
    fs::create_symlink("nowhere.txt", docs_ / "dangling.txt");
    fs::create_directories(docs_ / "sub");
    fs::create_symlink("..", docs_ / "sub" / "up");  // a directory loop
    write_file(docs_ / "unreadable.txt", seed("001_a0290aab83c13fa6.txt"));
    fs::permissions(docs_ / "unreadable.txt", fs::perms::none);
    write_file(docs_ / "new\nline.txt", seed("000_fe21808f48540d97.txt"));
    write_file(docs_ / "latin1-\xff-name.txt", seed("002_5f39840c71515f25.txt"));
    // Root reads files whatever their mode: run as an ordinary user then.
    if (geteuid() == 0) {
      std::vector<fs::path> paths{dir_.path()};
      for (const auto& entry : fs::recursive_directory_iterator(dir_.path())) {
        paths.push_back(entry.path());
      }
      for (const fs::path& path : paths) {
        ASSERT_EQ(lchown(path.c_str(), kNobody, kNobody), 0) << path;
      }
    }
  }

  CommandResult run(const std::vector<std::string>& args) {
    return run_savant_with(args, RunOptions{{}, kNobody, kNoHangSeconds});
  }

  TempDir dir_;
  fs::path docs_;
};

TEST_F(HostileFolder, EveryBadFileFailsAloneWithItsReason) {
  const std::string index = dir_ / "index";
  CommandResult r = run({"index", "--db", index, docs_.string()});
  ASSERT_EQ(r.exit_code, 3) << r.err;  // some inputs failed; no crash, no hang
  expect_reason(r.err, "nul-bytes.txt", "binary data");
  expect_reason(r.err, "empty.txt", "empty file");
  expect_reason(r.err, "huge.txt", "file too large (200.0 MiB; the limit is 64.0 MiB)");
  expect_reason(r.err, "long-line.txt", "document text too large");
  expect_reason(r.err, "nested.html", "HTML nested too deeply");
  expect_reason(r.err, "loop-a.txt", "Too many levels of symbolic links");
  expect_reason(r.err, "loop-b.txt", "Too many levels of symbolic links");
  expect_reason(r.err, "dangling.txt", "dangling symbolic link");
  expect_reason(r.err, "unreadable.txt", "Permission denied");
  // The name's stray byte is shown escaped, never raw.
  expect_reason(r.err, "latin1-\\xff-name.txt", "file name is not valid UTF-8");
  EXPECT_EQ(r.err.find('\xff'), std::string::npos);
  // Ten failures, one line each, and the summary line.
  EXPECT_EQ(lines_of(r.err).size(), 11u) << r.err;
  EXPECT_NE(r.err.find("indexed 4 file(s), 0 unchanged, 0 removed, 10 failed"), std::string::npos)
      << r.err;
  EXPECT_GT(r.max_rss_kb, 0);
  EXPECT_LT(r.max_rss_kb, kMaxIndexRssKb) << "peak RSS of savant index";
  std::cerr << "[ hostile  ] savant index peak RSS: " << r.max_rss_kb / 1024 << " MiB\n";

  // Everything else is indexed and found.
  CommandResult all = run({"search", "--db", index, "--format", "json", "--limit", "50", ""});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(
      name_set(nlohmann::json::parse(all.out)),
      (std::set<std::string>{"Fuzhao Xue", "Daize Dong", "Xinyu Zhao", "Alice Scriptwriter"}));
}

TEST_F(HostileFolder, ScriptsAndOddNamesAreHandledSafely) {
  const std::string index = dir_ / "index";
  CommandResult r = run({"index", "--db", index, "--verbose", docs_.string()});
  ASSERT_EQ(r.exit_code, 3) << r.err;
  // A newline in a file name is shown escaped, on the file's one line.
  const std::string line = line_about(r.err, "new\\nline.txt");
  EXPECT_NE(line.find("indexed"), std::string::npos) << line;

  CommandResult robotics =
      run({"search", "--db", index, "--format", "json", "\"underwater robotics\""});
  ASSERT_EQ(robotics.exit_code, 0) << robotics.err;
  EXPECT_EQ(name_set(nlohmann::json::parse(robotics.out)),
            std::set<std::string>{"Alice Scriptwriter"});
  // What a <script> holds is code, not the page's text: never indexed.
  CommandResult exported = run({"export", "--db", index});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_NE(exported.out.find("Underwater Robotics"), std::string::npos);
  EXPECT_EQ(exported.out.find("zzscript"), std::string::npos);
  for (const char* word : {"\"zzscripthead\"", "\"zzscriptbody\""}) {  // quoted: not respelled
    CommandResult s = run({"search", "--db", index, "--format", "json", word});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    EXPECT_EQ(nlohmann::json::parse(s.out).at("results").size(), 0u) << word;
  }
}

int count_lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

// A query error: exit 2, one line naming the query and the reason.
void expect_query_error(const CommandResult& r, const std::string& reason) {
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_EQ(r.err.rfind("savant: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
}

CommandResult search_seed_index(const std::vector<std::string>& args) {
  std::vector<std::string> full{"search", "--db", seed_index()};
  full.insert(full.end(), args.begin(), args.end());
  return run_savant_with(full, RunOptions{{}, -1, kNoHangSeconds});
}

std::string words(int n, const std::string& word) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + word;
  return out;
}

TEST(HostileQueries, UnbalancedQuotesNameTheQuery) {
  for (const std::string q : {"\"mixture of experts", "moe \"", "\"a\" \"b"}) {
    CommandResult r = search_seed_index({q});
    expect_query_error(r, "unmatched '\"'");
    EXPECT_NE(r.err.find(q), std::string::npos) << r.err;
  }
}

TEST(HostileQueries, TenThousandTermsAreRefusedWithAShortMessage) {
  std::string query;
  for (int i = 0; i < 10000; ++i) query += "term" + std::to_string(i) + " ";
  CommandResult r = search_seed_index({query});
  expect_query_error(r, "too many words (10000; the limit is 1000)");
  EXPECT_LT(r.err.size(), 400u) << "the query is quoted shortened";
  EXPECT_NE(r.err.find("term0 term1"), std::string::npos) << r.err;
  // At the limit, the query runs.
  CommandResult at_limit =
      search_seed_index({"--format", "json", words(999, "translation") + " moe"});
  ASSERT_EQ(at_limit.exit_code, 0) << at_limit.err;
  EXPECT_TRUE(name_set(nlohmann::json::parse(at_limit.out)).count("Xinyu Zhao")) << at_limit.out;
  expect_query_error(search_seed_index({std::string(20000, 'a')}), "too long (20000 bytes");
}

TEST(HostileQueries, ReversedYearRangesSayWhatIsWrong) {
  expect_query_error(search_seed_index({"--year", "2024..2010", "moe"}),
                     "year range 2024..2010 is reversed");
  CommandResult field = search_seed_index({"moe year:2024..2010"});
  expect_query_error(field, "year range 2024..2010 is reversed");
  EXPECT_NE(field.err.find("query 'moe year:2024..2010'"), std::string::npos) << field.err;
}

TEST(HostileQueries, ControlCharactersNeverReachTheTerminal) {
  // Control characters in a query are white space to the parser...
  CommandResult ok = search_seed_index({"--format", "json", "mixture\x1b[31m\x07of\x01experts"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_FALSE(name_set(nlohmann::json::parse(ok.out)).empty());
  CommandResult text = search_seed_index({"mixture\x1b[2J of experts\x07"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.out.find('\x07'), std::string::npos);
  // ...and quoted escaped in messages: no terminal escape, one line.
  CommandResult bad = search_seed_index({"\x1b[2J\"moe\nexperts"});
  expect_query_error(bad, "unmatched '\"'");
  EXPECT_EQ(bad.err.find('\x1b'), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("\\x1b[2J\"moe\\nexperts"), std::string::npos) << bad.err;
  // Bytes that are not UTF-8 are refused, shown escaped.
  CommandResult bytes = search_seed_index({"--format", "json", "moe \xff\xfe"});
  expect_query_error(bytes, "not valid UTF-8");
  EXPECT_NE(bytes.err.find("moe \\xff\\xfe"), std::string::npos) << bytes.err;
  EXPECT_TRUE(bytes.out.empty()) << bytes.out;
}

}  // namespace
}  // namespace savant::testing
