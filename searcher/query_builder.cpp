// SPDX-License-Identifier: MIT
// Query language parsing (Xapian::QueryParser configured from the schema's
// field table) and the request's filters.
#include "searcher/query_builder.hpp"

#include "schema/fields.hpp"
#include "schema/prefixes.hpp"
#include "schema/printable.hpp"
#include "schema/taxonomy.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"
#include "searcher/field_processors.hpp"
#include "searcher/function_words.hpp"
#include "searcher/topic_rewriter.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <cctype>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace savant::searcher {
namespace {

// The query is quoted escaped and shortened: it may hold control characters
// or be thousands of words long.
Error query_error(const std::string& query, const std::string& reason) {
  return Error(ErrorCategory::query,
               fmt::format("query '{}': {}", schema::printable(query), reason));
}

std::size_t count_words(const std::string& query) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : query) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
         c == '_';
}

bool is_operator(const std::string& word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR";
}

// Xapian 1.4's query parser leaks its parse state when a FieldProcessor throws
// (LeakSanitizer, `savant search 'year:20x4'`), so no processor throws through
// it: the first error is kept in `error`, and build_query throws it once
// parse_query has returned.
class ErrorKeepingFieldProcessor : public Xapian::FieldProcessor {
 public:
  ErrorKeepingFieldProcessor(std::unique_ptr<Xapian::FieldProcessor> inner, std::string& error)
      : inner_(std::move(inner)), error_(error) {}

