// SPDX-License-Identifier: MIT
// Corpus access, similarity measures and in-memory DOCX/ODT/PDF builders for
// the reader tests.
#include "tests/unit/indexer/readers/reader_test_support.hpp"

#include "tests/support/temp_dir.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <zip.h>

namespace savant::testing {
namespace {

std::string real_dir() { return corpus_dir() + "/real"; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// A PDF literal string: parentheses and backslashes escaped.
std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

}  // namespace

std::string corpus_bytes(const std::string& name) {
  std::string path = real_dir() + "/" + name;
  EXPECT_TRUE(std::filesystem::exists(path)) << "missing corpus file " << path;
  return slurp(path);
}

std::vector<std::string> corpus_files(const std::string& extension) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(real_dir(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(extension)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string manifest_owner(const std::string& name) {
  std::istringstream manifest(slurp(real_dir() + "/MANIFEST.tsv"));
  std::string line;
  while (std::getline(manifest, line)) {
    std::vector<std::string> fields;
    std::istringstream row(line);
    std::string field;
    while (std::getline(row, field, '\t')) fields.push_back(field);
    if (fields.size() >= 3 && fields[0] == name) return fields[2];
  }
  ADD_FAILURE() << name << " is not in MANIFEST.tsv";
  return {};
}

DocumentRecord run_reader(indexer::Reader reader, const std::string& path,
                          const std::string& bytes) {
  static const indexer::ExtractContext context;
  const std::string no_text;
  return reader({path, bytes, no_text, context});
}

std::size_t count_evidence(const DocumentRecord& record, EvidenceKind kind) {
  return static_cast<std::size_t>(
      std::count_if(record.evidence.begin(), record.evidence.end(),
                    [kind](const Evidence& e) { return e.kind == kind; }));
}

std::vector<std::string> plain_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string plain;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line.compare(i, 2, "**") == 0) {
        ++i;
        continue;
      }
      plain += line[i];
    }
    lines.push_back(plain);
  }
  return lines;
}

int line_of(const std::vector<std::string>& lines, const std::string& needle) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(needle) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

double shingle_similarity(const std::string& a, const std::string& b, std::size_t n) {
  auto shingles = [n](const std::string& text) {
    std::vector<std::string> words = words_of(text);
    std::set<std::string> out;
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      std::string s;
      for (std::size_t k = 0; k < n; ++k) s += words[i + k] + " ";
      out.insert(s);
    }
    return out;
  };
  std::set<std::string> sa = shingles(a);
  std::set<std::string> sb = shingles(b);
  std::size_t common = 0;
  for (const std::string& s : sa) common += sb.count(s);
  std::size_t all = sa.size() + sb.size() - common;
  return all == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(all);
}

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  TempDir dir;
  std::string path = dir / "package.zip";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr) << "zip_open failed: " << error;
  if (archive == nullptr) return {};
  for (const auto& [name, content] : members) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0)
        << zip_strerror(archive);
  }
  EXPECT_EQ(zip_close(archive), 0);
  return slurp(path);
}

std::string make_pdf(const std::vector<std::vector<PdfText>>& pages, bool encrypted) {
  constexpr double kHeight = 792;
  // Objects 1-4: catalog, page tree, the two fonts; then a page and its
  // content stream per page; then the encryption dictionary.
  std::vector<std::string> objects;
  std::string kids;
  for (std::size_t i = 0; i < pages.size(); ++i) kids += fmt::format("{} 0 R ", 5 + 2 * i);
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back(fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, pages.size()));
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    std::string content;
    for (const PdfText& t : pages[i]) {
      content +=
          fmt::format("BT /{} {} Tf {} {} {} Tm {} Tj ET\n", t.bold ? "F2" : "F1", t.size,
                      t.rotated ? "0 1 -1 0" : "1 0 0 1", t.x, kHeight - t.y, pdf_string(t.text));
    }
    objects.push_back(fmt::format(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 {}] /Resources << /Font << /F1 3 0 R "
        "/F2 4 0 R >> >> /Contents {} 0 R >>",
        kHeight, 6 + 2 * i));
    objects.push_back(
        fmt::format("<< /Length {} >>\nstream\n{}endstream", content.size(), content));
  }
  if (encrypted) {
    // Owner and user keys that no empty password reproduces.
    std::string key(64, 'A');
    objects.push_back(fmt::format(
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{}> /U <{}> /P -3904 >>", key, key));
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  std::size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (std::size_t offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R", objects.size() + 1);
  if (encrypted) {
    pdf += fmt::format(
        " /Encrypt {} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
        "<0123456789ABCDEF0123456789ABCDEF>]",
        objects.size());
  }
  pdf += fmt::format(" >>\nstartxref\n{}\n%%EOF\n", xref);
  return pdf;
}

}  // namespace savant::testing
