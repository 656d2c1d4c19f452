// SPDX-License-Identifier: MIT
// The query language's field table.
#include "schema/fields.hpp"

#include "schema/prefixes.hpp"

namespace savant::schema {

const std::vector<Field>& query_fields() {
  static const std::vector<Field> fields = {
      {"name", kPrefixName, FieldType::free_text, "words of the researcher's name"},
      {"title", kPrefixTitle, FieldType::free_text, "words of a publication or job title"},
      {"institution", kPrefixInstitution, FieldType::researcher_words,
       "words of a university, lab or employer"},
      {"venue", kPrefixVenue, FieldType::venue, "a venue by id or alias: venue:NeurIPS"},
      {"topic", kPrefixTopic, FieldType::topic,
       "a taxonomy topic by id or alias: topic:mixture-of-experts"},
      {"year", kPrefixYear, FieldType::year, "a year or range: year:2023, year:2022..2024"},
      {"email", kPrefixEmail, FieldType::researcher_exact, "an e-mail address"},
      {"kind", kPrefixKind, FieldType::boolean,
       "evidence kind: publication, experience, education, summary, skills"},
      {"status", kPrefixStatus, FieldType::boolean,
       "publication status: published, preprint, under-review"},
      {"role", kPrefixRole, FieldType::boolean, "authorship: first, co-first, co-author"},
  };
  return fields;
}

}  // namespace savant::schema
