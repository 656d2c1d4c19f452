# SPDX-License-Identifier: MIT
# Readers of structured researcher formats (BibTeX, JSON Resume, YAML site
# data, LaTeX, jemdoc, Markdown pages), relative to indexer/.
set(SAVANT_STRUCTURED_READER_SOURCES
  readers/bibtex_parser.cpp
  readers/bibtex_reader.cpp
  readers/jemdoc_reader.cpp
  readers/json_resume_reader.cpp
  readers/latex_reader.cpp
  readers/latex_text.cpp
  readers/markdown_reader.cpp
  readers/structured_common.cpp
  readers/yaml_cv_reader.cpp)
