# SPDX-License-Identifier: MIT
# Tests of the readers of binary and markup formats, relative to tests/.
set(SAVANT_BINARY_READER_TEST_SOURCES
  unit/indexer/readers/bad_input_test.cpp
  unit/indexer/readers/docx_reader_test.cpp
  unit/indexer/readers/html_reader_test.cpp
  unit/indexer/readers/odt_reader_test.cpp
  unit/indexer/readers/pdf_reader_test.cpp
  unit/indexer/readers/reader_test_support.cpp
  unit/indexer/readers/text_decoder_test.cpp)
