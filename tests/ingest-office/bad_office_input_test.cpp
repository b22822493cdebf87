// Files the officer cannot use as they are: each gives one short reason, never a crash.
#include <gtest/gtest.h>

#include <random>

#include "docx_fixture.hpp"
#include "odt_fixture.hpp"
#include "office_ingester.hpp"

namespace inspraak {
namespace {

using test::make_docx;
using test::make_zip;

Result<IngestResult> read_as(const std::string& name, const std::string& bytes, ingest::ZipLimits limits = {}) {
    ingest::OfficeIngester ingester(limits);
    return ingester.read(SourceFile{"/tmp/" + name, "submissions/" + name, bytes});
}

std::string error_of(const Result<IngestResult>& result) { return result.ok() ? "(geen fout)" : result.error().message; }

TEST(BadOfficeInput, RandomBytesAreNoZip) {
    std::mt19937 random(42);
    std::string bytes(4096, '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    EXPECT_EQ(error_of(read_as("brief.docx", bytes)), "beschadigd .docx-bestand: geen zip-archief");
    EXPECT_EQ(error_of(read_as("brief.odt", bytes)), "beschadigd .odt-bestand: geen zip-archief");
}

TEST(BadOfficeInput, EmptyFile) {
    EXPECT_EQ(error_of(read_as("brief.docx", "")), "beschadigd .docx-bestand: het bestand is leeg");
}

TEST(BadOfficeInput, TruncatedDocxIsNoZip) {
    std::string bytes = make_docx(test::paragraph("Tekst."));
    EXPECT_EQ(error_of(read_as("brief.docx", bytes.substr(0, bytes.size() / 2))), "beschadigd .docx-bestand: geen zip-archief");
}

TEST(BadOfficeInput, ZipWithoutDocumentXml) {
    std::string bytes = make_zip({{"[Content_Types].xml", test::content_types()}, {"word/styles.xml", "<w:styles/>"}});
    EXPECT_EQ(error_of(read_as("brief.docx", bytes)), "beschadigd .docx-bestand: word/document.xml ontbreekt");
}

TEST(BadOfficeInput, OdtWithoutContentXml) {
    std::string bytes = make_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true}});
    EXPECT_EQ(error_of(read_as("brief.odt", bytes)), "beschadigd .odt-bestand: content.xml ontbreekt");
}

TEST(BadOfficeInput, MalformedDocumentXml) {
    std::string bytes = make_zip({{"word/document.xml", "<w:document xmlns:w=\"w\"><w:body><w:p>kapot</w:body>"}});
    std::string message = error_of(read_as("brief.docx", bytes));
    EXPECT_EQ(message.rfind("beschadigd .docx-bestand: word/document.xml is geen geldige XML (", 0), 0u) << message;
}

TEST(BadOfficeInput, MalformedContentXml) {
    std::string message = error_of(read_as("brief.odt", test::make_odt("<office:document-content><office:body>")));
    EXPECT_EQ(message.rfind("beschadigd .odt-bestand: content.xml is geen geldige XML (", 0), 0u) << message;
}

TEST(BadOfficeInput, XmlWithoutBodyIsDamaged) {
    EXPECT_EQ(error_of(read_as("brief.docx", make_zip({{"word/document.xml", "<w:document xmlns:w=\"w\"/>"}}))),
              "beschadigd .docx-bestand: word/document.xml heeft geen w:body");
}

// A password-protected .docx is an OLE compound file with an "EncryptionInfo" stream.
std::string ole_file(bool encrypted) {
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(1024, '\0');
    if (encrypted) {
        for (char c : std::string("EncryptionInfo")) {
            bytes += c;
            bytes += '\0';
        }
    }
    bytes.resize(2048, '\0');
    return bytes;
}

TEST(BadOfficeInput, EncryptedDocxIsRefusedWithAHint) {
    EXPECT_EQ(error_of(read_as("brief.docx", ole_file(true))), "versleuteld document; sla het op zonder wachtwoord");
}

TEST(BadOfficeInput, OldWordFileUnderDocxName) {
    EXPECT_EQ(error_of(read_as("brief.docx", ole_file(false))),
              "geen .docx maar een ouder Office-bestand (.doc); sla het op als .docx");
}

TEST(BadOfficeInput, EncryptedOdtIsRefusedWithAHint) {
    std::string manifest = test::odt_manifest(
        R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="abc=">)"
        R"(<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x="/>)"
        R"(</manifest:encryption-data>)");
    std::string bytes = test::make_odt("\x13\x37 versleutelde bytes", "", manifest);
    EXPECT_EQ(error_of(read_as("brief.odt", bytes)), "versleuteld document; sla het op zonder wachtwoord");
}

TEST(BadOfficeInput, EntryThatUnpacksFarBeyondItsSizeIsAZipBomb) {
    // 16 MiB of zeros deflate to some 16 KiB: a ratio near 1000:1, above the default 200:1.
    std::string zeros(16u * 1024 * 1024, '\0');
    std::string bytes = make_zip({{"word/document.xml", zeros}});
    ASSERT_LT(bytes.size(), 200u * 1024);
    EXPECT_EQ(error_of(read_as("brief.docx", bytes)), "uitgepakt te groot (mogelijke zip-bom)");
}

TEST(BadOfficeInput, TooMuchUnpackedInTotalIsAZipBomb) {
    // Ordinary text, but more of it than the (lowered) limit allows.
    std::string body;
    for (int i = 0; body.size() < 300 * 1024; ++i) body += test::paragraph("Alinea " + std::to_string(i) + " over het kader.");
    ingest::ZipLimits limits;
    limits.max_total_unpacked = 128 * 1024;
    EXPECT_EQ(error_of(read_as("brief.docx", make_docx(body), limits)), "uitgepakt te groot (mogelijke zip-bom)");
    // The same file within the default limits reads fine.
    EXPECT_TRUE(read_as("brief.docx", make_docx(body)).ok());
}

TEST(BadOfficeInput, ZipBombInAnOptionalPartStopsTheFile) {
    ingest::ZipLimits limits;
    limits.max_total_unpacked = 64 * 1024;
    std::string bytes = make_docx(test::paragraph("Tekst."), {{"word/styles.xml", std::string(256 * 1024, ' ')}});
    EXPECT_EQ(error_of(read_as("brief.docx", bytes, limits)), "uitgepakt te groot (mogelijke zip-bom)");
}

}  // namespace
}  // namespace inspraak
