// SPDX-License-Identifier: MIT
// Shard routing and the stub file of a sharded index.
#include "schema/shard_layout.hpp"

#include <fmt/format.h>

#include "schema/text_normalizer.hpp"

namespace savant::schema {

std::size_t shard_of(std::string_view researcher_id, std::size_t shards) {
  if (shards <= 1) return 0;
  return static_cast<std::size_t>(stable_hash(researcher_id) % shards);
}

std::string shard_directory_name(std::size_t shard) { return fmt::format("shard-{}", shard); }

std::string stub_text(std::size_t shards) {
  std::string text = fmt::format(
      "# savant sharded index: {} shard(s); each researcher lives on shard\n"
      "# FNV-1a(researcher id) mod {}. Written by 'savant index --shards'; Xapian\n"
      "# stub format (lines 'auto PATH' or 'remote HOST:PORT').\n",
      shards, shards);
  for (std::size_t i = 0; i < shards; ++i) text += "auto " + shard_directory_name(i) + "\n";
  return text;
}

std::size_t shard_count_of_stub(std::string_view text) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    if (line != "auto " + shard_directory_name(count)) return 0;
    ++count;
  }
  return count;
}

}  // namespace savant::schema
