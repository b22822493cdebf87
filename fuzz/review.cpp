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
#include "test_support/review_store.hpp"

namespace {

using namespace inspraak;
using namespace inspraak::core;

struct RollBack {};

const std::vector<Workstream> workstreams{{"kader", "Verwerken in het kader", "", {}, {}},
                                          {"economische-strategie", "Economische strategienota", "", {}, {}}};

char folder[] = "/tmp/inspraak-fuzz-review-XXXXXX";

// The store of tests/review/review_import_test.cpp, whose sheets are among the seeds, in a
// folder removed when the process ends (after the store is closed: registered before it exists).
Store make_store() {
    if (mkdtemp(folder) == nullptr) fuzz::fail("mkdtemp", folder);
    std::atexit([] { std::filesystem::remove_all(folder); });
    Store store = Store::create(std::filesystem::path(folder) / "round.db");
    test::fill_review_store(store);
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
