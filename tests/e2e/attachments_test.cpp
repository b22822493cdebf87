// End to end: input as it really reaches a municipality. A mail whose reaction is an attached
// letter (.docx) with an annex (.pdf), both made by LibreOffice; a .zip of letters; a zip bomb and
// a zip nested ten deep. Runs the real binary and reads what it published and stored.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

#include "store/store.hpp"
#include "test_support/mail_builder.hpp"
#include "test_support/msg_writer.hpp"
#include "test_support/tnef_writer.hpp"
#include "test_support/office.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/zip_entries.hpp"
#include "test_support/zip_writer.hpp"
#include "util/sha256.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using ::testing::HasSubstr;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

const char* const kOrganisation = "Industriekring Oostmaas";
const char* const kSubject = "Reactie op concept Kader Internationalisering";
const char* const kLetterName = "Reactie Industriekring Oostmaas.docx";
const char* const kAnnexName = "Bijlage voorbeelden.pdf";
// Personal data in the mail's signature and the letter's letterhead: never published.
const std::vector<std::string> kPersonalData = {"06-12345678", "077-3216549", "kees.jansen@industriekring.example",
                                                "secretariaat@industriekring.example", "Kees Jansen"};

// Fragments of the remarks in the letter and the annex: every one must become a point.
const std::vector<std::string> kLetterRemarks = {"toets op de werkgelegenheid in de regio",
                                                 "vaste plaats bij de handelsmissies naar Duitsland",
                                                 "jaarlijks te rapporteren over concrete resultaten"};
const std::vector<std::string> kAnnexRemarks = {"een gezamenlijke stand zou de kosten",
                                                "aanspreekpunt bij de gemeente zou veel tijd schelen"};

std::string letter_fodt() {
    return flat_odt("Reactie Industriekring Oostmaas",
                    {{0, "Industriekring Oostmaas"},
                     {0, "Havenweg 12, 5900 AB Maasbergen"},
                     {0, "Telefoon 077-3216549, secretariaat@industriekring.example"},
                     {0, "Maasbergen, 3 maart 2025"},
                     {0, "Geachte mevrouw Brands,"},
                     {0, "Graag maken wij gebruik van de mogelijkheid om te reageren op het concept. Hieronder vindt "
                         "u onze opmerkingen."},
                     {2, "Criteria"},
                     {0, "Wij missen bij de criteria in hoofdstuk 5 een toets op de werkgelegenheid in de regio; neem "
                         "die op als eerste criterium."},
                     {0, "De maakindustrie verdient een vaste plaats bij de handelsmissies naar Duitsland, omdat daar "
                         "de meeste afnemers van onze leden zitten."},
                     {2, "Netwerken"},
                     {0, "Het kader noemt de stedenbanden, maar zegt niet wat ze ondernemers opleveren. Wij vragen u "
                         "jaarlijks te rapporteren over concrete resultaten."},
                     {0, "Met vriendelijke groet,"},
                     {0, "Industriekring Oostmaas"},
                     {0, "K. Jansen, voorzitter"}});
}

std::string annex_fodt() {
    return flat_odt("Voorbeelden uit de praktijk",
                    {{1, "Voorbeelden uit de praktijk"},
                     {0, "Bij de beurs in Hannover stonden vorig jaar zes leden zonder enige steun van de gemeente; "
                         "een gezamenlijke stand zou de kosten voor kleine bedrijven sterk verlagen."},
                     {0, "Exportvragen van leden komen nu bij drie verschillende loketten terecht; één "
                         "aanspreekpunt bij de gemeente zou veel tijd schelen."}});
}

const char* const kCoverNote =
    "Geachte mevrouw Brands,\n\n"
    "Bijgaand treft u de reactie van de Industriekring Oostmaas op het concept Kader Internationalisering aan.\n\n"
    "Met vriendelijke groet,\n\n"
    "Kees Jansen\nVoorzitter Industriekring Oostmaas\nT 06-12345678\nkees.jansen@industriekring.example\n";

