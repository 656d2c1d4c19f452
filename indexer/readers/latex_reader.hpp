// SPDX-License-Identifier: MIT
// Reads LaTeX CV sources (moderncv, friggeri, yaac, resume templates, plain
// article CVs) and publication lists (\bibitem, enumerated references).
#pragma once

#include "indexer/readers/reader.hpp"
#include <savant/records.hpp>

#include <string>
#include <string_view>

namespace savant::indexer {

/// LaTeX source as Markdown-like text for the CV extractor: user macros
/// (\newcommand, \def) expanded, \section -> "#", \subsection -> "##",
/// list items -> "- " or "1. ", CV entry commands (\cventry, \cvitem, \entry,
/// \experience, \rSubsection, ...) -> a bold headline with its fields on the
/// lines below, tables' cells joined by " | ", inline markup to Unicode text.
/// Only the document body is kept when there is one.
std::string latex_to_markdown(std::string_view latex);

/// Reads a LaTeX CV or publication list through the CV extractor; the name
/// comes from \name, \firstname/\familyname, \author or \header when present,
/// e-mails from \email as well as the text.
DocumentRecord read_latex(const ReaderInput& input);

}  // namespace savant::indexer
