// SPDX-License-Identifier: MIT
// WebServer: cpp-httplib wired to the API handlers, the page's files and the
// access checks. Everything the server answers is listed in add_routes().
#include "cli/serve/web_server.hpp"

#include "cli/serve/access_token.hpp"
#include "cli/serve/api_handlers.hpp"
#include "cli/serve/api_json.hpp"
#include "cli/serve/assets.hpp"
#include "cli/serve/bind_address.hpp"
#include "cli/serve/request_params.hpp"
#include "cli/serve/searcher_pool.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <atomic>
#include <httplib.h>
#include <thread>
#include <utility>

namespace savant::serve {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// The page loads only its own files and talks only to its own API: no inline
// script or style, nothing from elsewhere, never framed. A snippet or name that
// slipped past the page's escaping still could not run.
const httplib::Headers& security_headers() {
  static const httplib::Headers headers = {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  };
  return headers;
}

void send(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(answer.body, kJson);
}

void send_error(httplib::Response& res, int status, std::string_view message) {
  send(res, ApiResponse{status, error_json(status, message)});
}

void send_asset(httplib::Response& res, std::string_view name) {
  const Asset* asset = find_asset(name);
  if (asset == nullptr) {
    send_error(res, 404, "no such file");
    return;
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(asset->data.data(), asset->data.size(), std::string(asset->content_type));
}

// httplib 0.11 decodes %XX in parameters but leaves '+' alone, which browsers
// write for spaces; the target is parsed again, as a form would be.
QueryParams params_of(const httplib::Request& req) { return parse_query_string(req.target); }

// The token a request presents: header first, then cookie, then ?token=.
struct Presented {
  std::optional<std::string> token;
  bool from_query = false;
};

Presented presented_token(const httplib::Request& req) {
  if (auto t = bearer_token(req.get_header_value("Authorization"))) return {t, false};
  if (auto t = cookie_value(req.get_header_value("Cookie"), kTokenCookie)) return {t, false};
  QueryParams params = params_of(req);
  if (auto it = params.find("token"); it != params.end()) return {it->second, true};
  return {};
}

// Reasons for the statuses httplib answers by itself.
std::string_view reason(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found: the server answers /, /researchers/ID, /assets/, /api/ and /healthz";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 416:
      return "range not satisfiable";
    case 431:
      return "request headers too large";
    default:
      return "error";
  }
}

std::string url_host(const std::string& host) {
  return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

}  // namespace

struct WebServer::Impl {
  ServeOptions options;
  SearcherPool pool;
  Api api;
  httplib::Server server;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> run_started{false};
  std::atomic<bool> run_returned{false};

  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        pool(options.db),
        api(pool, options.ranking, options.time_limit, options.threads, options.on_api_work) {
    configure();
    add_routes();
  }

