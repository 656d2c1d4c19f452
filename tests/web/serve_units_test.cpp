// SPDX-License-Identifier: MIT
// The server's parts that need no network: token handling, loopback
// detection and the API's parameter checks.
#include "cli/serve/access_token.hpp"
#include "cli/serve/assets.hpp"
#include "cli/serve/bind_address.hpp"
#include "cli/serve/request_params.hpp"
#include "cli/serve/time_limit.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

namespace savant::serve {
namespace {

TEST(AccessToken, ComparesWholeTokens) {
  const std::string token = "0123456789abcdef0123";
  EXPECT_TRUE(same_token(token, token));
  EXPECT_FALSE(same_token(token, "0123456789abcdef012X"));  // last byte differs
  EXPECT_FALSE(same_token(token, "X123456789abcdef0123"));  // first byte differs
  EXPECT_FALSE(same_token(token, "0123456789abcdef012"));   // a prefix
  EXPECT_FALSE(same_token(token, token + "4"));             // longer
  EXPECT_FALSE(same_token(token, ""));
  EXPECT_FALSE(same_token(token, std::string("0123456789abcdef0123\0", 21)));
}

TEST(AccessToken, ReadsTheHeaderAndTheCookie) {
  EXPECT_EQ(bearer_token("Bearer abc.def-123"), "abc.def-123");
  EXPECT_EQ(bearer_token("  bearer   abc  "), "abc");
  EXPECT_FALSE(bearer_token("Basic dXNlcjpwYXNz"));
  EXPECT_FALSE(bearer_token("Bearer "));
  EXPECT_FALSE(bearer_token(""));
  EXPECT_EQ(cookie_value("a=1; savant_token=xyz; b=2", "savant_token"), "xyz");
  EXPECT_EQ(cookie_value("savant_token=xyz", "savant_token"), "xyz");
  EXPECT_FALSE(cookie_value("my_savant_token=xyz; other=1", "savant_token"));
  EXPECT_FALSE(cookie_value("", "savant_token"));
}

TEST(AccessToken, TokenFileIsCheckedAndTrimmed) {
  testing::TempDir dir;
  testing::write_file(dir / "good", "  0123456789abcdef-_.~+/=\n");
  EXPECT_EQ(read_token_file(dir / "good"), "0123456789abcdef-_.~+/=");
  testing::write_file(dir / "short", "abc\n");
  testing::write_file(dir / "spaces", "0123456789 abcdef 0123\n");
  testing::write_file(dir / "semicolon", "0123456789abcdef;0123\n");
  for (const char* name : {"short", "spaces", "semicolon", "missing"}) {
    try {
      read_token_file(dir / name);
      ADD_FAILURE() << name << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.category(), ErrorCategory::usage) << name;
      EXPECT_NE(std::string(e.what()).find(dir / name), std::string::npos) << e.what();
    }
  }
}

TEST(BindAddress, OnlyLoopbackIsLoopback) {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "localhost", "::1", "::ffff:127.0.0.1"}) {
    EXPECT_TRUE(is_loopback_address(host)) << host;
  }
  for (const char* host : {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.org", "128.0.0.1",
                           "::ffff:10.0.0.1", "", "127.0.0.1.example.org"}) {
    EXPECT_FALSE(is_loopback_address(host)) << host;
  }
}

TEST(RequestParams, ParsesQueryStringsAsFormsWriteThem) {
  const QueryParams p = parse_query_string(
      "/api/search?q=mixture+of+experts&venue=C%2B%2B&topic=a%20b&flag&year=&bad=%zz%4#frag");
  EXPECT_EQ(p.find("q")->second, "mixture of experts");
  EXPECT_EQ(p.find("venue")->second, "C++");
  EXPECT_EQ(p.find("topic")->second, "a b");
  EXPECT_EQ(p.find("flag")->second, "");
  EXPECT_EQ(p.find("year")->second, "");
  EXPECT_EQ(p.find("bad")->second, "%zz%4");
  EXPECT_EQ(p.size(), 6u);
  EXPECT_TRUE(parse_query_string("/api/search").empty());
  EXPECT_TRUE(parse_query_string("/api/search?").empty());
  EXPECT_EQ(parse_query_string("/x?a=1&a=2").count("a"), 2u);
}

TEST(RequestParams, BuildsTheSearchRequest) {
  const SearchRequest r = search_request({{"q", "mixture of experts"},
                                          {"venue", "ICLR"},
                                          {"year", "2022..2024"},
                                          {"topic", "moe"},
                                          {"offset", "20"},
                                          {"limit", "5"},
                                          {"explain", "1"},
                                          {"token", "ignored-here"}},
                                         {{"decay", 0.4}});
  EXPECT_EQ(r.query, "mixture of experts");
  EXPECT_EQ(r.venue, "ICLR");
  EXPECT_EQ(r.year_from, 2022);
  EXPECT_EQ(r.year_to, 2024);
  EXPECT_EQ(r.topic, "moe");
  EXPECT_EQ(r.offset, 20u);
  EXPECT_EQ(r.limit, 5u);
  EXPECT_TRUE(r.facets);
  EXPECT_TRUE(r.explain);
  EXPECT_EQ(r.ranking.at("decay"), 0.4);
  const SearchRequest defaults = search_request({}, {});
  EXPECT_EQ(defaults.limit, 10u);
  EXPECT_EQ(defaults.offset, 0u);
  EXPECT_EQ(defaults.year_from, 0);
  EXPECT_FALSE(defaults.explain);
  EXPECT_FALSE(search_request({{"facets", "0"}}, {}).facets);
}

