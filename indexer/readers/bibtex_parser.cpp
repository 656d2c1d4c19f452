// SPDX-License-Identifier: MIT
// Parses BibTeX: entries, fields, @string macros, concatenation and names.
#include "indexer/readers/bibtex_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace savant::indexer::bibtex {
namespace {

bool is_bibtex_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters BibTeX allows in entry types, field names and macro names.
bool is_name_char(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/' ||
         c == '\'' || u >= 0x80;
}

std::string bibtex_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A parse failure inside one entry; the entry is skipped.
struct EntryError {
  std::string message;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    static const char* const kAbbrev[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) macros_[kAbbrev[m]] = kMonths[m];
  }

  ParseResult run() {
    ParseResult result;
    while (true) {
      std::size_t at = s_.find('@', pos_);
      if (at == std::string_view::npos) break;
      pos_ = at + 1;
      std::size_t type_begin = pos_;
      skip_space();
      type_begin = pos_;
      while (pos_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[pos_]))) ++pos_;
      std::string type = bibtex_lower(s_.substr(type_begin, pos_ - type_begin));
      skip_space();
      // "user@example.org" in free text opens no entry.
      if (type.empty() || pos_ >= s_.size() || (s_[pos_] != '{' && s_[pos_] != '(')) continue;
      std::size_t line = line_of(at);
      char open = s_[pos_];
      char close = open == '{' ? '}' : ')';
      std::size_t body = pos_ + 1;
      std::size_t end = matching_close(pos_, open, close);
      if (type == "comment") {
        pos_ = end == std::string_view::npos ? body : end + 1;
        continue;
      }
      if (end == std::string_view::npos) {
        // Unbalanced: the entry runs to the next line that opens one.
        end = next_entry_start(body);
        result.errors.push_back(fmt::format("line {}: unbalanced braces in @{}", line, type));
        pos_ = end;
        continue;
      }
      pos_ = body;
      try {
        if (type == "preamble") {
          // Nothing to index; parsed only to move past it.
        } else if (type == "string") {
          parse_string(end);
        } else {
          Entry entry = parse_entry(type, end);
          entry.line = line;
          result.entries.push_back(std::move(entry));
        }
      } catch (const EntryError& error) {
        result.errors.push_back(fmt::format("line {}: {} in @{}", line, error.message, type));
      }
      pos_ = end + 1;
    }
    return result;
  }

 private:
  void skip_space() {
    while (pos_ < s_.size() && is_bibtex_space(s_[pos_])) ++pos_;
  }

  std::size_t line_of(std::size_t offset) const {
    return 1 + static_cast<std::size_t>(std::count(s_.begin(), s_.begin() + offset, '\n'));
  }

  // Index of the delimiter closing the one at `open_at`, counting braces only
  // (quotes may hold unbalanced parentheses but never unbalanced braces).
  std::size_t matching_close(std::size_t open_at, char open, char close) const {
    int braces = 0;
    for (std::size_t k = open_at + 1; k < s_.size(); ++k) {
      char c = s_[k];
      if (c == '{') {
        ++braces;
      } else if (c == '}') {
        if (braces == 0) return close == '}' ? k : std::string_view::npos;
        --braces;
      } else if (c == close && braces == 0 && open == '(') {
        return k;
      } else if (c == '@' && braces == 0 && k > 0 && s_[k - 1] == '\n') {
        // An entry at the start of a line while this one is still open at
        // brace level 0 means this one lost its closing brace.
        return std::string_view::npos;
      }
    }
    return std::string_view::npos;
  }

  std::size_t next_entry_start(std::size_t from) const {
    for (std::size_t k = s_.find('@', from); k != std::string_view::npos; k = s_.find('@', k + 1)) {
      std::size_t line_start = k;
      while (line_start > 0 && (s_[line_start - 1] == ' ' || s_[line_start - 1] == '\t')) {
        --line_start;
      }
      if (line_start == 0 || s_[line_start - 1] == '\n') return k;
    }
    return s_.size();
  }

  std::string read_name(std::size_t end) {
    skip_space();
    std::size_t begin = pos_;
    while (pos_ < end && is_name_char(s_[pos_])) ++pos_;
    return std::string(s_.substr(begin, pos_ - begin));
  }

  // One piece of a value: {...}, "...", a number or a macro name.
  std::string read_piece(std::size_t end) {
    skip_space();
    if (pos_ >= end) throw EntryError{"missing value"};
    char c = s_[pos_];
    if (c == '{') {
      int depth = 0;
      std::size_t begin = pos_ + 1;
      for (std::size_t k = pos_; k < end; ++k) {
        if (s_[k] == '\\') {
          ++k;
          continue;
        }
        if (s_[k] == '{') {
          ++depth;
        } else if (s_[k] == '}' && --depth == 0) {
          pos_ = k + 1;
          return std::string(s_.substr(begin, k - begin));
        }
      }
      throw EntryError{"unterminated braced value"};
    }
    if (c == '"') {
      int depth = 0;
      std::size_t begin = pos_ + 1;
      for (std::size_t k = begin; k < end; ++k) {
        if (s_[k] == '\\') {
          ++k;
          continue;
        }
        if (s_[k] == '{') {
          ++depth;
        } else if (s_[k] == '}') {
          --depth;
        } else if (s_[k] == '"' && depth == 0) {
          pos_ = k + 1;
          return std::string(s_.substr(begin, k - begin));
        }
      }
      throw EntryError{"unterminated quoted value"};
    }
    std::string word = read_name(end);
    if (word.empty()) throw EntryError{fmt::format("unexpected '{}'", c)};
    if (std::all_of(word.begin(), word.end(),
                    [](char d) { return std::isdigit(static_cast<unsigned char>(d)) != 0; })) {
      return word;
    }
    auto it = macros_.find(bibtex_lower(word));
    // BibTeX expands an undefined macro to nothing (with a warning).
    return it == macros_.end() ? std::string() : it->second;
  }

  std::string read_value(std::size_t end) {
    std::string value = read_piece(end);
    while (true) {
      skip_space();
      if (pos_ < end && s_[pos_] == '#') {
        ++pos_;
        value += read_piece(end);
      } else {
        return value;
      }
    }
  }

  void parse_string(std::size_t end) {
    std::string name = bibtex_lower(read_name(end));
    skip_space();
    if (name.empty() || pos_ >= end || s_[pos_] != '=') throw EntryError{"bad @string"};
    ++pos_;
    macros_[name] = read_value(end);
  }

  Entry parse_entry(const std::string& type, std::size_t end) {
    Entry entry;
    entry.type = type;
    skip_space();
    std::size_t key_begin = pos_;
    while (pos_ < end && s_[pos_] != ',' && !is_bibtex_space(s_[pos_])) ++pos_;
    entry.key = std::string(s_.substr(key_begin, pos_ - key_begin));
    skip_space();
    if (pos_ < end && s_[pos_] != ',') throw EntryError{"missing ',' after the key"};
    while (pos_ < end) {
      skip_space();
      if (pos_ < end && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < end && s_[pos_] == '%') {
        // "%ARXIV = {}," between fields: biber reads '%' as a comment; so do we.
        std::size_t eol = s_.find('\n', pos_);
        pos_ = eol == std::string_view::npos || eol > end ? end : eol + 1;
        continue;
      }
      if (pos_ >= end) break;
      std::string name = bibtex_lower(read_name(end));
      if (name.empty()) throw EntryError{fmt::format("unexpected '{}'", s_[pos_])};
      skip_space();
      if (pos_ >= end || s_[pos_] != '=') {
        throw EntryError{fmt::format("field '{}' without '='", name)};
      }
      ++pos_;
      std::string value = read_value(end);
      // A repeated field keeps its first value, as BibTeX does.
      if (entry.field(name) == nullptr)
        entry.fields.emplace_back(std::move(name), std::move(value));
      // A missing comma before the next field is forgiven: the next name and '=' show it.
    }
    return entry;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::map<std::string, std::string> macros_;
};

