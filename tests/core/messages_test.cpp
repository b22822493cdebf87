// Messages of the host are data until the edge renders them in the user's language.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "app/message.hpp"
#include "store/store_error.hpp"

namespace inspraak::core {
namespace {

TEST(Messages, RenderInDutchOrEnglishWithTheirArguments) {
    const Message message{"point.not_found", {"I003.2"}};
    EXPECT_EQ(render(message, false), "I003.2: punt niet gevonden");
    EXPECT_EQ(render(message, true), "I003.2: point not found");
}

TEST(Messages, NothingIsLostForAnUnknownKeyOrTooFewArguments) {
    EXPECT_EQ(render(Message{"nog.niet.vertaald", {"a", "b"}}, true), "nog.niet.vertaald a b");
    EXPECT_EQ(render(Message{"point.not_found"}, false), "{}: punt niet gevonden");
}

TEST(Messages, PartsAreRenderedInTheSameLanguageAfterTheArguments) {
    const Message conflict{"review.row_conflict", {"I003.2"},
                           {Message{"review.changed_in_store", {}, {Message{"field.reaction"}}}}};
    EXPECT_EQ(render(conflict, false), "I003.2: reactie is in de store gewijzigd sinds het blad is gemaakt");
    EXPECT_EQ(render(conflict, true), "I003.2: reaction was changed in the store since the sheet was written");
}

TEST(Messages, AnAppResultHoldsAValueOrAKindOfError) {
    AppResult<int> good = 3;
    ASSERT_TRUE(good);
    EXPECT_EQ(good.value(), 3);
    AppResult<int> bad =
        AppError{ErrorKind::conflict, Message{"decision.conflict", {"I001.1", "kader", "geen"}, {Message{"field.route"}}}};
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::conflict);
    EXPECT_STREQ(to_string(bad.error().kind), "conflict");
    EXPECT_EQ(render(bad.error().message, true),
              "I001.1: changed in the meantime (was 'kader', is now 'geen': route); nothing saved");
}

namespace fs = std::filesystem;

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Texts {
    std::string dutch;
    std::string english;
};

// The catalogue as messages.cpp writes it, read from the source: the catalogue itself has no list
// of its keys (a front end only ever renders one).
std::map<std::string, Texts> catalogue() {
    static const std::regex entry(R"re(\{"([a-z0-9_.]+)",\s*\{"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\}\})re");
    const std::string source = slurp(fs::path(INSPRAAK_SOURCE_DIR) / "core/src/app/messages.cpp");
    std::map<std::string, Texts> texts;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), entry); it != std::sregex_iterator(); ++it)
        texts[(*it)[1]] = Texts{(*it)[2], (*it)[3]};
    return texts;
}

size_t placeholders(const std::string& text) {
    size_t count = 0;
    for (size_t at = text.find("{}"); at != std::string::npos; at = text.find("{}", at + 2)) ++count;
    return count;
}

// Every literal key the code under core/src/`folder` hands to a Message (directly, or through the
// small helpers of round_config.cpp and framework_import.cpp), with the file it is in.
std::map<std::string, std::string> keys_in_code(const std::regex& pattern, const std::string& folder = "") {
    std::map<std::string, std::string> keys;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(INSPRAAK_SOURCE_DIR) / "core/src" / folder)) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
        const std::string source = slurp(entry.path());
        for (auto it = std::sregex_iterator(source.begin(), source.end(), pattern); it != std::sregex_iterator(); ++it)
            keys.emplace((*it)[1], entry.path().filename().string());
    }
    return keys;
}

TEST(Messages, TheCatalogueIsReadFromItsSource) {
    const auto texts = catalogue();
    ASSERT_GT(texts.size(), 120u);
    // A text the source spells differently from the test's reading would go unchecked: compare.
    for (const auto& [key, text] : texts) {
        if (text.dutch.find('\\') != std::string::npos) continue;  // escapes: the source spells them differently
        std::vector<std::string> args;
        for (size_t i = 0; i < placeholders(text.dutch); ++i) args.push_back("{}");
        EXPECT_EQ(render(Message{key, args}, false), text.dutch) << key;
    }
}

