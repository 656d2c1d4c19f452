// SPDX-License-Identifier: MIT
// The field names the query language accepts (`name:`, `venue:`, ...) and how
// each maps onto the index layout.
#pragma once

#include <string_view>
#include <vector>

namespace savant::schema {

/// How the query parser treats a field's value.
enum class FieldType {
  free_text,  ///< Words, stemmed like the body text, under a term prefix.
  boolean,    ///< An exact value; filters without weighing.
  venue,      ///< Resolved through the venue table to a canonical venue term.
  topic,      ///< Resolved through the taxonomy to a canonical topic term.
  year,       ///< A year or a range `2022..2024`: the year terms in range.
  /// Words, stemmed, of the unit's own organisation or of its researcher's
  /// affiliations (on the researcher document; schema 9): weighted.
  researcher_words,
  /// An exact value on the researcher document (schema 9): filters the
  /// researcher's units without weighing.
  researcher_exact,
};

struct Field {
  std::string_view name;    ///< As typed in a query, without the colon.
  std::string_view prefix;  ///< Term prefix.
  FieldType type;
  std::string_view help;  ///< One line for --help and the README.
};

/// Every field of the query language, in the order the help lists them.
const std::vector<Field>& query_fields();

}  // namespace savant::schema