  Xapian::Query operator()(const std::string& value) override {
    try {
      return (*inner_)(value);
    } catch (const Error& e) {
      if (error_.empty()) error_ = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  std::unique_ptr<Xapian::FieldProcessor> inner_;
  std::string& error_;
};

Xapian::FieldProcessor* keeping_errors(std::unique_ptr<Xapian::FieldProcessor> inner,
                                       std::string& error) {
  return (new ErrorKeepingFieldProcessor(std::move(inner), error))->release();
}

// A stemmed term of the query parser split into its field prefix and stem
// ("ZSthe": "S", "the"): the parser's Z, the field's upper-case prefix, then
// the stem. Nothing for any other query or term (topics, venues, years,
// e-mails, researchers are exact terms without Z).
struct StemmedTerm {
  std::string_view prefix;
  std::string_view stem;
};

std::optional<StemmedTerm> stemmed_term(const Xapian::Query& query, std::string& storage) {
  if (query.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
  storage = *query.get_terms_begin();
  if (storage.empty() || storage[0] != 'Z') return std::nullopt;
  std::size_t stem = 1;
  while (stem < storage.size() && std::isupper(static_cast<unsigned char>(storage[stem]))) ++stem;
  const std::string_view term(storage);
  return StemmedTerm{term.substr(1, stem - 1), term.substr(stem)};
}

// The words of one query being built: which function words it asks for
// (function_words_asked_for) and how each term is to be read.
class WordRules {
 public:
  explicit WordRules(const std::set<std::string>& asked) : asked_(asked) {}

  // A stemmed term of a function word the query did not ask for, in any
  // field; `in_name` says whether the field is the researcher's name.
  bool is_function_word_term(const Xapian::Query& query, bool& in_name) const {
    std::string storage;
    const std::optional<StemmedTerm> term = stemmed_term(query, storage);
    if (!term || !is_function_word_stem(term->stem) || asked_.count(std::string(term->stem))) {
      return false;
    }
    in_name = term->prefix == schema::kPrefixName;
    return true;
  }

  // A function word outside the name: left out beside another word. In the
  // name it is part of the name ("An", "To" are surnames: name:"an wang").
  bool is_left_out_term(const Xapian::Query& query) const {
    bool in_name = false;
    return is_function_word_term(query, in_name) && !in_name;
  }

  // Whether `query` holds a stemmed term of a word that counts: not a
  // function word, or one the query asked for, or one in the name.
  bool has_word(const Xapian::Query& query) const {
    std::string storage;
    if (const std::optional<StemmedTerm> term = stemmed_term(query, storage)) {
      return !is_function_word_stem(term->stem) || asked_.count(std::string(term->stem)) != 0 ||
             term->prefix == schema::kPrefixName;
    }
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      if (has_word(query.get_subquery(i))) return true;
    }
    return false;
  }

  // Which of the subqueries of an AND or OR are function words to leave out
  // when another word stays: a function word's term outside the name; a bare
  // word's alternatives (`of` is `Zof OR ZAof`: the text and the name), whole
  // or flattened by the parser into the OR of the words; never a phrase, a
  // field processor's query or the name field alone.
  std::vector<bool> left_out(const Xapian::Query& query) const {
    const std::size_t n = query.get_num_subqueries();
    std::set<std::string> bare;  // stems whose text term is a direct subquery
    std::string storage;
    for (std::size_t i = 0; i < n; ++i) {
      const Xapian::Query part = query.get_subquery(i);
      if (is_left_out_term(part)) bare.insert(std::string(stemmed_term(part, storage)->stem));
    }
    std::vector<bool> out(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      const Xapian::Query part = query.get_subquery(i);
      bool in_name = false;
      if (is_function_word_term(part, in_name)) {
        out[i] = !in_name || bare.count(std::string(stemmed_term(part, storage)->stem)) != 0;
      } else if (part.get_type() == Xapian::Query::OP_OR ||
                 part.get_type() == Xapian::Query::OP_SYNONYM) {
        out[i] = is_bare_function_word(part);
      }
    }
    return out;
  }

 private:
  // An OR of function words' terms, one of them outside the name.
  bool is_bare_function_word(const Xapian::Query& query) const {
    bool outside_name = false;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      bool in_name = false;
      if (!is_function_word_term(query.get_subquery(i), in_name)) return false;
      outside_name |= !in_name;
    }
    return outside_name;
  }

  const std::set<std::string>& asked_;
};

// The index has no positions, so Xapian runs every phrase as the AND of its
// terms (Database::has_positions() is false): writing it as that AND lets
// MSet::snippet highlight the words, which it does not for a phrase of stems
// (it compares a phrase's terms with the words as written, and the index has
// stems only).
//
// Function words are left out wherever another word stays: in a phrase's AND
// ("mixture of experts" is mixture AND experts) and in the AND or OR of the
// words (`history of science` is history AND science, and its relaxed retry
// history OR science). "of" is in nearly every unit: requiring it changed
// almost no match while the AND skipped through its posting list at every
// match, and ORing it matched units holding only it. A query of function
// words only keeps them, as do the name field, `+of`, `-the` and NOT the (an
// exclusion is no AND or OR of words) (docs/ARCHITECTURE.md, "Function
// words"). Operators whose parameters Xapian 1.4 does not expose (scale
// factors, windows) are left alone with their subqueries; the query parser
// puts none above a word.
Xapian::Query matched_words(const Xapian::Query& query, const WordRules& rules) {
  const Xapian::Query::op op = query.get_type();
  const std::size_t n = query.get_num_subqueries();
  std::vector<Xapian::Query> parts;
  parts.reserve(n);
  switch (op) {
    case Xapian::Query::OP_PHRASE: {
      for (std::size_t i = 0; i < n; ++i) {
        if (!rules.is_left_out_term(query.get_subquery(i))) parts.push_back(query.get_subquery(i));
      }
      if (parts.empty()) {  // "the of": nothing else to match
        for (std::size_t i = 0; i < n; ++i) parts.push_back(query.get_subquery(i));
      }
      return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR: {
      const std::vector<bool> left_out = rules.left_out(query);
      bool another_word = false;
      for (std::size_t i = 0; i < n; ++i) {
        another_word |= !left_out[i] && rules.has_word(query.get_subquery(i));
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (another_word && left_out[i]) continue;
        parts.push_back(matched_words(query.get_subquery(i), rules));
      }
      return Xapian::Query(op, parts.begin(), parts.end());
    }
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      for (std::size_t i = 0; i < n; ++i) {
        parts.push_back(matched_words(query.get_subquery(i), rules));
      }
      return Xapian::Query(op, parts.begin(), parts.end());
    default:
      return query;
  }
}

// Whether `query` holds a phrase or a function word's term: else the query
// is left as the parser made it (nothing to rewrite, and nothing rebuilt).
bool has_phrase_or_function_word(const Xapian::Query& query) {
  if (query.get_type() == Xapian::Query::OP_PHRASE) return true;
  std::string storage;
  if (const std::optional<StemmedTerm> term = stemmed_term(query, storage)) {
    return is_function_word_stem(term->stem);
  }
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    if (has_phrase_or_function_word(query.get_subquery(i))) return true;
  }
  return false;
}

}  // namespace

Xapian::Query words_as_matched(const Xapian::Query& query, const std::set<std::string>& asked) {
  if (!has_phrase_or_function_word(query)) return query;
  return matched_words(query, WordRules(asked));
}

namespace {

// The parser flags of every query (and of a field value parsed again).
constexpr unsigned kParserFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                  Xapian::QueryParser::FLAG_PURE_NOT |
                                  Xapian::QueryParser::FLAG_CJK_NGRAM;

// The stemming every query gets: the index has stems only (schema 4), so
// every word, name and field word is searched as its Z stem; CJK n-grams,
// which Xapian never stems, as typed.
void set_stemming(Xapian::QueryParser& parser, const Xapian::Stem& stemmer) {
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
}

// `xinst:<hex>` (encode_institutions): the value as typed is parsed again as
// the free-text field `institution:` was parsed before schema 9, which gives
// the terms over units (the unit's own organisation); institution_query adds
// the units of the researchers whose affiliations match.
class InstitutionFieldProcessor : public Xapian::FieldProcessor {
 public:
  InstitutionFieldProcessor(const Xapian::Database& db, const QueryTarget& target)
      : db_(db), target_(target) {}