TEST(Messages, EveryKeyHasBothLanguagesWithTheSameArguments) {
    for (const auto& [key, text] : catalogue()) {
        EXPECT_FALSE(text.dutch.empty()) << key;
        EXPECT_FALSE(text.english.empty()) << key;
        ASSERT_EQ(placeholders(text.dutch), placeholders(text.english)) << key;
        std::vector<std::string> args;
        for (size_t i = 0; i < placeholders(text.dutch); ++i) args.push_back("<" + std::to_string(i) + ">");
        for (bool english : {false, true}) {
            const std::string line = render(Message{key, args}, english);
            EXPECT_NE(line, key) << key;
            for (const auto& arg : args) EXPECT_NE(line.find(arg), std::string::npos) << key << ": " << line;
        }
    }
}

TEST(Messages, EveryKeyTheHostUsesIsInTheCatalogue) {
    const auto texts = catalogue();
    const auto used = keys_in_code(std::regex(R"re((?:Message\{|invalid\(|error\()"([a-z_]+\.[a-z0-9_.]+)")re"));
    ASSERT_GT(used.size(), 80u);
    for (const auto& [key, file] : used)
        EXPECT_TRUE(texts.contains(key)) << key << " in " << file;
}

// Why a file was not read is a reason (pipeline/ingest_call.hpp): the last part of the keys that
// name the file, an attachment's or an archive member's (both), or a round file's.
TEST(Messages, EveryReasonReadsForTheFileItIsAbout) {
    const auto texts = catalogue();
    const auto reasons = keys_in_code(std::regex(R"re((?:Message\{|refuse\()"([a-z_]+)"[,}])re"), "pipeline");
    ASSERT_GE(reasons.size(), 8u);
    for (const auto& [reason, file] : reasons) {
        const bool attachment = texts.contains("ingest.attachment." + reason);
        EXPECT_EQ(attachment, texts.contains("ingest.member." + reason)) << reason << " in " << file;
        EXPECT_TRUE(attachment || texts.contains("ingest." + reason)) << reason << " in " << file;
    }
    // And the other way round: every family has every reason the other has.
    for (const auto& [key, text] : texts) {
        if (key.starts_with("ingest.attachment.")) {
            EXPECT_TRUE(texts.contains("ingest.member." + key.substr(18))) << key;
        } else if (key.starts_with("ingest.member.")) {
            EXPECT_TRUE(texts.contains("ingest.attachment." + key.substr(14))) << key;
        }
    }
}

// A stage's warnings name their file (or point) first: the store keeps it in a column of its own
// and leaves it off the text (pipeline/problem_log.hpp).
TEST(Messages, WarningsNameTheirFileFirst) {
    for (const auto& [key, text] : catalogue()) {
        if (!key.starts_with("ingest.") && !key.starts_with("classify.point_")) continue;
        if (key == "ingest.attachment_note") continue;  // a note, not a warning
        EXPECT_TRUE(text.dutch.starts_with("{}: ")) << key;
        EXPECT_TRUE(text.english.starts_with("{}: ")) << key;
    }
}

TEST(Messages, AStoreErrorHasAKindAndAMessage) {
    const StoreError missing(ErrorKind::not_found, Message{"store.not_found", {"round.db"}});
    EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
    EXPECT_STREQ(missing.what(), "round.db: geen store gevonden (voer eerst 'inspraak init' of 'inspraak run' uit)");
    EXPECT_EQ(render(missing.error().message, true), "round.db: no store found (run 'inspraak init' or 'inspraak run' first)");
    // A server's own words are shown as they are, in every language.
    const StoreError said(ErrorKind::internal, Message{"store.said", {"server: connection refused"}});
    EXPECT_EQ(said.error().kind, ErrorKind::internal);
    EXPECT_EQ(render(said.error().message, true), "server: connection refused");
    // Caught as the AppException it is, by whoever does not know about stores.
    EXPECT_THROW(throw StoreError(ErrorKind::internal, Message{"store.nested_write_failed"}), AppException);
}

}  // namespace
}  // namespace inspraak::core
