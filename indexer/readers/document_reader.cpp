// SPDX-License-Identifier: MIT
// File loading, format detection by content and name, and dispatch to readers.
#include "indexer/readers/document_reader.hpp"

#include "indexer/readers/bibtex_reader.hpp"
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
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <regex>
#include <sstream>
#include <system_error>

namespace savant::indexer {
namespace {

namespace fs = std::filesystem;

Error input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool one_of(const std::string& ext, std::initializer_list<const char*> options) {
  return std::any_of(options.begin(), options.end(), [&](const char* o) { return ext == o; });
}

// Binary containers are recognised by their magic bytes, whatever the name.
std::string binary_format(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "pdf";
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    if (bytes.find("word/document.xml") != std::string_view::npos) return "docx";
    if (bytes.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos) {
      return "odt";
    }
    return "zip";
  }
  return {};
}

std::string_view trimmed_head(const std::string& text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return {};
  return std::string_view(text).substr(start, 4096);
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// Whether some '@' in `text` stands at the start of a line, after nothing but
// white space: what `bib_entry` below needs before anything else. A cheap scan
// that spares most files std::regex (a JSON resume's '@' are in its e-mails).
// Any byte that is not plainly no space counts as space, so this never says no
// where the pattern could match.
bool may_open_bib_entry(std::string_view text) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t i = at;
    bool line_start = i == 0;
    while (i > 0 && !line_start) {
      const auto c = static_cast<unsigned char>(text[i - 1]);
      if (c == '\n') {
        line_start = true;
      } else if (c < 0x80 && std::isspace(c) == 0) {
        break;
      }
      --i;
      if (i == 0) line_start = true;
    }
    if (line_start) return true;
  }
  return false;
}

// Text formats: the content decides where it is unambiguous (a .txt that is
// HTML is HTML), the extension otherwise. `decoded` is the text before
// normalisation, which would turn the typographic quotes inside JSON strings
// into ASCII ones and break the JSON.
std::string text_format(const std::string& path, const std::string& text,
                        const std::string& decoded) {
  const std::string ext = lower_extension(path);
  const std::string_view head = trimmed_head(text);
  static const std::regex bib_entry(
      R"((^|\n)\s*@(article|inproceedings|conference|misc|book|inbook|incollection|phdthesis|mastersthesis|techreport|unpublished|online|string|preamble)\s*[{(])",
      std::regex::icase);
  if (starts_with_ci(head, "<!doctype html") || starts_with_ci(head, "<html") ||
      one_of(ext, {".html", ".htm", ".xhtml"})) {
    return "html";
  }
  // A YAML or Markdown publication list often carries each paper's BibTeX in a
  // field or a code block ("bibtex: |", "```bibtex"); that makes it no BibTeX
  // file, unless an entry opens it.
  const bool names_other_text_format =
      one_of(ext, {".yml", ".yaml", ".md", ".markdown", ".qmd", ".rmd"});
  const std::string_view scanned(text.data(), std::min<std::size_t>(text.size(), 65536));
  if (ext == ".bib" || head.starts_with("@") ||
      (!names_other_text_format && may_open_bib_entry(scanned) &&
       std::regex_search(scanned.begin(), scanned.end(), bib_entry))) {
    return "bibtex";
  }
  if (!head.empty() && (head[0] == '{' || head[0] == '[')) {
    try {
      auto json = nlohmann::json::parse(decoded);
      return json.is_object() && json.contains("basics") ? "jsonresume" : "json";
    } catch (const nlohmann::json::exception& e) {
      // A .json file must be JSON; other names may be text that opens with a brace.
      if (ext == ".json") {
        std::string reason = e.what();
        const std::size_t tag = reason.find("] ");
        if (tag != std::string::npos) reason = reason.substr(tag + 2);
        throw input_error(path, "not valid JSON: " + reason);
      }
    }
  }
  if (text.find("\\documentclass") != std::string::npos ||
      text.find("\\begin{document}") != std::string::npos || ext == ".tex") {
    return "latex";
  }
  if (ext == ".jemdoc" || starts_with_ci(head, "# jemdoc")) return "jemdoc";
  if (one_of(ext, {".yml", ".yaml"})) return "yaml";
  if (one_of(ext, {".md", ".markdown", ".qmd", ".rmd"}) || head.starts_with("---\n") ||
      head.starts_with("# ") || text.find("\n# ") != std::string::npos ||
      text.find("\n## ") != std::string::npos) {
    return "markdown";
  }
  if (starts_with_ci(head, "<") && text.find("</") != std::string::npos &&
      (text.find("<p") != std::string::npos || text.find("<div") != std::string::npos)) {
    return "html";
  }
  return "text";
}

DocumentRecord read_plain_text(const ReaderInput& input) {
  return extract_cv(input.text, input.context);
}