  Xapian::Query operator()(const std::string& value) override {
    const std::string typed = decode_institution(value);
    Xapian::QueryParser parser;
    parser.set_database(db_);
    const Xapian::Stem stemmer("english");
    set_stemming(parser, stemmer);
    parser.add_prefix("institution", std::string(schema::kPrefixInstitution));
    Xapian::Query units;
    try {
      units = words_as_matched(parser.parse_query("institution:" + typed, kParserFlags),
                               function_words_asked_for(typed, stemmer));
    } catch (const Xapian::QueryParserError& e) {
      throw Error(ErrorCategory::query, fmt::format("institution:{}: {}", typed, e.get_msg()));
    }
    return institution_query(db_, units, target_);
  }

 private:
  Xapian::Database db_;
  QueryTarget target_;
};

// `email:VALUE`: the researchers with that e-mail, found on their documents.
class EmailFieldProcessor : public Xapian::FieldProcessor {
 public:
  EmailFieldProcessor(const Xapian::Database& db, const QueryTarget& target)
      : db_(db), target_(target) {}
  Xapian::Query operator()(const std::string& value) override {
    return email_query(db_, value, target_);
  }

 private:
  Xapian::Database db_;
  QueryTarget target_;
};

void configure(Xapian::QueryParser& parser, const Xapian::Database& db, const QueryTarget& target,
               std::string& field_error) {
  // A bare word also searches the researcher's name: the units of the person
  // a query names outweigh units that merely cite them ("Birch").
  parser.add_prefix("", "");
  parser.add_prefix("", std::string(schema::kPrefixName));
  for (const schema::Field& field : schema::query_fields()) {
    const std::string name(field.name);
    const std::string prefix(field.prefix);
    switch (field.type) {
      case schema::FieldType::free_text:
        parser.add_prefix(name, prefix);
        break;
      case schema::FieldType::boolean:
        parser.add_boolean_prefix(name, prefix);
        break;
      case schema::FieldType::venue:
        parser.add_boolean_prefix(
            name, keeping_errors(std::make_unique<VenueFieldProcessor>(), field_error));
        break;
      case schema::FieldType::topic:
        // `topic:` itself is resolved by expand_topics() into this internal field.
        parser.add_prefix(std::string(kTopicTermField),
                          keeping_errors(std::make_unique<TopicTermFieldProcessor>(), field_error));
        break;
      case schema::FieldType::year:
        parser.add_boolean_prefix(
            name, keeping_errors(std::make_unique<YearFieldProcessor>(db), field_error));
        break;
      case schema::FieldType::researcher_words:
        // `institution:` itself is rewritten by encode_institutions() into this field.
        parser.add_prefix(
            std::string(kInstitutionField),
            keeping_errors(std::make_unique<InstitutionFieldProcessor>(db, target), field_error));
        break;
      case schema::FieldType::researcher_exact:
        parser.add_boolean_prefix(
            name, keeping_errors(std::make_unique<EmailFieldProcessor>(db, target), field_error));
        break;
    }
  }
}

}  // namespace

bool matches_evidence_only(const Xapian::Query& query) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return schema::only_on_evidence(*query.get_terms_begin());
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return true;
    // Every subquery must match: one that matches evidence only is enough.
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_NEAR:
    case Xapian::Query::OP_PHRASE:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (matches_evidence_only(query.get_subquery(i))) return true;
      }
      return false;
    // Only the first subquery must match.
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return query.get_num_subqueries() > 0 && matches_evidence_only(query.get_subquery(0));
    // Any subquery may match alone: all must match evidence only.
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (!matches_evidence_only(query.get_subquery(i))) return false;
      }
      return query.get_num_subqueries() > 0;
    // MatchAll, posting sources, value ranges, wildcards: any document.
    default:
      return false;
  }
}

