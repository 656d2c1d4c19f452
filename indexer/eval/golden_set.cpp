// SPDX-License-Identifier: MIT
#include "indexer/eval/golden_set.hpp"

#include "schema/venues.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace savant::indexer::eval {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

Error bad(const std::string& origin, const std::string& what) {
  return Error(ErrorCategory::usage, fmt::format("{}: {}", origin, what));
}

// A field that may be one string or a list of strings (alternatives); null is none.
std::vector<std::string> strings(const json& value, const std::string& origin, const char* key) {
  std::vector<std::string> out;
  if (value.is_null()) return out;
  if (value.is_string()) return {value.get<std::string>()};
  if (!value.is_array())
    throw bad(origin, fmt::format("'{}' must be a string, a list or null", key));
  for (const auto& item : value) {
    if (!item.is_string()) throw bad(origin, fmt::format("'{}' must hold strings", key));
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::string golden_lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<fs::path> golden_files(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw bad(dir, "no such golden directory");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw bad(dir, "no golden *.json files");
  return files;
}

json parse(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  try {
    return json::parse(text.str());
  } catch (const json::exception& e) {
    throw bad(path.string(), fmt::format("not valid JSON: {}", e.what()));
  }
}

GoldenPublication publication(const json& p, const std::string& origin,
                              const schema::VenueTable& venues) {
  if (!p.is_object()) throw bad(origin, "each publication must be an object");
  GoldenPublication out;
  for (const std::string& name : strings(p.value("venue", json()), origin, "venue")) {
    if (const schema::Venue* venue = venues.find(name)) out.venues.push_back(venue->id);
  }
  const json year = p.value("year", json());
  if (year.is_number_integer()) {
    out.year = year.get<int>();
  } else if (!year.is_null()) {
    throw bad(origin, "'year' must be an integer or null");
  }
  const json status = p.value("status", json());
  if (status.is_string()) {
    out.status = status.get<std::string>();
    if (out.status != "published" && out.status != "preprint" && out.status != "under review") {
      throw bad(origin, fmt::format("unknown status '{}'", out.status));
    }
  } else if (!status.is_null()) {
    throw bad(origin, "'status' must be a string or null");
  }
  return out;
}

}  // namespace

std::vector<GoldenDocument> load_golden_set(const std::string& dir) {
  const auto& venues = schema::VenueTable::builtin();
  std::vector<GoldenDocument> set;
  for (const fs::path& path : golden_files(dir)) {
    const std::string origin = path.string();
    json doc = parse(path);
    if (!doc.is_object() || !doc.contains("file") || !doc["file"].is_string()) {
      throw bad(origin, "needs a \"file\" string");
    }
    GoldenDocument golden;
    golden.origin = origin;
    golden.file = doc["file"].get<std::string>();
    golden.format = doc.value("format", "");
    golden.names = strings(doc.value("name", json()), origin, "name");
    for (auto& email : strings(doc.value("emails", json::array()), origin, "emails")) {
      golden.emails.push_back(golden_lower(email));
    }
    const json pubs = doc.value("publications", json::array());
    if (!pubs.is_array()) throw bad(origin, "'publications' must be a list");
    for (const auto& p : pubs) golden.publications.push_back(publication(p, origin, venues));
    set.push_back(std::move(golden));
  }
  return set;
}

std::vector<std::string> unknown_golden_venues(const std::string& dir) {
  const auto& venues = schema::VenueTable::builtin();
  std::vector<std::string> unknown;
  for (const fs::path& path : golden_files(dir)) {
    json doc = parse(path);
    for (const auto& p : doc.value("publications", json::array())) {
      for (const auto& name : strings(p.value("venue", json()), path.string(), "venue")) {
        if (venues.find(name) == nullptr) {
          unknown.push_back(fmt::format("{}: {}", path.filename().string(), name));
        }
      }
    }
  }
  return unknown;
}

}  // namespace savant::indexer::eval
