// SPDX-License-Identifier: MIT
#include "cli/serve/assets.hpp"

#include "cli/serve/embedded_assets.hpp"

#include <map>
#include <string>

namespace savant::serve {
namespace {

std::string_view content_type_of(std::string_view name) {
  static const std::map<std::string_view, std::string_view> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
  };
  const std::size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    if (auto it = kTypes.find(name.substr(dot)); it != kTypes.end()) return it->second;
  }
  return "application/octet-stream";
}

const std::map<std::string_view, Asset>& asset_table() {
  static const std::map<std::string_view, Asset> table = [] {
    std::map<std::string_view, Asset> t;
    for (const auto& file : embedded::assets()) {
      t.emplace(file.name, Asset{file.name, content_type_of(file.name), file.data});
    }
    return t;
  }();
  return table;
}

}  // namespace

const Asset* find_asset(std::string_view name) {
  const auto& table = asset_table();
  auto it = table.find(name);
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace savant::serve