// Words of a name at brace depth 0, with the commas that separate its parts.
struct NameTokens {
  std::vector<std::vector<std::string>> parts;  // split at top-level commas
};

NameTokens tokenize_name(std::string_view name) {
  NameTokens tokens;
  tokens.parts.emplace_back();
  std::string word;
  int depth = 0;
  auto flush = [&] {
    if (!word.empty()) tokens.parts.back().push_back(word);
    word.clear();
  };
  for (std::size_t k = 0; k < name.size(); ++k) {
    char c = name[k];
    if (c == '\\' && k + 1 < name.size()) {
      word += c;
      word += name[++k];
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}') depth = std::max(0, depth - 1);
    if (depth == 0 && (is_bibtex_space(c) || c == '~')) {
      flush();
    } else if (depth == 0 && c == ',') {
      flush();
      tokens.parts.emplace_back();
    } else if (depth == 0 && c == '-' && !word.empty()) {
      // "Jean-Paul": hyphenated words stay one word for case checks.
      word += c;
    } else {
      word += c;
    }
  }
  flush();
  return tokens;
}

// BibTeX's case test: the first letter at brace depth 0, or of a special
// character "{\'E}" inside braces; a word in plain braces counts as upper case.
bool starts_lower(const std::string& word) {
  int depth = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = word[k];
    if (c == '{') {
      if (depth == 0 && k + 1 < word.size() && word[k + 1] == '\\') {
        // Special character: look at the first letter after the command.
        std::size_t j = k + 2;
        while (j < word.size() && std::isalpha(static_cast<unsigned char>(word[j]))) ++j;
        // "{\'e}" (symbol command) or "{\ss}" (letter command).
        for (std::size_t m = j; m < word.size(); ++m) {
          if (std::isalpha(static_cast<unsigned char>(word[m]))) {
            return std::islower(static_cast<unsigned char>(word[m])) != 0;
          }
        }
        return std::islower(static_cast<unsigned char>(word[k + 2])) != 0;
      }
      ++depth;
      continue;
    }
    if (c == '}') {
      --depth;
      continue;
    }
    if (depth > 0) return false;
    if (c == '\\') {
      // "\'Ecole": skip the accent command.
      ++k;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) return std::islower(u) != 0;
    if (u >= 0x80) return false;  // non-ASCII letters: capitalised names are the rule
  }
  return false;
}

