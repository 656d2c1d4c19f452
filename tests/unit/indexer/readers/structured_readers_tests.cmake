# SPDX-License-Identifier: MIT
# Unit tests of the structured-format readers, relative to tests/.
set(SAVANT_STRUCTURED_READER_TEST_SOURCES
  unit/indexer/readers/bibtex_parser_test.cpp
  unit/indexer/readers/bibtex_reader_test.cpp
  unit/indexer/readers/collection_notes_test.cpp
  unit/indexer/readers/format_detection_test.cpp
  unit/indexer/readers/jemdoc_reader_test.cpp
  unit/indexer/readers/json_resume_reader_test.cpp
  unit/indexer/readers/latex_reader_test.cpp
  unit/indexer/readers/latex_text_test.cpp
  unit/indexer/readers/markdown_reader_test.cpp
  unit/indexer/readers/structured_common_test.cpp
  unit/indexer/readers/yaml_cv_reader_test.cpp)
