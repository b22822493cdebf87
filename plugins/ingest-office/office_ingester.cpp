#include "office_ingester.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

#include "document_properties.hpp"
#include "docx_reader.hpp"
#include "odt_reader.hpp"
#include "office_reasons.hpp"

namespace inspraak::ingest {
namespace {

std::string extension_of(const SourceFile& file) {
    const std::string& name = file.display_path.empty() ? file.path : file.display_path;
    std::string extension = std::filesystem::path(name).extension().string();
    if (!extension.empty()) extension.erase(0, 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// Password-protected Word files are no zip but an OLE compound file, as are old .doc files. An
// encrypted one holds a stream named "EncryptionInfo" (UTF-16 in the OLE directory).
bool is_ole_file(const std::string& bytes) { return bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0; }

bool has_encryption_stream(const std::string& bytes) {
    std::string name;
    for (char c : std::string_view("EncryptionInfo")) {
        name += c;
        name += '\0';
    }
    return bytes.find(name) != std::string::npos;
}

}  // namespace

Result<IngestResult> OfficeIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        std::string extension = extension_of(file);
        if (extension != "odt") extension = "docx";  // what the file claims to be, for messages
        if (file.bytes.empty()) return Error{damaged(extension, "het bestand is leeg")};
        if (is_ole_file(file.bytes)) {
            if (has_encryption_stream(file.bytes)) return Error{std::string(encrypted_reason)};
            return Error{"geen ." + extension + " maar een ouder Office-bestand (.doc); sla het op als ." + extension};
        }
        auto archive = ZipArchive::open(file.bytes, limits_);
        if (!archive) return Error{damaged(extension, archive.error().message)};

        // A document saved under the other extension is still read for what it is.
        bool odt = extension == "odt";
        if (odt && !archive->contains("content.xml") && archive->contains("word/document.xml")) odt = false;
        if (!odt && !archive->contains("word/document.xml") && archive->contains("content.xml")) odt = true;

        auto body = odt ? read_odt_body(*archive) : read_docx_body(*archive);
        if (!body) return body.error();
        IngestResult result;
        result.warnings = std::move(body->warnings);
        auto properties = odt ? read_odt_properties(*archive, result.warnings) : read_docx_properties(*archive, result.warnings);
        if (!properties) return properties.error();

        IngestedSubmission submission;
        submission.body = render_markdown(body->blocks);
        if (submission.body.empty()) return Error{"bevat geen tekst: het document is leeg"};
        submission.stakeholder.name = properties->author;
        submission.stakeholder.organisation = properties->organisation;
        submission.subject = properties->title;
        submission.date = properties->created;
        result.submissions.push_back(std::move(submission));
        return result;
    });
}

}  // namespace inspraak::ingest
