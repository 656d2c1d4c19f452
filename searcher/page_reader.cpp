// SPDX-License-Identifier: MIT
#include "searcher/page_reader.hpp"

#include "schema/record_json.hpp"
#include "schema/terms.hpp"

#include <nlohmann/json.hpp>

#include <future>

namespace savant::searcher {
namespace {

// One reader for the part: a record shared by two researchers is read once.
std::vector<PageEntry> read_part(const Xapian::Database& db, EvidenceReader& evidence,
                                 std::span<const RankedResearcher> ranked,
                                 std::size_t evidence_per_result) {
  std::vector<PageEntry> out;
  out.reserve(ranked.size());
  for (const RankedResearcher& r : ranked) {
    PageEntry entry{read_researcher(db, r.id), {}};
    evidence.know(entry.researcher);
    for (std::size_t u = 0; u < r.units.size() && u < evidence_per_result; ++u) {
      entry.evidence.push_back(evidence.read(db.get_document(r.units[u].docid)));
    }
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

Researcher read_researcher(const Xapian::Database& db, const std::string& id) {
  const std::string unique = schema::researcher_unique_term(id);
  auto it = db.postlist_begin(unique);
  if (it == db.postlist_end(unique)) return Researcher{id, id, {}, {}, {}, {}, 0, {}};
  return schema::researcher_from_json(nlohmann::json::parse(db.get_document(*it).get_data()));
}

std::vector<PageEntry> read_page(const Xapian::Database& db, EvidenceReader& evidence,
                                 const Xapian::Database* twin,
                                 std::span<const RankedResearcher> ranked,
                                 std::size_t evidence_per_result) {
  if (twin == nullptr || ranked.size() < 2) {
    return read_part(db, evidence, ranked, evidence_per_result);
  }
  const std::size_t half = ranked.size() / 2;
  // The second half on its own thread with its own handle (a handle is for
  // one thread at a time); an error there comes out of get() as thrown.
  auto second =
      std::async(std::launch::async, [twin, rest = ranked.subspan(half), evidence_per_result] {
        EvidenceReader own(*twin);
        return read_part(*twin, own, rest, evidence_per_result);
      });
  std::vector<PageEntry> out;
  try {
    out = read_part(db, evidence, ranked.first(half), evidence_per_result);
  } catch (...) {
    second.wait();
    throw;
  }
  std::vector<PageEntry> more = second.get();
  out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  return out;
}

}  // namespace savant::searcher
