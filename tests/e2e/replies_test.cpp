// End to end: `inspraak replies` on the demo round with the real binary. First it refuses while
// reactions are drafts; after `approve --all` it writes a letter per submission holding exactly
// that submission's points (compared with the store), an .eml per submission with an e-mail
// address, and lists those without one; LibreOffice opens a letter and renders it; and the
// published reactienota is byte for byte what it was, with no sender's e-mail address in it.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "inspraak/text.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"
#include "test_support/office.hpp"
#include "test_support/published_text.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

CommandResult inspraak(const std::vector<std::string>& args, const fs::path& cwd) {
    return run_command(INSPRAAK_BINARY, args, cwd);
}

// The reactienota's own files (not the letters' folder), with their bytes.
std::map<std::string, std::string> reactienota_files(const fs::path& out) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(out))
        if (entry.is_regular_file() && entry.path().filename().string().starts_with("reactienota."))
            files[entry.path().filename().string()] = slurp(entry.path());
    return files;
}

// The letter's paragraphs' text, white space squashed.
std::string letter_text(const fs::path& docx) {
    const auto entries = read_zip_entries(slurp(docx));
    const auto document = entries.find("word/document.xml");
    if (document == entries.end()) return {};
    pugi::xml_document xml;
    if (!xml.load_buffer(document->second.data(), document->second.size())) return {};
    std::string text;
    for (const auto& p : xml.select_nodes("//w:p")) {
        for (const auto& t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
        text += "\n";
    }
    return text;
}

std::string squash(const std::string& text) { return text::normalize_whitespace(text); }

size_t count_of(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

class RepliesOnTheDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        const fs::path out = dir_->path() / "uit";
        const auto run = inspraak({"-q", "run", demo.string(), "--out", out.string()}, dir_->path());
        ASSERT_EQ(run.exit_code, 0) << run.err;
        refused_ = new CommandResult(inspraak({"replies", demo.string(), "--out", out.string()}, dir_->path()));
        before_ = new std::map<std::string, std::string>(reactienota_files(out));
        const auto approve = inspraak({"-q", "approve", demo.string(), "--all", "--out", out.string()}, dir_->path());
        ASSERT_EQ(approve.exit_code, 0) << approve.err;
        written_ = new CommandResult(
            inspraak({"replies", demo.string(), "--out", out.string(), "--from", "inspraak@maasbergen.example", "--date", "2025-04-01"},
                     dir_->path()));
    }
    static void TearDownTestSuite() {
        delete written_;
        delete before_;
        delete refused_;
        delete dir_;
    }

    static fs::path out() { return dir_->path() / "uit"; }
    static fs::path letters() { return out() / "antwoorden"; }

    static TempDir* dir_;
    static CommandResult* refused_;
    static CommandResult* written_;
    static std::map<std::string, std::string>* before_;
};

TempDir* RepliesOnTheDemo::dir_ = nullptr;
CommandResult* RepliesOnTheDemo::refused_ = nullptr;
CommandResult* RepliesOnTheDemo::written_ = nullptr;
std::map<std::string, std::string>* RepliesOnTheDemo::before_ = nullptr;

TEST_F(RepliesOnTheDemo, RefusesWhileReactionsAreNotApprovedAndWritesNothing) {
    EXPECT_EQ(refused_->exit_code, 2) << refused_->out << refused_->err;
    EXPECT_NE(refused_->err.find("--drafts"), std::string::npos) << refused_->err;
    EXPECT_NE(refused_->err.find("inspraak approve"), std::string::npos) << refused_->err;
    EXPECT_EQ(refused_->err.find('\n'), refused_->err.size() - 1) << "one line: " << refused_->err;
}

TEST_F(RepliesOnTheDemo, EverySubmissionGetsALetterWithExactlyItsOwnPoints) {
    ASSERT_EQ(written_->exit_code, 0) << written_->err;
    core::Store store = core::Store::open(out() / "round.db");
    std::map<std::string, std::vector<std::string>> points;
    for (const auto& point : store.points()) points[point.submission_id].push_back(point.text);
    const auto submissions = store.submissions();
    ASSERT_GE(submissions.size(), 8u);
    // The letter names what the sender responded to, the framework, not the reactienota's title.
    const std::string framework_title = store.framework().title;
    ASSERT_FALSE(framework_title.empty());
    const std::string round_title = core::load_round(demo).title;
    ASSERT_NE(round_title, framework_title);
    for (const auto& submission : submissions) {
        const fs::path docx = letters() / (submission.id + ".docx");
        ASSERT_TRUE(fs::exists(docx)) << docx;
        const std::string text = squash(letter_text(docx));
        EXPECT_NE(text.find("uw reactie op " + squash(framework_title) + "."), std::string::npos) << submission.id << "\n" << text;
        EXPECT_EQ(text.find(squash(round_title)), std::string::npos) << submission.id;
        EXPECT_NE(text.find("Geachte "), std::string::npos) << submission.id;
        EXPECT_NE(text.find("1 april 2025"), std::string::npos) << submission.id;
        EXPECT_NE(text.find("Algemene reactie"), std::string::npos) << submission.id;
        EXPECT_NE(text.find("Met vriendelijke groet,"), std::string::npos) << submission.id;
        const auto& own = points[submission.id];
        EXPECT_EQ(count_of(text, "Uw punt "), own.size()) << submission.id << ": a point too many or too few\n" << text;
        for (const auto& point : own) EXPECT_NE(text.find(squash(point)), std::string::npos) << submission.id << " lacks " << point;
        EXPECT_EQ(text.find("CONCEPT"), std::string::npos) << submission.id << ": every reaction was approved";
    }
}

