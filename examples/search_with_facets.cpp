// SPDX-License-Identifier: MIT
// Example: search an existing index with filters and print facet counts.
//
//   search_with_facets INDEX_DIR QUERY [VENUE [FROM_YEAR [TO_YEAR]]]
//   search_with_facets /tmp/cv-index "mixture of experts" ICLR 2023 2024
#include <savant/savant.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 3 || argc > 6) {
    std::fprintf(stderr, "usage: %s INDEX_DIR QUERY [VENUE [FROM_YEAR [TO_YEAR]]]\n", argv[0]);
    return 1;
  }
  try {
    savant::Searcher searcher(argv[1]);
    savant::SearchRequest request;
    request.query = argv[2];
    // Filters hold for one piece of evidence: an ICLR paper from these years.
    if (argc > 3) request.venue = argv[3];
    if (argc > 4) request.year_from = std::atoi(argv[4]);
    if (argc > 5) request.year_to = std::atoi(argv[5]);
    request.facets = true;
    request.evidence_per_result = 2;

    const savant::SearchResults results = searcher.search(request);
    std::printf("%zu researcher(s) match\n", results.total);
    for (const savant::SearchHit& hit : results.hits) {
      std::printf("%zu. %s [%s]\n", hit.rank, hit.researcher.name.c_str(),
                  hit.researcher.id.c_str());
      for (const savant::EvidenceHit& e : hit.evidence) {
        std::printf("   - %s (%s %d)\n", e.title.c_str(), e.venue.c_str(), e.year);
      }
    }
    // Facet counts are researchers, not documents: what each filter value would return.
    for (const auto& [facet, values] : results.facets) {
      std::printf("%s:", facet.c_str());
      for (const auto& [value, count] : values) std::printf(" %s=%zu", value.c_str(), count);
      std::printf("\n");
    }

    // Every researcher record can be read back too, with all their evidence.
    if (!results.hits.empty()) {
      const std::string& id = results.hits.front().researcher.id;
      if (auto profile = searcher.researcher(id)) {
        std::printf("%s has %zu piece(s) of evidence\n", profile->researcher.name.c_str(),
                    profile->evidence.size());
      }
    }
  } catch (const savant::Error& e) {
    std::fprintf(stderr, "error (%s): %s\n", savant::to_string(e.category()), e.what());
    return e.category() == savant::ErrorCategory::query ? 2 : 3;
  }
  return 0;
}