// A round with the demo's framework and workstreams and an empty submissions folder.
fs::path empty_round(const fs::path& dir) {
    auto round = dir / "round";
    fs::create_directories(round / "submissions");
    for (const char* file : {"round.json", "kader.md", "algemene-reactie.md"}) fs::copy_file(demo / file, round / file);
    return round;
}

void write(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

const json* point_containing(const json& report, const std::string& fragment) {
    for (const auto& point : report["points"])
        if (point["text"].get<std::string>().find(fragment) != std::string::npos) return &point;
    return nullptr;
}

std::set<std::string> point_texts(const fs::path& report_json) {
    std::set<std::string> texts;
    const json report = json::parse(slurp(report_json));
    for (const auto& point : report["points"]) texts.insert(point["text"].get<std::string>());
    return texts;
}

// The letter and the annex, made once by LibreOffice for every test here.
class MailWithAttachedLetter : public testing::Test {
protected:
    static void SetUpTestSuite() {
        const auto soffice = find_soffice();
        if (soffice.empty()) return;
        work_ = new TempDir();
        write(work_->path() / "src/letter.fodt", letter_fodt());
        write(work_->path() / "src/annex.fodt", annex_fodt());
        auto docx = office_convert(soffice, work_->path() / "src/letter.fodt", "docx:MS Word 2007 XML",
                                   work_->path() / "made", work_->path() / "lo");
        auto pdf = office_convert(soffice, work_->path() / "src/annex.fodt", "pdf", work_->path() / "made",
                                  work_->path() / "lo");
        if (docx && pdf) {
            letter_ = new std::string(slurp(*docx));
            annex_ = new std::string(slurp(*pdf));
        }
    }
    static void TearDownTestSuite() {
        delete letter_;
        delete annex_;
        delete work_;
        letter_ = annex_ = nullptr;
        work_ = nullptr;
    }
    void SetUp() override {
        if (find_soffice().empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
        ASSERT_NE(letter_, nullptr) << "LibreOffice could not make the letter and the annex";
    }

    static test::Mail mail() {
        return test::Mail{"Kees Jansen",
                          "kees.jansen@industriekring.example",
                          kOrganisation,
                          kSubject,
                          "Tue, 04 Mar 2025 09:12:00 +0100",
                          kCoverNote,
                          {{kLetterName, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", *letter_},
                           {kAnnexName, "application/pdf", *annex_}}};
    }

    static inline TempDir* work_ = nullptr;
    static inline std::string* letter_ = nullptr;
    static inline std::string* annex_ = nullptr;
};

TEST_F(MailWithAttachedLetter, EveryRemarkOfBothAttachmentsIsAPointOfTheMailsSender) {
    TempDir dir;
    auto round = empty_round(dir.path());
    write(round / "submissions/industriekring.eml", test::build_mail(mail()));
    auto out = dir.path() / "out";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "") << "a mail with its letter attached reads without warnings";

    const json report = json::parse(slurp(out / "reactienota.json"));
    ASSERT_EQ(report["submissions"].size(), 1u);
    EXPECT_EQ(report["submissions"][0]["stakeholder"], kOrganisation);
    EXPECT_THAT(report["submissions"][0]["source"].get<std::string>(), ::testing::EndsWith("industriekring.eml"));
    // The letter's remarks, then the annex's; the cover note's courtesy, the letterhead and the
    // sign-off are no points.
    EXPECT_EQ(report["points"].size(), kLetterRemarks.size() + kAnnexRemarks.size()) << report["points"].dump(1);
    auto expect_from = [&](const std::vector<std::string>& remarks, const std::string& attachment) {
        for (const auto& fragment : remarks) {
            SCOPED_TRACE(fragment);
            const json* point = point_containing(report, fragment);
            ASSERT_NE(point, nullptr);
            EXPECT_EQ((*point)["stakeholder"], kOrganisation);
            EXPECT_EQ((*point)["submission"], report["submissions"][0]["id"]);
            EXPECT_EQ((*point)["origin"], "bijlage '" + attachment + "' bij e-mail '" + kSubject + "'");
            EXPECT_FALSE((*point)["reaction"].get<std::string>().empty());
        }
    };
    expect_from(kLetterRemarks, kLetterName);
    expect_from(kAnnexRemarks, kAnnexName);

    // No personal data of the mail or the letter in any published format.
    for (const char* format : {"md", "html", "csv", "json"}) {
        const std::string text = slurp(out / (std::string("reactienota.") + format));
        for (const auto& personal : kPersonalData) EXPECT_EQ(text.find(personal), std::string::npos) << personal << " in " << format;
    }
    const auto docx = read_zip_entries(slurp(out / "reactienota.docx"));
    for (const auto& personal : kPersonalData)
        EXPECT_EQ(docx.at("word/document.xml").find(personal), std::string::npos) << personal << " in docx";

    // The review sheet names the attachment too.
    const auto sheet = read_zip_entries(slurp(out / "reactienota.xlsx"));
    std::string strings = sheet.count("xl/sharedStrings.xml") ? sheet.at("xl/sharedStrings.xml") : "";
    for (const auto& [name, content] : sheet)
        if (name.starts_with("xl/worksheets/")) strings += content;
    EXPECT_NE(strings.find(std::string("bijlage '") + kLetterName), std::string::npos);

    // The store keeps each attachment's original bytes and hash.
    auto store = core::Store::open(out / "round.db");
    const auto embedded = store.embedded_files();
    ASSERT_EQ(embedded.size(), 2u);
    EXPECT_EQ(embedded[0].name, kLetterName);
    EXPECT_EQ(embedded[0].relation, "attachment");
    EXPECT_EQ(embedded[0].container, kSubject);
    EXPECT_EQ(embedded[0].plugin, "ingest-office");
    EXPECT_EQ(embedded[0].sha256, core::sha256_hex(*letter_));
    EXPECT_EQ(store.embedded_file_bytes(embedded[0].id), *letter_);
    EXPECT_EQ(embedded[1].name, kAnnexName);
    EXPECT_EQ(embedded[1].plugin, "ingest-pdf");
    EXPECT_EQ(store.embedded_file_bytes(embedded[1].id), *annex_);
}

TEST_F(MailWithAttachedLetter, RunningAgainReadsNoAttachmentTwice) {
    TempDir dir;
    auto round = empty_round(dir.path());
    write(round / "submissions/industriekring.eml", test::build_mail(mail()));
    auto out = dir.path() / "out";
    for (int run_number = 0; run_number < 2; ++run_number) {
        auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }
    auto store = core::Store::open(out / "round.db");
    EXPECT_EQ(store.embedded_files().size(), 2u);
    EXPECT_EQ(store.points().size(), kLetterRemarks.size() + kAnnexRemarks.size());
    // The officer also saved the letter in the round's folder: it is not read a second time.
    write(round / "submissions/opgeslagen-brief.docx", *letter_);
    auto again = run_command(INSPRAAK_BINARY, {"ingest", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(core::Store::open(out / "round.db").points().size(), kLetterRemarks.size() + kAnnexRemarks.size());
}

TEST_F(MailWithAttachedLetter, AnAttachmentThatCannotBeReadIsOneWarningNamingMailAndAttachment) {
    TempDir dir;
    auto round = empty_round(dir.path());
    test::Mail broken = mail();
    broken.attachments[1].bytes = broken.attachments[1].bytes.substr(0, broken.attachments[1].bytes.size() / 3);
    write(round / "submissions/industriekring.eml", test::build_mail(broken));
    auto out = dir.path() / "out";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("submissions/industriekring.eml: bijlage 'Bijlage voorbeelden.pdf': "));
    // The letter still went through.
    const json report = json::parse(slurp(out / "reactienota.json"));
    for (const auto& fragment : kLetterRemarks) EXPECT_NE(point_containing(report, fragment), nullptr) << fragment;
    EXPECT_THAT(report["problems"].dump(), HasSubstr("Bijlage voorbeelden.pdf"));
    // Kept with its bytes, for the officer to open.
    auto store = core::Store::open(out / "round.db");
    const auto embedded = store.embedded_files();
    ASSERT_EQ(embedded.size(), 2u);
    EXPECT_EQ(embedded[1].status, "failed");
    EXPECT_EQ(store.embedded_file_bytes(embedded[1].id), broken.attachments[1].bytes);
    // --strict makes the warning fail the command.
    TempDir strict_dir;
    auto strict_round = empty_round(strict_dir.path());
    write(strict_round / "submissions/industriekring.eml", test::build_mail(broken));
    auto strict = run_command(INSPRAAK_BINARY, {"run", strict_round.string(), "--out", (strict_dir.path() / "out").string(), "--strict"},
                              strict_dir.path());
    EXPECT_NE(strict.exit_code, 0);
}

// What a report says of each point, less its id: text, sender, chapters, route, origin.
std::multiset<std::string> published_points(const fs::path& report_json) {
    const json report = json::parse(slurp(report_json));
    std::multiset<std::string> points;
    for (const auto& point : report["points"])
        points.insert(point["text"].dump() + point["stakeholder"].dump() + point["chapters"].dump() + point["route"].dump() +
                      point["origin"].dump());
    return points;
}

TEST_F(MailWithAttachedLetter, TheSameMailSavedAsOutlookMsgGivesTheSamePoints) {
    TempDir dir;
    auto eml_round = empty_round(dir.path() / "eml");
    write(eml_round / "submissions/industriekring.eml", test::build_mail(mail()));
    auto eml = run_command(INSPRAAK_BINARY, {"run", eml_round.string(), "--out", (dir.path() / "eml-out").string()}, dir.path());
    ASSERT_EQ(eml.exit_code, 0) << eml.err;

    // The mail as Outlook saves it when an officer drags it out: the same text and attachments,
    // with the Internet headers it arrived with.
    test::MsgMessage msg;
    msg.subject = kSubject;
    msg.sender_name = "Kees Jansen";
    msg.sender_email = "kees.jansen@industriekring.example";
    msg.date = "2025-03-04 08:12:00";
    msg.plain_body = kCoverNote;
    msg.transport_headers = std::string("From: \"Kees Jansen\" <kees.jansen@industriekring.example>\r\nOrganization: ") +
                            kOrganisation + "\r\nSubject: " + kSubject + "\r\nDate: Tue, 04 Mar 2025 09:12:00 +0100\r\n";
    msg.attachments = {test::MsgAttachment{kLetterName, *letter_,
                                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                       test::MsgAttachment{kAnnexName, *annex_, "application/pdf"}};
    auto msg_round = empty_round(dir.path() / "msg");
    write(msg_round / "submissions/industriekring.msg", test::msg_file(msg));
    auto from_msg = run_command(INSPRAAK_BINARY, {"run", msg_round.string(), "--out", (dir.path() / "msg-out").string()}, dir.path());
    ASSERT_EQ(from_msg.exit_code, 0) << from_msg.err;
    EXPECT_EQ(from_msg.err, "");

    const auto expected = published_points(dir.path() / "eml-out/reactienota.json");
    EXPECT_EQ(expected.size(), kLetterRemarks.size() + kAnnexRemarks.size());
    EXPECT_EQ(published_points(dir.path() / "msg-out/reactienota.json"), expected);

    // And as a winmail.dat that a mail from Outlook carries instead of its attachments.
    test::TnefMessage tnef;
    tnef.attachments = {{kLetterName, *letter_}, {kAnnexName, *annex_}};
    test::Mail with_winmail = mail();
    with_winmail.attachments = {{"winmail.dat", "application/ms-tnef", test::tnef_file(tnef)}};
    auto tnef_round = empty_round(dir.path() / "tnef");
    write(tnef_round / "submissions/industriekring.eml", test::build_mail(with_winmail));
    auto from_tnef = run_command(INSPRAAK_BINARY, {"run", tnef_round.string(), "--out", (dir.path() / "tnef-out").string()},
                                 dir.path());
    ASSERT_EQ(from_tnef.exit_code, 0) << from_tnef.err;
    const json report = json::parse(slurp(dir.path() / "tnef-out/reactienota.json"));
    EXPECT_EQ(report["points"].size(), kLetterRemarks.size() + kAnnexRemarks.size());
    for (const auto& fragment : kLetterRemarks) {
        const json* point = point_containing(report, fragment);
        ASSERT_NE(point, nullptr) << fragment;
        EXPECT_EQ((*point)["stakeholder"], kOrganisation);
        EXPECT_EQ((*point)["origin"], std::string("'") + kLetterName + "' uit 'winmail.dat', bijlage 'winmail.dat' bij e-mail '" +
                                          kSubject + "'");
    }
}

TEST(OutlookFiles, DamagedMsgAndWinmailDatGiveOneLineEach) {
    TempDir dir;
    auto round = empty_round(dir.path());
    test::MsgMessage msg;
    msg.subject = "Reactie";
    msg.sender_name = "A. Bakker";
    msg.sender_email = "a.bakker@example.nl";
    msg.date = "2025-03-04 08:12:00";
    msg.plain_body = "Wij missen de haven in hoofdstuk 2.";
    const std::string whole = test::msg_file(msg);
    write(round / "submissions/heel.msg", whole);
    write(round / "submissions/half.msg", whole.substr(0, whole.size() / 2));
    std::string scrambled = whole;
    for (size_t i = 600; i < scrambled.size(); i += 97) scrambled[i] = static_cast<char>(scrambled[i] ^ 0x5a);
    write(round / "submissions/kapot.msg", scrambled);
    test::TnefMessage tnef;
    tnef.attachments = {{"brief.txt", "Wij missen de haven.\n"}};
    const std::string winmail = test::tnef_file(tnef);
    write(round / "submissions/winmail.dat", winmail.substr(0, winmail.size() - 9));
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", (dir.path() / "out").string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 3u) << run.err;  // nothing of libgsf's or libytnef's own
    for (const char* name : {"half.msg", "kapot.msg", "winmail.dat"})
        EXPECT_THAT(run.err, HasSubstr(std::string("submissions/") + name + ": ")) << run.err;
    EXPECT_EQ(point_texts(dir.path() / "out/reactienota.json").size(), 1u);
}

TEST(MailWithAttachments, AScannedLetterAttachedGoesToOcrAndAnInlineLogoIsNoInput) {
    TempDir dir;
    auto round = empty_round(dir.path());
    const std::string scan = slurp(demo / "submissions/brief-inwoner-scan.png");
    test::Mail mail{"Wim Hendriks", "w.hendriks@example.nl", "", "Mijn brief over het kader", "Tue, 04 Mar 2025 09:12:00 +0100",
                    "Geachte heer, mevrouw,\n\nIn de bijlage vindt u mijn brief.\n\nMet vriendelijke groet,\n\nWim Hendriks\n",
                    {{"scan brief.png", "image/png", scan}}};
    std::string eml = test::build_mail(mail);
    // A logo in the signature: inline, with a Content-ID, as mail clients send it.
    const std::string logo_part = "--=_inspraak_test_boundary_42\r\nContent-Type: image/png; name=\"logo.png\"\r\n"
                                  "Content-ID: <logo@example.nl>\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n"
                                  "Content-Transfer-Encoding: base64\r\n\r\n" + test::base64_lines(scan.substr(0, 64));
    eml.insert(eml.rfind("--=_inspraak_test_boundary_42--"), logo_part);
    write(round / "submissions/hendriks.eml", eml);
    auto out = dir.path() / "out";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const json report = json::parse(slurp(out / "reactienota.json"));
    ASSERT_GE(report["points"].size(), 1u);
    for (const auto& point : report["points"]) {
        EXPECT_EQ(point["origin"], "bijlage 'scan brief.png' bij e-mail 'Mijn brief over het kader'");
        bool ocr = false;
        for (const auto& note : point["notes"]) ocr |= note.get<std::string>().find("uit OCR, zekerheid ") != std::string::npos;
        EXPECT_TRUE(ocr) << point.dump();
    }
    auto store = core::Store::open(out / "round.db");
    ASSERT_EQ(store.embedded_files().size(), 1u);  // the logo is not kept as input
    EXPECT_EQ(store.embedded_files()[0].plugin, "ingest-scan");
}

// ---------------------------------------------------------------- archives

TEST(ZipOfSubmissions, GivesTheSamePointsAsTheLettersThemselves) {
    TempDir dir;
    auto plain_out = dir.path() / "plain";
    auto plain = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", plain_out.string()}, dir.path());
    ASSERT_EQ(plain.exit_code, 0) << plain.err;

    // Every demo letter, in every supported format, in one archive (in a folder, as Windows'
    // "send to compressed folder" makes it).
    std::vector<test::ZipEntry> entries;
    for (const auto& entry : fs::directory_iterator(demo / "submissions"))
        entries.push_back({"reacties/" + entry.path().filename().string(), slurp(entry.path())});
    auto round = empty_round(dir.path());
    write(round / "submissions/reacties.zip", test::make_zip(entries));
    auto zipped_out = dir.path() / "zipped";
    auto zipped = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", zipped_out.string()}, dir.path());
    ASSERT_EQ(zipped.exit_code, 0) << zipped.err;
    EXPECT_EQ(zipped.err, "");

    const auto expected = point_texts(plain_out / "reactienota.json");
    EXPECT_GE(expected.size(), 30u);
    EXPECT_EQ(point_texts(zipped_out / "reactienota.json"), expected);
    // Each member is named in provenance.
    const json report = json::parse(slurp(zipped_out / "reactienota.json"));
    std::set<std::string> origins;
    for (const auto& point : report["points"]) origins.insert(point["origin"].get<std::string>());
    EXPECT_TRUE(origins.contains("'reacties/werkgeversvereniging.docx' uit 'reacties.zip'")) << report["points"].dump(1);
    EXPECT_TRUE(origins.contains("'reacties/brief-inwoner-scan.png' uit 'reacties.zip'"));
}

TEST(ZipOfSubmissions, AZipBombIsRefusedWithOneWarning) {
    TempDir dir;
    auto round = empty_round(dir.path());
    // 200 MiB of zeros in a few hundred KiB.
    write(round / "submissions/bom.zip", test::make_zip({{"nullen.txt", std::string(size_t{200} << 20, '\0')}}));
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", (dir.path() / "out").string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("submissions/bom.zip: 'nullen.txt': "));
    EXPECT_THAT(run.err, HasSubstr("zip-bom"));
}

TEST(ZipOfSubmissions, AZipNestedTenDeepIsRefusedWithOneWarning) {
    TempDir dir;
    auto round = empty_round(dir.path());
    std::string nested = test::make_zip({{"brief.txt", "Wij missen in het kader aandacht voor de haven.\n"}});
    for (int level = 9; level >= 1; --level) nested = test::make_zip({{"niveau-" + std::to_string(level) + ".zip", nested}});
    write(round / "submissions/genest.zip", nested);
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", (dir.path() / "out").string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("submissions/genest.zip: "));
    EXPECT_THAT(run.err, HasSubstr("genest"));
    EXPECT_EQ(point_texts(dir.path() / "out/reactienota.json").size(), 0u);
}

}  // namespace
}  // namespace inspraak