std::string join_word_range(const std::vector<std::string>& words, std::size_t begin,
                            std::size_t end) {
  std::string out;
  for (std::size_t k = begin; k < end && k < words.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}

// Splits "von Last" words: the von part is the longest run that starts the
// list and ends with a lower-case word, leaving at least one word for Last.
void split_von_last(const std::vector<std::string>& words, Name& name) {
  std::size_t von_end = 0;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (starts_lower(words[k])) von_end = k + 1;
  }
  if (von_end > 0 && !starts_lower(words[0])) von_end = 0;
  name.von = join_word_range(words, 0, von_end);
  name.last = join_word_range(words, von_end, words.size());
}

}  // namespace

const std::string* Entry::field(std::string_view name) const {
  for (const auto& [key, value] : fields) {
    if (key == name) return &value;
  }
  return nullptr;
}

ParseResult parse(std::string_view text) { return Parser(text).run(); }

std::vector<std::string> split_names(std::string_view value) {
  std::vector<std::string> names;
  int depth = 0;
  std::size_t start = 0;
  auto push = [&](std::size_t end) {
    std::string_view piece = value.substr(start, end - start);
    std::size_t b = 0;
    std::size_t e = piece.size();
    while (b < e && is_bibtex_space(piece[b])) ++b;
    while (e > b && is_bibtex_space(piece[e - 1])) --e;
    if (e > b) names.emplace_back(piece.substr(b, e - b));
  };
  for (std::size_t k = 0; k < value.size(); ++k) {
    char c = value[k];
    if (c == '\\') {
      ++k;
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}') depth = std::max(0, depth - 1);
    if (depth != 0 || !is_bibtex_space(c) || k + 4 >= value.size()) continue;
    if ((value[k + 1] == 'a' || value[k + 1] == 'A') &&
        (value[k + 2] == 'n' || value[k + 2] == 'N') &&
        (value[k + 3] == 'd' || value[k + 3] == 'D') && is_bibtex_space(value[k + 4])) {
      push(k);
      start = k + 5;
      k += 4;
    }
  }
  push(value.size());
  return names;
}

Name split_name(std::string_view raw) {
  Name name;
  NameTokens tokens = tokenize_name(raw);
  auto& parts = tokens.parts;
  parts.erase(std::remove_if(parts.begin() + 1, parts.end(),
                             [](const std::vector<std::string>& p) { return p.empty(); }),
              parts.end());
  if (parts.empty() || (parts.size() == 1 && parts[0].empty())) return name;
  if (parts.size() == 1) {
    // "First von Last": First runs to the first lower-case word.
    const std::vector<std::string>& words = parts[0];
    std::size_t first_end = words.size() - 1;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (starts_lower(words[k])) {
        first_end = k;
        break;
      }
    }
    name.first = join_word_range(words, 0, first_end);
    std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(first_end),
                                  words.end());
    split_von_last(rest, name);
    return name;
  }
  split_von_last(parts[0], name);
  if (parts.size() == 2) {
    name.first = join_word_range(parts[1], 0, parts[1].size());
  } else {
    name.jr = join_word_range(parts[1], 0, parts[1].size());
    name.first = join_word_range(parts[2], 0, parts[2].size());
  }
  return name;
}

}  // namespace savant::indexer::bibtex
