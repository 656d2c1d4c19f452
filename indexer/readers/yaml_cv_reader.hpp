// SPDX-License-Identifier: MIT
// Reads YAML site data of academic homepages: al-folio `_data/cv.yml`, Hugo
// `biography.yml`, `publications.yml` lists and similar files.
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

namespace savant::indexer {

/// Reads a YAML CV or publication list by walking it generically: section
/// keys (education, experience, publications, skills, awards, interests,
/// bio) or section titles (al-folio's `- title: Education / contents:`) set
/// the evidence kind; maps inside them are entries, read by their keys (title,
/// authors, venue, year, institution, position, dates, description, ...).
/// Loose lines of experience, education and publication sections go through
/// the CV extractor. The name comes from top-level `name`/`title` keys, an
/// al-folio "Full Name" row, or a bio's opening ("Bin Wang is ..."); for a
/// bare publication list it is inferred from the author lists. Throws
/// savant::Error (input) for YAML that does not parse.
DocumentRecord read_yaml_cv(const ReaderInput& input);

}  // namespace savant::indexer
