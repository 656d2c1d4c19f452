// SPDX-License-Identifier: MIT
// The HTTP API of `savant serve`, served in-process on a free 127.0.0.1 port
// over an index of corpus/seeds plus a hostile publication list, and compared
// with what the real `savant` binary prints for the same requests.
#include "cli/serve/web_server.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <fstream>
#include <future>
#include <httplib.h>
#include <memory>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace savant::serve {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::run_savant;

const std::string kToken = "test-token-0123456789abcdef";

std::string source_file(const std::string& relative) {
  std::ifstream in(std::string(SAVANT_TEST_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A server running on its own thread for the life of the object.
class RunningServer {
 public:
  explicit RunningServer(ServeOptions options) : server_(std::move(options)) {
    port_ = server_.bind();
    thread_ = std::thread([this] { server_.run(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(10, 0);
    c.set_url_encode(false);  // send targets as written, "+" for spaces as browsers do
    return c;
  }

 private:
  WebServer server_;
  int port_ = 0;
  std::thread thread_;
};

// Sends `request` as raw bytes (no client-side clean-up of the path) and
// returns everything the server answers before closing or going quiet.
std::string raw_exchange(int port, const std::string& request, int wait_ms = 2000) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "connect failed";
  }
  timeval tv{wait_ms / 1000, (wait_ms % 1000) * 1000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string answer;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return answer;
}

int raw_status(const std::string& answer) {
  if (answer.rfind("HTTP/1.1 ", 0) != 0) return -1;
  return std::stoi(answer.substr(9, 3));
}

class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    index_ = *dir_ / "index";
    CommandResult r =
        run_savant({"index", "--db", index_, "--quiet", testing::corpus_dir() + "/seeds",
                    std::string(SAVANT_TEST_SOURCE_DIR) + "/tests/browser/fixtures"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static ServeOptions options() {
    ServeOptions o;
    o.db = index_;
    o.port = 0;
    o.threads = 4;
    return o;
  }

  // GET `path`; expects a JSON body and returns it with the status.
  static std::pair<int, json> get_json(const RunningServer& server, const std::string& path,
                                       const httplib::Headers& headers = {}) {
    auto result = server.client().Get(path, headers);
    if (!result) {
      ADD_FAILURE() << path << ": no answer";
      return {-1, json()};
    }
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return {result->status, json::parse(result->body)};
  }

  static std::string cli_json(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", index_, "--format", "json"});
    CommandResult r = run_savant(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  static testing::TempDir* dir_;
  static std::string index_;
};

testing::TempDir* ServeApi::dir_ = nullptr;
std::string ServeApi::index_;

TEST_F(ServeApi, SearchIsTheJsonOfSavantSearch) {
  RunningServer server(options());
  for (const auto& [path, args] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"/api/search?q=translation", {"search", "translation", "--facets"}},
           {"/api/search?q=mixture+of+experts&venue=ICLR&year=2023..2024&limit=2",
            {"search", "mixture of experts", "--venue", "ICLR", "--year", "2023..2024", "--limit",
             "2", "--facets"}},
           {"/api/search?topic=machine-translation&facets=0&offset=1",
            {"search", "--topic", "machine-translation", "--offset", "1"}},
           {"/api/search?q=translation&explain=1&limit=3",
            {"search", "translation", "--explain", "--limit", "3", "--facets"}},
       }) {
    auto result = server.client().Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 200) << path;
    const json api = json::parse(result->body);
    EXPECT_EQ(api, json::parse(cli_json(args))) << path;
    EXPECT_GT(api.at("total").get<int>(), 0) << path;
  }
}

TEST_F(ServeApi, ResearcherAndSimilarAreTheJsonOfShowAndSimilar) {
  RunningServer server(options());
  const auto [status, found] = get_json(server, "/api/search?q=translation&limit=1");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(found.at("results").empty());
  const std::string id = found.at("results")[0].at("id");

  const auto [show_status, profile] = get_json(server, "/api/researchers/" + id);
  EXPECT_EQ(show_status, 200);
  EXPECT_EQ(profile, json::parse(cli_json({"show", id})));
  EXPECT_FALSE(profile.at("evidence").empty());

  const auto [similar_status, similar] = get_json(server, "/api/similar/" + id + "?limit=3");
  EXPECT_EQ(similar_status, 200);
  EXPECT_EQ(similar, json::parse(cli_json({"similar", id, "--limit", "3"})));
  for (const auto& hit : similar.at("results")) EXPECT_NE(hit.at("id"), id);
}

TEST_F(ServeApi, BadParametersAre400WithAJsonError) {
  RunningServer server(options());
  for (const char* path :
       {"/api/search?limit=abc", "/api/search?limit=0", "/api/search?offset=-3",
        "/api/search?year=20x", "/api/search?q=%22unbalanced", "/api/search?q=title:(a",
        "/api/search?venue=NoSuchVenueAnywhere", "/api/search?topic=no-such-topic-at-all",
        "/api/search?sort=name", "/api/search?q=a&q=b", "/api/search?explain=perhaps",
        "/api/similar/xinyu-zhao?limit=1000", "/api/researchers/xinyu-zhao?extra=1"}) {
    const auto [status, body] = get_json(server, path);
    EXPECT_EQ(status, 400) << path;
    EXPECT_EQ(body.value("status", 0), 400) << path;
    EXPECT_FALSE(body.value("error", "").empty()) << path;
  }
}

TEST_F(ServeApi, UnknownIdsAre404) {
  RunningServer server(options());
  for (const char* path :
       {"/api/researchers/no-such-person-here", "/api/similar/no-such-person-here", "/api/nothing",
        "/nothing", "/assets/missing.js"}) {
    const auto [status, body] = get_json(server, path);
    EXPECT_EQ(status, 404) << path;
    EXPECT_FALSE(body.value("error", "").empty()) << path;
  }
}

TEST_F(ServeApi, ServesOnlyItsOwnFiles) {
  RunningServer server(options());
  auto page = server.client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body, source_file("web/index.html"));
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  auto deep_link = server.client().Get("/researchers/anyone");
  ASSERT_TRUE(deep_link);
  EXPECT_EQ(deep_link->body, page->body);
  auto script = server.client().Get("/assets/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->body, source_file("web/app.js"));

  // Raw request lines, so no client normalises the paths first.
  for (const char* path :
       {"/../../../../../../etc/passwd", "/assets/../../../../../etc/passwd",
        "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/assets/app.js/../../CMakeLists.txt", "/web/app.js", "/cli/serve/web_server.cpp",
        "/CMakeLists.txt", "//etc/passwd", "/assets/", "/assets/.", "/assets/.."}) {
    const std::string answer =
        raw_exchange(server.port(),
                     fmt::format("GET {} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path));
    const int status = raw_status(answer);
    EXPECT_TRUE(status == 404 || status == 400) << path << ": " << answer.substr(0, 80);
    EXPECT_EQ(answer.find("root:"), std::string::npos) << path;
    EXPECT_EQ(answer.find("cmake_minimum_required"), std::string::npos) << path;
    EXPECT_EQ(answer.find("SPDX"), std::string::npos) << path;
  }
}

TEST_F(ServeApi, IsReadOnly) {
  RunningServer server(options());
  auto client = server.client();
  auto check = [](const httplib::Result& result) {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 405);
    EXPECT_EQ(result->get_header_value("Allow"), "GET, HEAD");
  };
  check(client.Post("/api/search", "q=x", "application/x-www-form-urlencoded"));
  check(client.Put("/api/researchers/x", "{}", "application/json"));
  check(client.Delete("/api/researchers/x"));
}

TEST_F(ServeApi, RequestsHaveSizeAndTimeLimits) {
  ServeOptions o = options();
  o.read_timeout = std::chrono::milliseconds(300);
  RunningServer server(o);
  // A URI longer than the library's 8 KiB limit, and a query over the API's.
  const std::string huge =
      raw_exchange(server.port(), "GET /api/search?q=" + std::string(9000, 'a') +
                                      " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(raw_status(huge), 414) << huge.substr(0, 80);
  const auto [status, body] = get_json(server, "/api/search?q=" + std::string(600, 'a'));
  EXPECT_EQ(status, 400);
  // Bodies are never read (GET has none; other methods are refused first),
  // and a header line beyond the library's 8 KiB limit is refused.
  const std::string big_body =
      raw_exchange(server.port(),
                   "POST /api/search HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
                   "100000\r\n\r\n" +
                       std::string(100000, 'x'));
  EXPECT_EQ(raw_status(big_body), 405) << big_body.substr(0, 80);
  const std::string big_header = raw_exchange(
      server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " +
                         std::string(20000, 'y') + "\r\n\r\n");
  EXPECT_NE(raw_status(big_header), 200) << big_header.substr(0, 80);
  // A client that never finishes its request is cut off after the read
  // timeout, well before the 5 s this exchange would wait.
  const auto start = std::chrono::steady_clock::now();
  const std::string slow =
      raw_exchange(server.port(), "GET /api/search?q=x HTTP/1.1\r\nHost:", 5000);
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_LT(waited, std::chrono::milliseconds(4000)) << "the connection stayed open";
  EXPECT_EQ(slow.find("200 OK"), std::string::npos);
}

TEST_F(ServeApi, NonLoopbackNeedsAToken) {
  ServeOptions open = options();
  open.bind = "0.0.0.0";
  try {
    WebServer server(open);
    ADD_FAILURE() << "0.0.0.0 without a token was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::usage);
    EXPECT_NE(std::string(e.what()).find("--token-file"), std::string::npos) << e.what();
  }
  // The command says the same and exits 1, before opening any port.
  CommandResult r = run_savant({"serve", "--db", index_, "--bind", "0.0.0.0", "--port", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--token-file"), std::string::npos) << r.err;
}

TEST_F(ServeApi, TokenIsRequiredWhenGiven) {
  ServeOptions o = options();
  o.bind = "0.0.0.0";  // allowed now: there is a token
  o.token = kToken;
  RunningServer server(o);
  const std::string path = "/api/search?q=translation";
  auto status_of = [&](const std::string& p, const httplib::Headers& headers) {
    auto result = server.client().Get(p, headers);
    return result ? result->status : -1;
  };
  EXPECT_EQ(status_of(path, {}), 401);
  EXPECT_EQ(status_of("/", {}), 401);
  EXPECT_EQ(status_of("/assets/app.js", {}), 401);
  EXPECT_EQ(status_of(path, {{"Authorization", "Bearer wrong"}}), 401);
  EXPECT_EQ(status_of(path, {{"Authorization", "Bearer " + kToken + "x"}}), 401);
  std::string same_length_wrong = kToken;
  same_length_wrong.back() = 'X';
  EXPECT_EQ(status_of(path, {{"Authorization", "Bearer " + same_length_wrong}}), 401);
  EXPECT_EQ(status_of(path, {{"Cookie", "savant_token=" + same_length_wrong}}), 401);

  EXPECT_EQ(status_of(path, {{"Authorization", "Bearer " + kToken}}), 200);
  EXPECT_EQ(status_of(path, {{"Cookie", "a=b; savant_token=" + kToken}}), 200);
  auto with_query = server.client().Get("/?token=" + kToken);
  ASSERT_TRUE(with_query);
  EXPECT_EQ(with_query->status, 200);
  EXPECT_NE(with_query->get_header_value("Set-Cookie").find("savant_token=" + kToken),
            std::string::npos);
  EXPECT_NE(with_query->get_header_value("Set-Cookie").find("HttpOnly"), std::string::npos);
  // The health check is for load balancers: open, and it says nothing about the index.
  const auto [health_status, health] = get_json(server, "/healthz");
  EXPECT_EQ(health_status, 200);
  EXPECT_EQ(health, json({{"status", "ok"}}));
}

TEST_F(ServeApi, DocumentMarkupIsReturnedAsData) {
  RunningServer server(options());
  const auto [status, found] = get_json(server, "/api/search?q=gated+sparse+routing");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(found.at("results").empty());
  const json& hit = found.at("results")[0];
  EXPECT_EQ(hit.at("name"), "Mallory Hacker");
  const json& evidence = hit.at("evidence")[0];
  // The title is the document's text, unchanged: the page must show it as text.
  EXPECT_EQ(evidence.at("title"),
            "Gated sparse routing <script>window.__pwned = 1</script> for retrieval");
  // The snippet is HTML: the only tags in it are <mark>; the document's are escaped.
  const std::string snippet = evidence.at("snippet");
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;

  const auto [profile_status, profile] =
      get_json(server, "/api/researchers/" + hit.at("id").get<std::string>());
  ASSERT_EQ(profile_status, 200);
  bool found_img = false;
  for (const auto& e : profile.at("evidence")) {
    found_img = found_img || e.at("title").get<std::string>().find(
                                 "<img src=x onerror=\"window.__pwned = 2\">") != std::string::npos;
  }
  EXPECT_TRUE(found_img) << profile.dump();
}

TEST_F(ServeApi, SeesNewCommitsWithoutARestart) {
  testing::TempDir dir;
  const std::string db = dir / "index";
  ASSERT_EQ(
      run_savant({"index", "--db", db, "--quiet", testing::corpus_dir() + "/seeds"}).exit_code, 0);
  ServeOptions o = options();
  o.db = db;
  RunningServer server(o);
  const std::string path = "/api/search?q=gated+sparse+routing";
  const auto [before_status, before] = get_json(server, path);
  ASSERT_EQ(before_status, 200);
  for (const auto& hit : before.at("results")) EXPECT_NE(hit.at("name"), "Mallory Hacker");
  ASSERT_EQ(run_savant({"index", "--db", db, "--quiet",
                        std::string(SAVANT_TEST_SOURCE_DIR) + "/tests/browser/fixtures"})
                .exit_code,
            0);
  const auto [after_status, after] = get_json(server, path);
  ASSERT_EQ(after_status, 200);
  ASSERT_FALSE(after.at("results").empty());
  EXPECT_EQ(after.at("results")[0].at("name"), "Mallory Hacker");
}

TEST_F(ServeApi, ServesConcurrentRequestsConsistently) {
  RunningServer server(options());
  const std::vector<std::string> paths = {
      "/api/search?q=translation", "/api/search?q=experts&venue=ICLR", "/api/topics", "/api/stats"};
  std::vector<std::string> expected;
  for (const std::string& p : paths) expected.push_back(server.client().Get(p)->body);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      auto client = server.client();
      for (int i = 0; i < 15; ++i) {
        const std::size_t k = static_cast<std::size_t>(t + i) % paths.size();
        auto result = client.Get(paths[k]);
        if (!result || result->status != 200 || result->body != expected[k]) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST_F(ServeApi, RequestsOverTheTimeLimitAre503AndFreeTheWorker) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  ServeOptions o = options();
  o.threads = 1;  // one worker: were it held, nothing else would be answered
  o.time_limit = std::chrono::milliseconds(100);
  o.on_api_work = [released] { released.wait(); };  // every search overruns until released
  RunningServer server(o);

  const auto start = std::chrono::steady_clock::now();
  const auto [status, body] = get_json(server, "/api/search?q=translation");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(status, 503);
  EXPECT_EQ(body.at("status"), 503);
  EXPECT_NE(body.at("error").get<std::string>().find("longer than the time limit (0.1 s)"),
            std::string::npos)
      << body.dump();
  // The worker answers again at once: health and the page need no search.
  EXPECT_EQ(get_json(server, "/healthz").first, 200);
  auto page = server.client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  // As many overrunning requests as workers still run: the next is refused unstarted.
  const auto [refused, refused_body] = get_json(server, "/api/researchers/xinyu-zhao");
  EXPECT_EQ(refused, 503);
  EXPECT_NE(refused_body.at("error").get<std::string>().find("too many requests over the time"),
            std::string::npos)
      << refused_body.dump();

  // Once the overrunning search ends, searches are answered again, as the command line does.
  release.set_value();
  int answered = 0;
  for (int i = 0; i < 100 && answered != 200; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    answered = get_json(server, "/api/search?q=translation").first;
  }
  EXPECT_EQ(answered, 200);
}

// A connection to 127.0.0.1:`port` that waits at most 3 s for an answer.
int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  timeval tv{3, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

// Sends `request` on `fd` and returns the first piece of the answer, leaving
// the connection open.
std::string exchange_on(int fd, const std::string& request) {
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  char buffer[65536];
  const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

// Each connection holds a worker while it is open: an idle keep-alive
// connection gives its worker back after the keep-alive time (1 s), and a
// client slow to send its first request is still served within it.
TEST_F(ServeApi, IdleConnectionsHoldAWorkerOnlyForTheKeepAliveTime) {
  ServeOptions o = options();
  o.threads = 1;
  RunningServer server(o);
  const int idle = connect_to(server.port());
  EXPECT_EQ(raw_status(exchange_on(idle, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")), 200);
  // The only worker now waits on `idle`; the next client waits for it.
  const auto start = std::chrono::steady_clock::now();
  auto next = server.client().Get("/healthz");
  const auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
  EXPECT_LT(waited, o.keep_alive + std::chrono::milliseconds(800));
  ::close(idle);

  const int late = connect_to(server.port());
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(raw_status(exchange_on(late, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")), 200);
  ::close(late);
}

TEST_F(ServeApi, TopicsCountResearchers) {
  RunningServer server(options());
  const auto [status, topics] = get_json(server, "/api/topics");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(topics.at("topics").empty());
  const auto [search_status, translation] =
      get_json(server, "/api/search?topic=machine-translation&limit=1&facets=0");
  ASSERT_EQ(search_status, 200);
  bool seen = false;
  for (const auto& t : topics.at("topics")) {
    if (t.at("id") == "machine-translation") {
      seen = true;
      EXPECT_EQ(t.at("researchers"), translation.at("total"));
      EXPECT_FALSE(t.at("label").get<std::string>().empty());
    }
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace savant::serve
