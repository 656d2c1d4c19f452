# SPDX-License-Identifier: MIT
# The CV extractor's unit tests, relative to tests/.
set(SAVANT_EXTRACT_TEST_SOURCES
  unit/indexer/authors_test.cpp
  unit/indexer/contact_test.cpp
  unit/indexer/cv_extractor_test.cpp
  unit/indexer/dates_test.cpp
  unit/indexer/education_parser_test.cpp
  unit/indexer/entries_test.cpp
  unit/indexer/evidence_recall_test.cpp
  unit/indexer/experience_parser_test.cpp
  unit/indexer/front_matter_test.cpp
  unit/indexer/line_model_test.cpp
  unit/indexer/list_owner_test.cpp
  unit/indexer/name_finder_test.cpp
  unit/indexer/organisations_test.cpp
  unit/indexer/publication_parser_test.cpp
  unit/indexer/publication_status_test.cpp
  unit/indexer/sections_test.cpp)