TEST(RequestParams, RejectsWhatIsOutOfBounds) {
  const std::vector<QueryParams> bad = {
      {{"limit", "abc"}},
      {{"limit", "0"}},
      {{"limit", std::to_string(kMaxLimit + 1)}},
      {{"limit", "5x"}},
      {{"limit", ""}},
      {{"offset", "-1"}},
      {{"offset", std::to_string(kMaxOffset + 1)}},
      {{"offset", "99999999999999999999999"}},
      {{"evidence", "100"}},
      {{"year", "20x"}},
      {{"facets", "maybe"}},
      {{"explain", "2"}},
      {{"q", std::string(kMaxQueryBytes + 1, 'a')}},
      {{"venue", std::string(kMaxFilterBytes + 1, 'a')}},
      {{"sort", "name"}},
      {{"q", "a"}, {"q", "b"}},
  };
  for (const QueryParams& params : bad) {
    const std::string shown = params.begin()->first + "=" + params.begin()->second.substr(0, 30);
    try {
      search_request(params, {});
      ADD_FAILURE() << shown << " was accepted";
    } catch (const BadRequest& e) {
      EXPECT_NE(std::string(e.what()).find(params.begin()->first), std::string::npos)
          << "the message names the parameter: " << e.what();
    }
  }
  EXPECT_THROW(similar_request({{"q", "x"}}, {}), BadRequest);
  EXPECT_THROW(similar_request({{"limit", "0"}}, {}), BadRequest);
}

TEST(Assets, OnlyThePageFilesExist) {
  for (const char* name : {"index.html", "app.js", "app.css", "favicon.svg"}) {
    const Asset* a = find_asset(name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_FALSE(a->data.empty()) << name;
  }
  EXPECT_EQ(find_asset("app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(find_asset("index.html")->content_type, "text/html; charset=utf-8");
  for (const char* name : {"", "../app.js", "./app.js", "APP.JS", "app.js/", "/etc/passwd"}) {
    EXPECT_EQ(find_asset(name), nullptr) << name;
  }
}

using namespace std::chrono_literals;

// Work that blocks until the test lets it go, and says when it ended.
struct HeldWork {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::shared_ptr<std::atomic<bool>> ended = std::make_shared<std::atomic<bool>>(false);

  std::function<int()> work() {
    return [released = released, ended = ended] {
      released.wait();
      *ended = true;
      return 1;
    };
  }
};

TEST(TimeLimit, ReturnsWhatFinishesInTime) {
  TimeLimit limit(10s, 1);
  TimeLimit::Outcome outcome = TimeLimit::Outcome::refused;
  EXPECT_EQ(limit.run<int>([] { return 42; }, outcome), 42);
  EXPECT_EQ(outcome, TimeLimit::Outcome::done);
  EXPECT_THROW(limit.run<int>([]() -> int { throw std::runtime_error("bad"); }, outcome),
               std::runtime_error);
}

TEST(TimeLimit, GivesUpAtTheLimitAndRefusesWhileOverrunningWorkRuns) {
  TimeLimit limit(50ms, 1);
  HeldWork held;
  TimeLimit::Outcome outcome = TimeLimit::Outcome::done;
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(limit.run(held.work(), outcome).has_value());
  EXPECT_EQ(outcome, TimeLimit::Outcome::overran);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s) << "waited for the work, not the limit";
  EXPECT_EQ(limit.overrunning(), 1u);

  // One overrunning piece is the most allowed: new work is not even started.
  bool started = false;
  EXPECT_FALSE(limit.run<int>([&] { return started = true, 1; }, outcome).has_value());
  EXPECT_EQ(outcome, TimeLimit::Outcome::refused);
  EXPECT_FALSE(started);

  // Once it ends, work is taken again.
  held.release.set_value();
  for (int i = 0; i < 500 && limit.overrunning() > 0; ++i) std::this_thread::sleep_for(10ms);
  EXPECT_EQ(limit.overrunning(), 0u);
  EXPECT_TRUE(*held.ended);
  EXPECT_EQ(limit.run<int>([] { return 7; }, outcome), 7);
  EXPECT_EQ(outcome, TimeLimit::Outcome::done);
}

TEST(TimeLimit, DestructionWaitsForOverrunningWork) {
  HeldWork held;
  std::thread releaser;
  {
    TimeLimit limit(20ms, 4);
    TimeLimit::Outcome outcome = TimeLimit::Outcome::done;
    EXPECT_FALSE(limit.run(held.work(), outcome).has_value());
    EXPECT_EQ(outcome, TimeLimit::Outcome::overran);
    releaser = std::thread([&] {
      std::this_thread::sleep_for(100ms);
      held.release.set_value();
    });
  }  // the work still uses what the owner of `limit` owns: the destructor waits
  EXPECT_TRUE(*held.ended);
  releaser.join();
}

}  // namespace
}  // namespace savant::serve
