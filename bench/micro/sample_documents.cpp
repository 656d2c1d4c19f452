// SPDX-License-Identifier: MIT
#include "bench/micro/sample_documents.hpp"

namespace savant::bench {

const Vocabulary& sample_vocabulary() {
  static const Vocabulary vocabulary;
  return vocabulary;
}

RenderedFile sample_file(std::uint64_t number, std::size_t index) {
  const Researcher r = make_researcher(sample_vocabulary(), 42, number, 3);
  return render(sample_vocabulary(), r, index);
}

RenderedFile sample_in_format(Format format) {
  for (std::uint64_t number = 0;; ++number) {
    const Researcher r = make_researcher(sample_vocabulary(), 42, number, 3);
    for (std::size_t i = 0; i < r.files.size(); ++i) {
      if (r.files[i] == format) return render(sample_vocabulary(), r, i);
    }
  }
}

}  // namespace savant::bench
