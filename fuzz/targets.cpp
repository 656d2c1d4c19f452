// SPDX-License-Identifier: MIT
// Each target feeds its input the way the indexer or the searcher would.
#include "fuzz/targets.hpp"

#include "indexer/extract/cv_extractor.hpp"
#include "indexer/readers/bibtex_reader.hpp"
#include "indexer/readers/document_reader.hpp"
#include "indexer/readers/docx_reader.hpp"
#include "indexer/readers/html_reader.hpp"
#include "indexer/readers/jemdoc_reader.hpp"
#include "indexer/readers/json_resume_reader.hpp"
#include "indexer/readers/latex_reader.hpp"
#include "indexer/readers/markdown_reader.hpp"
#include "indexer/readers/odt_reader.hpp"
#include "indexer/readers/pdf_reader.hpp"
#include "indexer/readers/text_decoder.hpp"
#include "indexer/readers/yaml_cv_reader.hpp"
#include "schema/identity_value.hpp"
#include "schema/text_normalizer.hpp"
#include "searcher/field_processors.hpp"
#include "searcher/unit_columns.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>
#include <savant/search.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>

namespace savant::fuzz {
namespace {

using indexer::Reader;
using indexer::ReaderInput;

// A broken invariant: abort, which libFuzzer and the regression test report.
void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

const indexer::ExtractContext& context() {
  static const indexer::ExtractContext instance;
  return instance;
}

// What read_document does before a text reader: decode, normalise.
bool decode(std::string_view data, std::string& text) {
  try {
    std::string utf8 = indexer::decode_to_utf8(data);
    require(schema::is_valid_utf8(utf8), "decode_to_utf8 returned invalid UTF-8");
    if (utf8.size() > indexer::kMaxDocumentTextBytes) return false;
    text = schema::normalize_text(utf8);
    require(schema::is_valid_utf8(text), "normalize_text returned invalid UTF-8");
    return true;
  } catch (const Error&) {
    return false;  // binary data: refused, as it should be
  }
}

void run_reader(Reader reader, std::string_view data, bool text_format) {
  const std::string path = "fuzz-input";
  std::string text;
  if (text_format && !decode(data, text)) return;
  try {
    DocumentRecord record = reader(ReaderInput{path, data, text, context()});
    require(schema::is_valid_utf8(record.name), "a record's name is not UTF-8");
    require(schema::is_valid_utf8(record.text), "a record's text is not UTF-8");
  } catch (const Error&) {
    // Refused with a message: fine.
  }
}

void pdf(std::string_view d) { run_reader(indexer::read_pdf, d, false); }
void docx(std::string_view d) { run_reader(indexer::read_docx, d, false); }
void odt(std::string_view d) { run_reader(indexer::read_odt, d, false); }
void html(std::string_view d) { run_reader(indexer::read_html, d, true); }
void bibtex(std::string_view d) { run_reader(indexer::read_bibtex, d, true); }
void json(std::string_view d) {
  run_reader(indexer::read_json_resume, d, true);
  run_reader(indexer::read_publication_list_json, d, true);
}
void latex(std::string_view d) { run_reader(indexer::read_latex, d, true); }
void yaml(std::string_view d) { run_reader(indexer::read_yaml_cv, d, true); }
void jemdoc(std::string_view d) { run_reader(indexer::read_jemdoc, d, true); }
void markdown(std::string_view d) { run_reader(indexer::read_markdown, d, true); }

void text_decoder(std::string_view d) {
  std::string text;
  decode(d, text);
}

void extract(std::string_view d) {
  std::string text;
  if (!decode(d, text)) return;
  DocumentRecord record = indexer::extract_cv(text, context());
  require(schema::is_valid_utf8(record.name), "extracted name is not UTF-8");
}

// The whole dispatch: format detection by content and by name, then a reader.
void document(std::string_view d) {
  static const char* const kNames[] = {"cv.txt", "cv.md",  "cv.html",   "cv.bib", "cv.json",
                                       "cv.tex", "cv.yml", "cv.jemdoc", "cv.pdf", "cv"};
  if (d.empty()) return;
  const std::string path = kNames[static_cast<unsigned char>(d[0]) % std::size(kNames)];
  try {
    indexer::read_document(path, d.substr(1), context());
  } catch (const Error&) {
  }
}

// Searches a small real index (corpus/seeds, built once) with the input as
// the query and, split at the first newline, as a --year filter.
void query(std::string_view d) {
  static std::string dir;
  static const std::string index = [] {
    dir = (std::filesystem::temp_directory_path() / "savant-fuzz-XXXXXX").string();
    require(mkdtemp(dir.data()) != nullptr, "mkdtemp");
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(dir, ec);
    });
    IndexOptions options;
    options.db_path = dir + "/index";
    options.inputs = {std::string(SAVANT_FUZZ_CORPUS) + "/seeds"};
    require(index_files(options).failures.empty(), "indexing corpus/seeds");
    return options.db_path;
  }();
  static Searcher searcher(index);
  const std::size_t newline = d.find('\n');
  SearchRequest request;
  request.query = std::string(d.substr(0, newline));
  request.facets = true;
  try {
    if (newline != std::string_view::npos) {
      searcher::parse_year_range(std::string(d.substr(newline + 1)), request.year_from,
                                 request.year_to);
    }
    searcher.search(request);
  } catch (const Error& e) {
    require(e.category() == ErrorCategory::query, "a query failed with a non-query error");
  }
}