void check_query_syntax(const std::string& query) {
  // Beyond these, parsing, spelling correction and matching take seconds.
  if (const std::size_t words = count_words(query); words > kMaxQueryWords) {
    throw query_error(query,
                      fmt::format("too many words ({}; the limit is {})", words, kMaxQueryWords));
  }
  if (!schema::is_valid_utf8(query)) throw query_error(query, "not valid UTF-8");
  if (query.size() > kMaxQueryBytes) {
    throw query_error(
        query, fmt::format("too long ({} bytes; the limit is {})", query.size(), kMaxQueryBytes));
  }
  int depth = 0;
  bool in_quotes = false;
  std::string previous_word;
  bool expect_operand = true;  // at the start, an operator has nothing on its left
  std::size_t i = 0;
  while (i < query.size()) {
    char c = query[i];
    if (c == '"') {
      in_quotes = !in_quotes;
      expect_operand = false;
      ++i;
      continue;
    }
    if (in_quotes) {
      ++i;
      continue;
    }
    if (c == '(') {
      ++depth;
      expect_operand = true;
    } else if (c == ')') {
      if (--depth < 0) throw query_error(query, "unmatched ')'");
      if (expect_operand) throw query_error(query, "empty parentheses or operator before ')'");
      expect_operand = false;
    } else if (is_word_byte(c)) {
      std::size_t start = i;
      while (i < query.size() && (is_word_byte(query[i]) || query[i] == '-')) ++i;
      std::string word = query.substr(start, i - start);
      if (i < query.size() && query[i] == ':') {
        bool known = false;
        for (const auto& field : schema::query_fields()) known |= field.name == word;
        if (!known) {
          throw query_error(query, fmt::format("unknown field '{}:' (fields: name, title, "
                                               "institution, venue, topic, year, email, kind, "
                                               "status, role)",
                                               word));
        }
        if (i + 1 >= query.size() || std::isspace(static_cast<unsigned char>(query[i + 1]))) {
          throw query_error(query, fmt::format("field '{}:' has no value", word));
        }
      }
      if (is_operator(word)) {
        if (expect_operand && word != "NOT") {
          throw query_error(query, fmt::format("'{}' has nothing on its left", word));
        }
        expect_operand = true;
      } else {
        expect_operand = false;
      }
      continue;
    }
    ++i;
  }
  if (in_quotes) throw query_error(query, "unmatched '\"'");
  if (depth > 0) throw query_error(query, "unmatched '('");
  if (expect_operand && query.find_first_not_of(" \t") != std::string::npos) {
    // Only an operator can leave us expecting an operand at the end.
    throw query_error(query, "operator at the end has nothing on its right");
  }
}

BuiltQuery build_query(const SearchRequest& request, const Xapian::Database& db, WordMatching words,
                       const QueryTarget& target) {
  BuiltQuery built{Xapian::Query::MatchAll, Xapian::Stem("english")};
  const std::string& text = request.query;
  if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
    check_query_syntax(text);
    Xapian::QueryParser parser;
    parser.set_database(db);
    set_stemming(parser, built.stemmer);
    parser.set_default_op(words == WordMatching::all ? Xapian::Query::OP_AND
                                                     : Xapian::Query::OP_OR);
    std::string field_error;  // a field value the schema rejects (year:abc, venue:nowhere)
    configure(parser, db, target, field_error);
    try {
      built.query =
          parser.parse_query(expand_topics(encode_institutions(text), schema::Taxonomy::builtin(),
                                           words == WordMatching::any),
                             kParserFlags);
    } catch (const Xapian::QueryParserError& e) {
      throw query_error(text, e.get_msg());
    }
    if (!field_error.empty()) throw query_error(text, field_error);
    built.query = words_as_matched(built.query, function_words_asked_for(text, built.stemmer));
    if (built.query.empty()) built.query = Xapian::Query::MatchAll;
  }
  // Filters hold for the same evidence unit as the query.
  std::vector<Xapian::Query> filters;
  if (!request.venue.empty()) filters.push_back(venue_query(request.venue));
  if (!request.topic.empty()) filters.push_back(topic_query(request.topic));
  if (request.year_from > 0 || request.year_to > 0) {
    filters.push_back(year_query(db, request.year_from, request.year_to));
  }
  // Filters only: every unit scores 0 under MatchAll, so the filter alone,
  // unweighted, matches the same units with the same weights without walking
  // every document of the index.
  const bool filters_only = built.query.get_type() == Xapian::Query::LEAF_MATCH_ALL;
  // Only evidence units match: the kind filter is needed only where the rest
  // could match another document (its posting list holds nearly every
  // document, and the AND with it skipped through that list at each match).
  const bool evidence_only =
      (!filters_only && matches_evidence_only(built.query)) ||
      (!filters.empty() &&
       matches_evidence_only(Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end())));
  if (!evidence_only) {
    filters.insert(filters.begin(),
                   Xapian::Query(schema::make_term(schema::kPrefixKind, schema::kKindEvidence)));
  }
  if (filters.empty()) return built;
  Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
  built.query = filters_only ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0)
                             : Xapian::Query(Xapian::Query::OP_FILTER, built.query, filter);
  return built;
}

}  // namespace savant::searcher
