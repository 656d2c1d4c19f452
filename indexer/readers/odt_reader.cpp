// SPDX-License-Identifier: MIT
// ODT to CV text: content.xml walked with pugixml, styles for bold and headings.
#include "indexer/readers/odt_reader.hpp"

#include "indexer/readers/markdown_writer.hpp"
#include "indexer/readers/zip_archive.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <vector>

namespace savant::indexer {
namespace {

using detail::MarkdownWriter;
using detail::Paragraph;
using detail::TableCell;
using detail::TableRow;

// ODF collapses whitespace itself (text:s stands for extra spaces), but a
// whitespace-only text node between two spans is still the space between words.
constexpr unsigned kOdtParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

Error odt_error(const std::string& reason) { return Error(ErrorCategory::input, reason); }

bool named(const pugi::xml_node& node, const char* name) {
  return std::string_view(node.name()) == name;
}

struct OdtStyleInfo {
  std::string parent;
  std::string display_name;
  int outline = 0;  ///< style:default-outline-level; 0 if none.
  std::optional<bool> bold;
};

class OdtParser {
 public:
  explicit OdtParser(const detail::ZipArchive& zip) : zip_(zip) {}

  std::string run() {
    std::optional<std::string> content = zip_.read("content.xml");
    if (!content) throw odt_error("not an OpenDocument file (no content.xml)");
    if (std::optional<std::string> styles = zip_.read("styles.xml")) {
      pugi::xml_document xml;
      if (xml.load_buffer(styles->data(), styles->size(), kOdtParseOptions)) load_styles(xml);
    }
    pugi::xml_document xml;
    pugi::xml_parse_result parsed =
        xml.load_buffer(content->data(), content->size(), kOdtParseOptions);
    if (!parsed) {
      throw odt_error(
          fmt::format("damaged content.xml: {} at offset {}", parsed.description(), parsed.offset));
    }
    load_styles(xml);
    pugi::xml_node text = xml.document_element().child("office:body").child("office:text");
    if (!text) throw odt_error("not an OpenDocument text (no office:text body)");
    std::vector<Paragraph> out;
    blocks(text, 0, out);
    detail::demote_misused_headings(out);
    MarkdownWriter writer;
    for (const Paragraph& p : out) writer.write(p);
    return writer.finish();
  }

 private:
  void load_styles(const pugi::xml_document& xml) {
    for (pugi::xpath_node found : xml.select_nodes("//style:style")) {
      pugi::xml_node style = found.node();
      OdtStyleInfo info;
      info.parent = style.attribute("style:parent-style-name").value();
      info.display_name = style.attribute("style:display-name").value();
      info.outline = style.attribute("style:default-outline-level").as_int(0);
      std::string_view weight =
          style.child("style:text-properties").attribute("fo:font-weight").value();
      if (!weight.empty()) {
        int numeric = std::atoi(std::string(weight).c_str());
        info.bold = weight == "bold" || numeric >= 600;
      }
      styles_[style.attribute("style:name").value()] = info;
    }
  }

  template <typename T, typename F>
  std::optional<T> inherited(std::string name, F&& get) const {
    for (int hops = 0; hops < 10 && !name.empty(); ++hops) {
      auto it = styles_.find(name);
      if (it == styles_.end()) break;
      if (std::optional<T> answer = get(name, it->second)) return answer;
      name = it->second.parent;
    }
    return std::nullopt;
  }

  std::optional<bool> bold_of(const std::string& style) const {
    return inherited<bool>(style, [](const std::string&, const OdtStyleInfo& s) { return s.bold; });
  }

  int heading_of(const std::string& style) const {
    return inherited<int>(style,
                          [](const std::string& name, const OdtStyleInfo& s) -> std::optional<int> {
                            if (s.outline > 0) return s.outline;
                            if (name == "Title" || s.display_name == "Title") return 1;
                            return std::nullopt;
                          })
        .value_or(0);
  }

  // Block content: of the body, a section, a list item, a cell or a text box.
  // `list_depth` counts the text:list elements around (0 outside lists).
  void blocks(const pugi::xml_node& parent, int list_depth, std::vector<Paragraph>& out) {
    for (pugi::xml_node node : parent.children()) {
      if (named(node, "text:p") || named(node, "text:h")) {
        paragraph(node, out);
      } else if (named(node, "text:list")) {
        list(node, list_depth + 1, out);
      } else if (named(node, "table:table")) {
        table(node, out);
      } else if (named(node, "text:section") || named(node, "text:index-body") ||
                 named(node, "draw:text-box") || named(node, "draw:frame")) {
        blocks(node, list_depth, out);
      }
    }
  }

