// SPDX-License-Identifier: MIT
// Unique, topic, venue and year terms.
#include "schema/terms.hpp"

#include "schema/prefixes.hpp"
#include "schema/text_normalizer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace savant::schema {

std::string make_term(std::string_view prefix, std::string_view value) {
  std::string t(prefix);
  t += value;
  // Xapian's limit is 245 bytes per term; longer values are hashed to fit.
  if (t.size() > 240) t = fmt::format("{}#{:016x}", prefix, stable_hash(value));
  return t;
}

std::string source_unique_term(const std::string& path) {
  return make_term(kPrefixUnique, "src:" + path);
}

std::string researcher_unique_term(const std::string& id) {
  return make_term(kPrefixUnique, "res:" + id);
}

// Only replace_document() looks this term up (the sweep goes by docid, a
// researcher's units by their XR term), so it is a hash of the researcher and
// the key: 18 bytes instead of about 40 in every unit's termlist and postlist
// (schema 6). 64 bits keep collisions negligible at millions of units.
std::string evidence_unique_term(const std::string& id, const std::string& evidence_key) {
  StableHasher hash;
  hash.add(id);
  hash.add(std::string_view("\0", 1));
  hash.add(evidence_key);
  return fmt::format("{}e{:016x}", kPrefixUnique, hash.value());
}

std::string topic_term(std::string_view id) {
  std::string value(id);
  std::replace(value.begin(), value.end(), '-', '_');
  return make_term(kPrefixTopic, value);
}

std::string venue_term(std::string_view id) {
  std::string value(id);
  std::transform(value.begin(), value.end(), value.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return make_term(kPrefixVenue, value);
}

std::string year_term(int year) { return make_term(kPrefixYear, std::to_string(year)); }

bool only_on_evidence(std::string_view term) {
  if (term.empty()) return false;
  // Evidence units carry XK<their kind> too; only these kinds are other documents'.
  for (const std::string_view kind : {kKindSource, kKindResearcher, kKindVocabulary}) {
    if (term == make_term(kPrefixKind, kind)) return false;
  }
  if (term.starts_with(kPrefixKind)) return true;
  // Affiliation words are Z-stemmed (ZXI...) or, for CJK n-grams, XI... as written.
  const std::string stemmed_institution = std::string("Z") + std::string(kPrefixInstitution);
  for (const std::string_view prefix :
       {kPrefixUnique, kPrefixResearcher, kPrefixEmail, kPrefixSpelling, kPrefixSource,
        kPrefixInstitution, std::string_view(stemmed_institution)}) {
    if (term.starts_with(prefix)) return false;
  }
  return true;
}

}  // namespace savant::schema
