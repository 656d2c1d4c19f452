// SPDX-License-Identifier: MIT
// LaTeX inline markup to plain Unicode text: accents, letter commands, dashes,
// font commands and braces. Shared by the BibTeX and LaTeX readers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace savant::indexer {

/// How latex_to_text treats line structure.
struct LatexTextOptions {
  /// `\\`, `\newline` and blank lines become '\n' (LaTeX sources); otherwise
  /// every line break is a space (BibTeX field values).
  bool keep_line_breaks = false;
};

/// Converts LaTeX markup to text: `{\"u}`, `\"{u}`, `\"u` -> ü; `\ss` -> ß;
/// `\c{c}` -> ç; `~` -> space; `--` -> en dash; `\&` -> &; `\emph{x}`,
/// `\textbf{x}`, `{\bf x}` -> x; `\href{url}{text}` -> text; `\url{u}` -> u;
/// `$^{11}$C` -> 11C; layout commands (`\vspace{..}`, `\hfill`) dropped;
/// unknown commands dropped with their arguments' text kept; braces removed.
/// `%` is kept (BibTeX values use it as a character): strip comments first
/// with strip_latex_comments when the input is a LaTeX source.
std::string latex_to_text(std::string_view latex, const LatexTextOptions& options = {});

/// `latex` without comments: from an unescaped `%` to the end of the line,
/// and the line break after it (TeX joins the lines). `\%` is kept.
std::string strip_latex_comments(std::string_view latex);

/// The brace group opening at `text[pos]` after optional spaces and one line
/// break: its content without the outer braces, with `pos` moved past it; or
/// nothing (and `pos` unchanged) when no group opens there or it never closes.
std::optional<std::string_view> read_brace_group(std::string_view text, std::size_t& pos);

/// Like read_brace_group for a `[...]` optional argument.
std::optional<std::string_view> read_bracket_group(std::string_view text, std::size_t& pos);

/// The name of the control word at `text[pos]` (pos at the backslash), or ""
/// when `text[pos]` does not start one.
std::string_view control_word_at(std::string_view text, std::size_t pos);

}  // namespace savant::indexer
