// SPDX-License-Identifier: MIT
// Writing a synthetic researcher as the documents real researchers publish:
// a Markdown or HTML CV, a JSON Resume, a BibTeX or Markdown publication list.
#pragma once

#include <string>

#include "bench/generator/researcher.hpp"

namespace savant::bench {

struct RenderedFile {
  std::string name;     ///< "<slug>__cv.md"
  std::string content;
  std::string venues;   ///< Venue ids of the publications in the file, space separated.
  std::string years;    ///< Their years, space separated.
};

/// File `index` of `r` (an index into r.files). File 0 is the whole CV; the
/// others are publication lists.
RenderedFile render(const Vocabulary& v, const Researcher& r, std::size_t index);

}  // namespace savant::bench
