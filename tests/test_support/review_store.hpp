// A small round in a store for the tests of import-review and its fuzz target: a framework of
// three chapters and an appendix, two submissions with two points each, classifications and
// reactions for three of them; review_sheet.hpp's review_store_rows() is its review sheet.
#pragma once

#include "store/store.hpp"

namespace inspraak::test {

inline void fill_review_store(core::Store& store) {
    using namespace inspraak::core;
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h1.2", "1.2", "Doel", SectionKind::section, "h1", 2},
                  {"h5", "5", "Kader activiteiten", SectionKind::chapter, "", 1},
                  {"h5.1", "5.1", "Criteria", SectionKind::section, "h5", 2},
                  {"h5-2", "5", "Activiteiten gewogen", SectionKind::chapter, "", 1},
                  {"h5-2.1", "5.1", "Weging", SectionKind::section, "h5-2", 2},
                  {"b1", "B1", "Partners", SectionKind::appendix, "", 1}};
    store.replace_framework(f);
    int64_t file = store.add_file("submissions/a.txt", "sha-a", "tekst", "ingest-text", "ok", "");
    IngestedSubmission submission;
    submission.body = "tekst";
    std::string first = store.add_submission(file, 0, Stakeholder{"", "Havenbedrijf", "bedrijfsleven", "", ""}, submission);
    std::string second = store.add_submission(file, 1, Stakeholder{"", "", "inwoners", "", ""}, submission);
    store.add_point(Point{"I001.1", first, 1, "Meer aandacht voor de haven.", "", ""});
    store.add_point(Point{"I001.2", first, 2, "De criteria zijn te streng.", "", ""});
    store.add_point(Point{"I002.1", second, 1, "Werk samen met partners.", "", ""});
    store.add_point(Point{"I002.2", second, 2, "Nog niet geclassificeerd.", "", ""});
    store.save_classification("I001.1", Classification{{{"h1", 0.8, ""}, {"b1", 0.3, ""}}, "kader", 0.7, {}, "test"}, "");
    store.save_classification("I001.2", Classification{{{"h5", 0.9, "h5.1"}}, "economische-strategie", 0.6, {}, "test"}, "");
    store.save_classification("I002.1", Classification{{{"b1", 0.7, ""}}, "kader", 0.5, {}, "test"}, "");
    store.save_reaction("I001.1", Reaction{"Dank voor uw reactie.", "draft", "inspraak"});
    store.save_reaction("I001.2", Reaction{"We kijken naar de criteria.", "approved", "inspraak"});
    store.save_reaction("I002.1", Reaction{"Partners zijn belangrijk.", "draft", "inspraak"});
}

}  // namespace inspraak::test