  void configure() {
    const std::size_t threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    auto seconds = [](std::chrono::milliseconds ms) {
      return static_cast<time_t>(ms.count() / 1000);
    };
    auto micros = [](std::chrono::milliseconds ms) {
      return static_cast<time_t>((ms.count() % 1000) * 1000);
    };
    server.set_read_timeout(seconds(options.read_timeout), micros(options.read_timeout));
    server.set_write_timeout(seconds(options.write_timeout), micros(options.write_timeout));
    // cpp-httplib 0.11 gives each connection a worker for its whole life, and
    // waits up to this long both for a new connection's first request and for
    // an idle connection's next one: the shortest wait it allows (it counts
    // whole seconds; 0 drops requests arriving 10 ms after the connection).
    server.set_keep_alive_timeout(static_cast<time_t>(options.keep_alive.count()));
    server.set_keep_alive_max_count(1000);
    server.set_payload_max_length(options.max_body_bytes);
    server.set_tcp_nodelay(true);
    server.set_default_headers(security_headers());
    server.set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return admit(req, res); });
    // Errors the library answers itself (unknown path, URI too long, body too
    // large, malformed request) get a JSON body like the API's own errors.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) {
        send_error(res, res.status, reason(res.status));
      }
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          send_error(res, 500, "internal error");
        });
  }

  // Read-only: GET and HEAD only. With a token, every route but /healthz needs it.
  httplib::Server::HandlerResponse admit(const httplib::Request& req, httplib::Response& res) {
    using R = httplib::Server::HandlerResponse;
    if (req.method != "GET" && req.method != "HEAD") {
      res.set_header("Allow", "GET, HEAD");
      send_error(res, 405, "method not allowed: the server is read-only (GET and HEAD)");
      return R::Handled;
    }
    if (options.token.empty() || req.path == "/healthz") return R::Unhandled;
    Presented presented = presented_token(req);
    if (!presented.token || !same_token(options.token, *presented.token)) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"savant\"");
      send_error(res, 401,
                 "this server needs its access token: 'Authorization: Bearer TOKEN', or open "
                 "the page once as /?token=TOKEN");
      return R::Handled;
    }
    // A page opened with ?token= keeps working: its requests carry the cookie.
    if (presented.from_query) {
      res.set_header("Set-Cookie", fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict",
                                               kTokenCookie, options.token));
    }
    return R::Unhandled;
  }

  void add_routes() {
    auto page = [](const httplib::Request&, httplib::Response& res) {
      send_asset(res, "index.html");
    };
    server.Get("/", page);
    server.Get(R"(/researchers/[^/]+)", page);
    server.Get(R"(/assets/([^/]+))", [](const httplib::Request& req, httplib::Response& res) {
      send_asset(res, req.matches[1].str());
    });
    server.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      send(res, api.search(params_of(req)));
    });
    server.Get(R"(/api/researchers/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 send(res, api.researcher(req.matches[1].str(), params_of(req)));
               });
    server.Get(R"(/api/similar/([^/]+))",
               [this](const httplib::Request& req, httplib::Response& res) {
                 send(res, api.similar(req.matches[1].str(), params_of(req)));
               });
    server.Get("/api/topics", [this](const httplib::Request& req, httplib::Response& res) {
      send(res, api.topics(params_of(req)));
    });
    server.Get("/api/stats", [this](const httplib::Request& req, httplib::Response& res) {
      send(res, api.stats(params_of(req)));
    });
    server.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
      send(res, api.health());
    });
  }
};

WebServer::WebServer(ServeOptions options) {
  if (options.token.empty() && !is_loopback_address(options.bind)) {
    throw Error(ErrorCategory::usage,
                fmt::format("serve: --bind {} is reachable from other machines: give an access "
                            "token with --token-file FILE (or bind 127.0.0.1)",
                            options.bind));
  }
  if (options.threads == 0) throw Error(ErrorCategory::usage, "serve: --threads must be >= 1");
  impl_ = std::make_unique<Impl>(std::move(options));
}

WebServer::~WebServer() = default;

int WebServer::bind() {
  const ServeOptions& o = impl_->options;
  int port = o.port;
  bool bound = false;
  if (port == 0) {
    port = impl_->server.bind_to_any_port(o.bind);
    bound = port > 0;
  } else {
    bound = impl_->server.bind_to_port(o.bind, port);
  }
  if (!bound) {
    throw Error(ErrorCategory::io,
                fmt::format("serve: cannot listen on {}:{} (port in use, or not an address of "
                            "this machine)",
                            url_host(o.bind), o.port));
  }
  return port;
}

void WebServer::run() {
  impl_->run_started = true;
  if (!impl_->stop_requested) impl_->server.listen_after_bind();
  impl_->run_returned = true;
}

void WebServer::stop() {
  impl_->stop_requested = true;
  // httplib's stop() does nothing until listening has begun: wait for that,
  // unless run() has not been called or has already returned.
  while (impl_->run_started && !impl_->run_returned && !impl_->server.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->server.stop();
}

}  // namespace savant::serve
