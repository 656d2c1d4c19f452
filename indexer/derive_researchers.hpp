// SPDX-License-Identifier: MIT
// The second half of every indexing run, whatever fed the records in: derive
// researchers from all stored records, write what changed, sweep, commit.
#pragma once

#include "indexer/index_store.hpp"
#include <savant/index.hpp>

namespace savant::indexer {

/// Groups every record stored in `store` into researchers, writes the
/// researcher and evidence documents whose content changed, deletes those no
/// longer produced and commits. Sets the report's researchers, publications,
/// evidence and document counts. Xapian errors propagate untranslated.
void derive_and_commit(IndexStore& store, IndexReport& report);

}  // namespace savant::indexer