  void list(const pugi::xml_node& list_node, int depth, std::vector<Paragraph>& out) {
    for (pugi::xml_node item : list_node.children()) {
      if (!named(item, "text:list-item") && !named(item, "text:list-header")) continue;
      std::vector<Paragraph> content;
      blocks(item, depth, content);
      bool first = named(item, "text:list-item");
      for (Paragraph& p : content) {
        // Nested lists set their own depth; the item's own paragraphs get this one.
        if (p.style.bullet_depth < 0 && p.style.heading_level == 0 && p.has_text()) {
          p.style.bullet_depth = depth - 1;
          p.style.continuation = !first;
          first = false;
        }
        out.push_back(std::move(p));
      }
    }
  }

  void rows(const pugi::xml_node& parent, std::vector<TableRow>& out) {
    for (pugi::xml_node node : parent.children()) {
      if (named(node, "table:table-row")) {
        TableRow row;
        for (pugi::xml_node cell : node.children("table:table-cell")) {
          TableCell content;
          blocks(cell, 0, content);
          row.push_back(std::move(content));
        }
        out.push_back(std::move(row));
      } else if (named(node, "table:table-header-rows") || named(node, "table:table-rows") ||
                 named(node, "table:table-row-group")) {
        rows(node, out);
      }
    }
  }

  void table(const pugi::xml_node& table_node, std::vector<Paragraph>& out) {
    std::vector<TableRow> table_rows;
    rows(table_node, table_rows);
    for (Paragraph& p : detail::flatten_table(table_rows)) out.push_back(std::move(p));
  }

  void paragraph(const pugi::xml_node& node, std::vector<Paragraph>& out) {
    Paragraph para;
    std::string style = node.attribute("text:style-name").value();
    if (named(node, "text:h")) {
      para.style.heading_level = std::clamp(node.attribute("text:outline-level").as_int(1), 1, 6);
    } else {
      para.style.heading_level = std::min(heading_of(style), 6);
    }
    std::vector<Paragraph> floating;
    inline_content(node, bold_of(style).value_or(false), para, floating);
    out.push_back(std::move(para));
    for (Paragraph& f : floating) out.push_back(std::move(f));
  }

  void inline_content(const pugi::xml_node& parent, bool bold, Paragraph& para,
                      std::vector<Paragraph>& floating) {
    for (pugi::xml_node node : parent.children()) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        para.runs.emplace_back(node.value(), bold);
      } else if (named(node, "text:span")) {
        std::optional<bool> own = bold_of(node.attribute("text:style-name").value());
        inline_content(node, own.value_or(bold), para, floating);
      } else if (named(node, "text:s")) {
        // Three spaces or more set text apart like a table's cells.
        if (node.attribute("text:c").as_int(1) >= 2) {
          para.runs.emplace_back(detail::kCellBreak, false);
        } else {
          para.runs.emplace_back(" ", bold);
        }
      } else if (named(node, "text:tab")) {
        para.runs.emplace_back("\t", bold);
      } else if (named(node, "text:line-break")) {
        para.runs.emplace_back("\n", bold);
      } else if (named(node, "draw:frame")) {
        blocks(node, 0, floating);
      } else if (named(node, "text:note") || named(node, "office:annotation") ||
                 named(node, "text:tracked-changes")) {
        continue;  // footnotes and comments are not the CV's text
      } else if (std::string_view(node.name()).starts_with("text:")) {
        inline_content(node, bold, para, floating);  // links, fields, bookmarks, ruby
      }
    }
  }

  const detail::ZipArchive& zip_;
  std::map<std::string, OdtStyleInfo> styles_;
};

Error odt_input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

}  // namespace

std::string odt_to_text(std::string_view bytes) {
  detail::ZipArchive zip(bytes);
  return OdtParser(zip).run();
}

DocumentRecord read_odt(const ReaderInput& input) {
  std::string text;
  try {
    text = schema::normalize_text(odt_to_text(input.bytes));
  } catch (const Error& e) {
    throw odt_input_error(input.path, e.what());
  }
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    throw odt_input_error(input.path, "OpenDocument file without text");
  }
  return extract_cv(text, input.context);
}

}  // namespace savant::indexer
