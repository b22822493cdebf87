// Problems with the input: a warning in the user's language, and a line in the store in the
// round's, without the file (pipeline/problem_log.hpp); why a file was not read reads right for a
// round file and for a file inside one (pipeline/ingest_call.hpp).
#include <gtest/gtest.h>

#include <vector>

#include "pipeline/ingest_call.hpp"
#include "pipeline/problem_log.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

TEST(ProblemLog, WarnsWithTheMessageAndStoresTheTextInTheRoundsLanguageWithoutTheFile) {
    TempDir dir;
    Store store = Store::create(dir.path() / "round.db");
    std::vector<Message> warned;
    const std::function<void(const Message&)> warn = [&](const Message& m) { warned.push_back(m); };
    const Message dwg = reason_in("ingest", Message{"no_plugin", {"dwg"}}, {"submissions/tekening.dwg"});
    store.write([&](Store&) {
        ProblemLog(store, warn, false).report("ingest", dwg);
        ProblemLog(store, warn, true).record("ingest", Message{"ingest.same_content", {"submissions/b.pdf", "submissions/a.pdf"}});
    });
    ASSERT_EQ(warned.size(), 1u);  // recorded only: no warning
    EXPECT_EQ(render(warned[0], true), "submissions/tekening.dwg: no ingest plugin for .dwg files");
    const auto problems = store.problems();
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].file, "submissions/tekening.dwg");
    EXPECT_EQ(problems[0].message, "geen ingest-plugin voor .dwg-bestanden");  // as stored before Messages
    EXPECT_EQ(problems[1].file, "submissions/b.pdf");
    EXPECT_EQ(problems[1].message, "same content as submissions/a.pdf; not ingested again");
    // The same problem seen again is not recorded twice.
    store.write([&](Store&) { ProblemLog(store, warn, false).report("ingest", dwg); });
    EXPECT_EQ(store.problems().size(), 2u);
}

TEST(ProblemLog, AReasonReadsForAnAttachmentAndForAnArchivesMember) {
    const Message limit{"too_many", {"1000"}};
    EXPECT_EQ(render(reason_in("ingest.attachment", limit, {"submissions/mail.eml", "B.pdf"}), true),
              "submissions/mail.eml: attachment 'B.pdf': more than 1000 files in one file; the rest was not read");
    EXPECT_EQ(render(reason_in("ingest.member", limit, {"submissions/post.zip", "a.zip/brief.docx"}), false),
              "submissions/post.zip: 'a.zip/brief.docx': meer dan 1000 bestanden in één bestand; de rest is niet gelezen");
    EXPECT_EQ(render(reason_in("ingest", Message{"plugin_threw"}, {"submissions/x.pdf"}), true),
              "submissions/x.pdf: the plugin threw an exception");
}

}  // namespace
}  // namespace inspraak::core
