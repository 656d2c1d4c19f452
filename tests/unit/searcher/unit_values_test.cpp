// SPDX-License-Identifier: MIT
// UnitValues reads the same values as Document::get_value, for every match,
// including documents without the slot and matches in any docid order.
#include "searcher/unit_values.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::searcher {
namespace {

TEST(UnitValues, SameAsDocumentValuesForEveryMatch) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 1; i <= 300; ++i) {
    Xapian::Document doc;
    doc.add_term(i % 3 == 0 ? "even" : "odd", static_cast<Xapian::termcount>(1 + i % 7));
    doc.add_term("all");
    doc.add_value(1, "researcher-" + std::to_string(i % 17));
    if (i % 5 != 0) doc.add_value(4, "venue-" + std::to_string(i));  // some lack slot 4
    db.add_document(doc);
  }
  Xapian::Enquire enquire(db);
  for (const char* term : {"all", "even", "odd", "missing"}) {
    enquire.set_query(Xapian::Query(term));
    // Weight order, not docid order: UnitValues must not depend on it.
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
    UnitValues values(db, mset, {1, 4});
    std::size_t with_venue = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      EXPECT_EQ(values.get(*it, 1), doc.get_value(1)) << term << " doc " << *it;
      EXPECT_EQ(values.get(*it, 4), doc.get_value(4)) << term << " doc " << *it;
      EXPECT_EQ(UnitDocument(values, it.get_rank()).get_value(1), doc.get_value(1));
      EXPECT_EQ(values.at(it.get_rank(), 4), doc.get_value(4));
      with_venue += !values.get(*it, 4).empty();
    }
    if (std::string(term) == "all") {
      EXPECT_EQ(mset.size(), 300u);
      EXPECT_EQ(with_venue, 240u);
    }
    EXPECT_EQ(values.get(100000, 1), "");  // not a match
    if (!mset.empty()) {
      EXPECT_EQ(values.get(*mset.begin(), 9), "");  // slot not read
    }
  }
}

}  // namespace
}  // namespace savant::searcher