const std::map<std::string, Reader>& readers() {
  static const std::map<std::string, Reader> table = {
      {"bibtex", read_bibtex},
      {"docx", read_docx},
      {"html", read_html},
      {"jemdoc", read_jemdoc},
      {"json", read_publication_list_json},
      {"jsonresume", read_json_resume},
      {"latex", read_latex},
      {"markdown", read_markdown},
      {"odt", read_odt},
      {"pdf", read_pdf},
      {"text", read_plain_text},
      {"yaml", read_yaml_cv},
  };
  return table;
}

void check_text_size(const std::string& path, std::size_t bytes) {
  if (bytes > kMaxDocumentTextBytes) {
    throw input_error(path, fmt::format("document text too large ({} bytes; the limit is {} MiB)",
                                        bytes, kMaxDocumentTextBytes >> 20));
  }
}

// Runs a reader so that whatever goes wrong is this file's failure, named
// with its path, and never ends the run: a reader's own errors, and the
// exceptions of the libraries under it (JSON, YAML, allocation).
DocumentRecord read_with(Reader reader, const ReaderInput& input) {
  try {
    return reader(input);
  } catch (const Error& e) {
    if (std::string_view(e.what()).starts_with(input.path)) throw;
    throw input_error(input.path, e.what());
  } catch (const std::bad_alloc&) {
    throw input_error(input.path, "out of memory reading the file");
  } catch (const std::exception& e) {
    throw input_error(input.path, fmt::format("cannot read: {}", e.what()));
  }
}

}  // namespace

// "64 MiB", "200 KiB", "812 bytes": sizes in messages.
std::string human_size(std::uintmax_t bytes) {
  if (bytes >= (1u << 20))
    return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1u << 20));
  if (bytes >= (1u << 10))
    return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / (1u << 10));
  return fmt::format("{} bytes", bytes);
}

std::string load_file(const std::string& path, std::uint64_t max_bytes) {
  // Paths are stored as JSON strings, which must be UTF-8; a name in another
  // encoding would otherwise fail the whole run when the record is written.
  if (!schema::is_valid_utf8(path)) {
    throw input_error(path, "file name is not valid UTF-8 (rename the file to index it)");
  }
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) {
    throw input_error(path, ec.message());  // "Too many levels of symbolic links"
  }
  if (ec || !fs::exists(status)) {
    const bool link = fs::is_symlink(fs::symlink_status(path, ec));
    throw input_error(path, link ? "dangling symbolic link" : "no such file");
  }
  if (fs::is_directory(status)) throw input_error(path, "is a directory");
  if (!fs::is_regular_file(status)) throw input_error(path, "not a regular file");
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && max_bytes != 0 && size > max_bytes) {
    throw input_error(path, fmt::format("file too large ({}; the limit is {})", human_size(size),
                                        human_size(max_bytes)));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, fmt::format("cannot open: {}", std::strerror(errno)));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw input_error(path, fmt::format("read failed: {}", std::strerror(errno)));
  return std::move(content).str();
}

bool is_indexable_name(const std::string& path) {
  return one_of(lower_extension(path),
                {".txt", ".text", ".md", ".markdown", ".qmd", ".rmd", ".html", ".htm", ".xhtml",
                 ".pdf", ".docx", ".odt", ".json", ".bib", ".tex", ".yml", ".yaml", ".jemdoc"});
}

std::string detect_format(const std::string& path, std::string_view bytes) {
  std::string format = binary_format(bytes);
  if (!format.empty()) return format;
  std::string encoding;
  const std::string decoded = decode_to_utf8(bytes, &encoding);
  return text_format(path, schema::normalize_text(decoded), decoded);
}

DocumentRecord read_document(const std::string& path, std::string_view bytes,
                             const ExtractContext& context) {
  if (bytes.empty()) throw input_error(path, "empty file");
  std::string format = binary_format(bytes);
  std::string text;
  std::string decoded;
  if (format == "zip") throw input_error(path, "a zip archive that is neither DOCX nor ODT");
  if (format.empty()) {
    std::string encoding;
    try {
      decoded = decode_to_utf8(bytes, &encoding);
    } catch (const Error& e) {
      throw input_error(path, e.what());
    }
    // Before normalising, which holds several copies of the text in memory.
    check_text_size(path, decoded.size());
    text = schema::normalize_text(decoded);
    if (text.find_first_not_of(" \n\t") == std::string::npos) {
      throw input_error(path, "empty document (no text)");
    }
    format = text_format(path, text, decoded);
  }
  check_text_size(path, text.size());
  DocumentRecord record = read_with(readers().at(format), ReaderInput{path, bytes, text, context});
  record.source = path;
  record.format = std::move(format);
  if (record.text.empty()) record.text = std::move(text);
  return record;
}

}  // namespace savant::indexer
