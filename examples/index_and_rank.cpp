// SPDX-License-Identifier: MIT
// Example: index a folder of CVs, then print the top researchers for a topic.
//
//   index_and_rank INDEX_DIR FOLDER TOPIC
//   index_and_rank /tmp/cv-index corpus/seeds "machine translation"
#include <savant/savant.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s INDEX_DIR FOLDER TOPIC\n", argv[0]);
    return 1;
  }
  try {
    // Build (or update: unchanged files are skipped) the index.
    savant::IndexOptions options;
    options.db_path = argv[1];
    options.inputs = {argv[2]};
    const savant::IndexReport report = savant::index_files(options);
    std::printf("indexed %zu file(s): %zu researcher(s), %zu publication(s)\n", report.files_seen,
                report.researchers, report.publications);
    for (const savant::FileFailure& failure : report.failures) {
      std::fprintf(stderr, "skipped %s: %s\n", failure.path.c_str(), failure.reason.c_str());
    }

    // Rank people, not files, for the topic; show each one's best evidence.
    savant::Searcher searcher(argv[1]);
    savant::SearchRequest request;
    request.query = argv[3];
    request.limit = 5;
    request.evidence_per_result = 1;
    const savant::SearchResults results = searcher.search(request);
    std::printf("top researchers for \"%s\" (%zu match):\n", argv[3], results.total);
    for (const savant::SearchHit& hit : results.hits) {
      std::printf("%2zu. %-24s %6.2f", hit.rank, hit.researcher.name.c_str(), hit.score);
      if (!hit.evidence.empty()) {
        const savant::EvidenceHit& best = hit.evidence.front();
        std::printf("  %s: %s", savant::to_string(best.kind), best.title.c_str());
      }
      std::printf("\n");
    }
  } catch (const savant::Error& e) {
    // One exception type; the category says what kind of failure it was.
    std::fprintf(stderr, "error (%s): %s\n", savant::to_string(e.category()), e.what());
    return 2;
  }
  return 0;
}