TEST_F(RepliesOnTheDemo, AMailPerSenderWithAnAddressAndAListOfTheOthers) {
    ASSERT_EQ(written_->exit_code, 0) << written_->err;
    core::Store store = core::Store::open(out() / "round.db");
    const std::string csv = slurp(letters() / "zonder-adres.csv");
    int mails = 0;
    int by_post = 0;
    for (const auto& submission : store.submissions()) {
        const fs::path eml = letters() / (submission.id + ".eml");
        if (submission.stakeholder.email.find('@') != std::string::npos) {
            ++mails;
            ASSERT_TRUE(fs::exists(eml)) << eml;
            const std::string mail = slurp(eml);
            EXPECT_NE(mail.find(submission.stakeholder.email), std::string::npos) << submission.id;
            EXPECT_NE(mail.find("inspraak@maasbergen.example"), std::string::npos) << submission.id;
            EXPECT_NE(mail.find("reactie-" + submission.id + ".docx"), std::string::npos) << submission.id;
            EXPECT_EQ(csv.find(submission.id + ","), std::string::npos) << submission.id;
        } else {
            ++by_post;
            EXPECT_FALSE(fs::exists(eml)) << eml;
            EXPECT_NE(csv.find(submission.id + ","), std::string::npos) << submission.id << "\n" << csv;
            EXPECT_NE(written_->out.find(submission.id + " ("), std::string::npos) << submission.id << "\n" << written_->out;
        }
    }
    EXPECT_GT(mails, 0);
    EXPECT_GT(by_post, 0);
    EXPECT_NE(written_->out.find(std::to_string(mails) + " e-mails"), std::string::npos) << written_->out;
}

TEST_F(RepliesOnTheDemo, LibreOfficeOpensAndRendersALetter) {
    const fs::path soffice = find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    ASSERT_EQ(written_->exit_code, 0) << written_->err;
    // The letter with the most points.
    fs::path letter;
    size_t most = 0;
    for (const auto& entry : fs::directory_iterator(letters())) {
        if (entry.path().extension() != ".docx") continue;
        const size_t points = count_of(letter_text(entry.path()), "Uw punt ");
        if (points >= most) most = points, letter = entry.path();
    }
    ASSERT_FALSE(letter.empty());
    const fs::path work = dir_->path() / "office";
    const auto text = office_convert(soffice, letter, "txt:Text (encoded):UTF8", work / "txt", work);
    ASSERT_TRUE(text) << "LibreOffice could not open " << letter;
    const std::string shown = squash(slurp(*text));
    EXPECT_NE(shown.find("Uw punt 1"), std::string::npos) << shown;
    EXPECT_NE(shown.find("Onze reactie"), std::string::npos) << shown;
    EXPECT_NE(shown.find("Met vriendelijke groet,"), std::string::npos) << shown;
    const auto pdf = office_convert(soffice, letter, "pdf", work / "pdf", work);
    ASSERT_TRUE(pdf) << "LibreOffice could not render " << letter;
    EXPECT_EQ(slurp(*pdf).rfind("%PDF", 0), 0u);
}

TEST_F(RepliesOnTheDemo, ThePublishedReactienotaIsUntouchedAndHoldsNoAddress) {
    ASSERT_EQ(written_->exit_code, 0) << written_->err;
    EXPECT_EQ(reactienota_files(out()), *before_) << "replies changed a file of the reactienota";
    ASSERT_GE(before_->size(), 5u);
    core::Store store = core::Store::open(out() / "round.db");
    std::set<std::string> addresses;
    for (const auto& submission : store.submissions())
        if (!submission.stakeholder.email.empty()) addresses.insert(submission.stakeholder.email);
    ASSERT_FALSE(addresses.empty());
    for (const auto& [name, bytes] : *before_) {
        const std::string text = published_text(out() / name);
        for (const auto& address : addresses) EXPECT_EQ(text.find(address), std::string::npos) << name << " publishes " << address;
    }
}

TEST_F(RepliesOnTheDemo, InEnglishWithLangEnOnlyTheFormatsAskedForAndBadOptionsRefused) {
    const fs::path english = dir_->path() / "english";
    const auto en = inspraak({"--lang", "en", "replies", demo.string(), "--out", out().string(), "--to", english.string(),
                              "--format", "docx"},
                             dir_->path());
    ASSERT_EQ(en.exit_code, 0) << en.err;
    EXPECT_NE(en.out.find("Letters written in"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("no e-mail address, send the letter by post"), std::string::npos) << en.out;
    const std::string text = squash(letter_text(english / "I001.docx"));
    for (const char* expected : {"Dear ", "Your point 1", "Our response:", "General response", "Kind regards,"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    for (const auto& entry : fs::directory_iterator(english)) EXPECT_NE(entry.path().extension(), ".eml") << entry.path();

    const auto bad = inspraak({"replies", demo.string(), "--out", out().string(), "--format", "pdf"}, dir_->path());
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("'pdf'"), std::string::npos) << bad.err;
    const auto bad_date = inspraak({"replies", demo.string(), "--out", out().string(), "--date", "1-4-2025"}, dir_->path());
    EXPECT_EQ(bad_date.exit_code, 2);
    EXPECT_NE(bad_date.err.find("--date 1-4-2025"), std::string::npos) << bad_date.err;
}

TEST_F(RepliesOnTheDemo, LettersNeverGoIntoTheReactienotasFolder) {
    const auto into = inspraak({"replies", demo.string(), "--out", out().string(), "--to", out().string()}, dir_->path());
    EXPECT_EQ(into.exit_code, 2) << into.err;
    EXPECT_NE(into.err.find("persoonsgegevens"), std::string::npos) << into.err;
    EXPECT_EQ(reactienota_files(out()), *before_);
}

}  // namespace
}  // namespace inspraak
