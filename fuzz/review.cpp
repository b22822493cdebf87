// import-review (core/src/review/review_import): a review sheet read back into a small store of
// four points, in a transaction that is rolled back after every input, so that each input meets
// the same store. An XlsxError is the answer to a sheet that is not a review sheet.
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "fuzz_input.hpp"
#include "review/review_import.hpp"
#include "review/xlsx_reader.hpp"
#include "store/store.hpp"

namespace {

using namespace inspraak;
using namespace inspraak::core;

struct RollBack {};

const std::vector<Workstream> workstreams{{"kader", "Verwerken in het kader", "", {}, {}},
                                          {"economische-strategie", "Economische strategienota", "", {}, {}}};

// The store of tests/review/review_import_test.cpp, whose sheets are among the seeds.
Store make_store() {
    char folder[] = "/tmp/inspraak-fuzz-review-XXXXXX";
    if (mkdtemp(folder) == nullptr) fuzz::fail("mkdtemp", folder);
    const std::filesystem::path file = std::filesystem::path(folder) / "round.db";
    Store store = Store::create(file);
    std::filesystem::remove_all(folder);  // the open database lives on without its name
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1},
                  {"h1.2", "1.2", "Doel", SectionKind::section, "h1", 2},
                  {"h5", "5", "Kader activiteiten", SectionKind::chapter, "", 1},
                  {"h5.1", "5.1", "Criteria", SectionKind::section, "h5", 2},
                  {"b1", "B1", "Partners", SectionKind::appendix, "", 1}};
    store.replace_framework(f);
    const int64_t source = store.add_file("submissions/a.txt", "sha-a", "tekst", "ingest-text", "ok", "");
    IngestedSubmission submission;
    submission.body = "tekst";
    const std::string first = store.add_submission(source, 0, Stakeholder{"", "Havenbedrijf", "bedrijfsleven", "", ""}, submission);
    const std::string second = store.add_submission(source, 1, Stakeholder{"", "", "inwoners", "", ""}, submission);
    store.add_point(Point{"I001.1", first, 1, "Meer aandacht voor de haven.", "", ""});
    store.add_point(Point{"I001.2", first, 2, "De criteria zijn te streng.", "", ""});
    store.add_point(Point{"I002.1", second, 1, "Werk samen met partners.", "", ""});
    store.add_point(Point{"I002.2", second, 2, "Nog niet geclassificeerd.", "", ""});
    store.save_classification("I001.1", Classification{{{"h1", 0.8, ""}, {"b1", 0.3, ""}}, "kader", 0.7, {}, "test"}, "");
    store.save_classification("I001.2", Classification{{{"h5", 0.9, "h5.1"}}, "economische-strategie", 0.6, {}, "test"}, "");
    store.save_reaction("I001.1", Reaction{"Dank voor uw reactie.", "draft", "inspraak"});
    store.save_reaction("I001.2", Reaction{"We kijken naar de criteria.", "approved", "inspraak"});
    return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Store store = make_store();
    try {
        const auto workbook = XlsxWorkbook::from_bytes(std::string(fuzz::bytes(data, size)), "review.xlsx");
        store.write([&](Store& s) {
            const ReviewImportSummary summary = import_review(s, workbook, workstreams, "fuzz");
            for (const Message& conflict : summary.conflicts) fuzz::check_text("conflict", render(conflict, false));
            throw RollBack{};
        });
    } catch (const XlsxError&) {
    } catch (const RollBack&) {
    }
    return 0;
}
