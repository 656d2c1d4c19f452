// SPDX-License-Identifier: MIT
// `savant serve`: the web page and JSON API over an index, until interrupted.
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/serve/access_token.hpp"
#include "cli/serve/web_server.hpp"
#include "cli/settings.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <thread>

namespace savant::cli {

namespace po = boost::program_options;

namespace {

// Each worker is a thread; more than this is a typo, not a plan.
constexpr std::uint64_t kMaxThreads = 1024;
constexpr std::uint64_t kMaxTimeLimit = 3600;

// SIGINT and SIGTERM are taken by a thread of their own (sigwait), which
// stops the server: httplib's stop() is not safe in a signal handler.
class StopOnSignal {
 public:
  explicit StopOnSignal(serve::WebServer& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    waiter_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (!done_) fmt::print(stderr, "savant: stopping\n");
      server.stop();
    });
  }
  // After run() returned by itself: wake the waiting thread.
  ~StopOnSignal() {
    done_ = true;
    pthread_kill(waiter_.native_handle(), SIGTERM);
    waiter_.join();
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  sigset_t signals_{};
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

}  // namespace

int run_serve(const Args& args) {
  po::options_description options(
      "Usage: savant serve [options]\n\n"
      "Serve the web page and the JSON API over an index (read-only) until interrupted.\n"
      "Binds to loopback unless --bind says otherwise; any other address needs --token-file.\n"
      "Options");
  IndexLocationOptions location;
  serve::ServeOptions serve_options;
  std::string token_file;
  std::uint64_t time_limit = 10;
  // clang-format off
  options.add_options()("help,h", "show this help");
  location.add_to(options);
  options.add_options()
      ("bind", po::value(&serve_options.bind)->default_value("127.0.0.1")->value_name("ADDR"),
       "address to listen on")
      ("port", whole_number(&serve_options.port, 0, 65535)->default_value(8080)
                   ->value_name("PORT"),
       "port to listen on (0: any free port, printed at start)")
      ("token-file", po::value(&token_file)->value_name("FILE"),
       "require the access token in FILE (Authorization: Bearer, or ?token= once)")
      ("time-limit", whole_number(&time_limit, 1, kMaxTimeLimit)->default_value(time_limit)
                         ->value_name("S"),
       "seconds an API request may compute before it is answered 503 (it then finishes in "
       "the background)")
      ("threads", whole_number(&serve_options.threads, 1, kMaxThreads)->default_value(8)
                      ->value_name("N"),
       "worker threads (connections served at once)");
  // clang-format on
  if (!parse_command(args, options)) return kExitOk;
  serve_options.time_limit = std::chrono::seconds(time_limit);
  if (!token_file.empty()) serve_options.token = serve::read_token_file(token_file);
  Settings settings = resolve_settings(location.db, location.config);
  serve_options.db = settings.db;
  serve_options.ranking = settings.ranking;
  check_ranking_settings(serve_options.ranking);

  serve::WebServer server(serve_options);
  const int port = server.bind();
  const std::string& host = serve_options.bind;
  fmt::print(stderr, "savant: serving {} at http://{}:{}/{} (Ctrl-C stops)\n", settings.db,
             host.find(':') != std::string::npos ? "[" + host + "]" : host, port,
             serve_options.token.empty() ? "" : "?token=...");
  {
    StopOnSignal stop_on_signal(server);
    server.run();
  }
  return kExitOk;
}

}  // namespace savant::cli