// Reads the input as saved ranking columns (searcher/columns_file: what
// follows the header), the rows it claims to hold: refused, or every number
// of every row names an entry of its table.
void columns(std::string_view d) {
  std::uint64_t rows = 0;
  if (d.size() >= sizeof rows) std::memcpy(&rows, d.data(), sizeof rows);
  if (rows > (std::uint64_t{1} << 20)) return;  // not a size the fuzzer can fill
  std::istringstream in{std::string(d)};
  const std::optional<searcher::UnitColumns> c = searcher::UnitColumns::read(in, rows);
  if (!c) return;
  require(c->rows() == rows, "columns of another size");
  for (std::size_t row = 0; row < c->rows(); ++row) {
    require(c->researcher(row) < c->researcher_count(), "researcher out of its table");
    require(c->researcher_order(c->researcher(row)) < c->researcher_count(), "order out of range");
    require(c->year(row) <= c->years().size(), "year out of its table");
    require(c->venue(row) <= c->venues().size(), "venue out of its table");
    require(c->ranking(row) < c->rankings().size(), "ranking out of its table");
    for (std::uint32_t t : c->topics_in(c->topic_set(row))) {
      require(t < c->topics().size(), "topic out of its table");
    }
  }
}

// Reads the input as a stored record's identity value (schema/identity_value):
// refused, or read into fields that write back the very same bytes (one form
// per value), with sorted, distinct keys and sketch hashes.
void identity_value(std::string_view d) {
  const std::optional<schema::IdentityFields> fields = schema::identity_fields_of(d);
  if (!fields) return;
  require(schema::identity_value(*fields) == d, "an identity value read back differs");
  require(std::is_sorted(fields->title_keys.begin(), fields->title_keys.end()),
          "title keys out of order");
  require(std::is_sorted(fields->sketch.sample.begin(), fields->sketch.sample.end()),
          "sketch out of order");
}

}  // namespace

const std::vector<NamedTarget>& targets() {
  static const std::vector<NamedTarget> all = {
      {"pdf", pdf},
      {"docx", docx},
      {"odt", odt},
      {"html", html},
      {"bibtex", bibtex},
      {"json", json},
      {"latex", latex},
      {"yaml", yaml},
      {"jemdoc", jemdoc},
      {"markdown", markdown},
      {"text_decoder", text_decoder},
      {"extract", extract},
      {"document", document},
      {"query", query},
      {"columns", columns},
      {"identity_value", identity_value},
  };
  return all;
}

Target find_target(std::string_view name) {
  for (const NamedTarget& t : targets()) {
    if (t.name == name) return t.run;
  }
  return nullptr;
}

}  // namespace savant::fuzz
