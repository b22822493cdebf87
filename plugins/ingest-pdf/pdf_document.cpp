#include "pdf_document.hpp"

#include <poppler/cpp/poppler-document.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::size_t kHeaderWindow = 1024;   // "%PDF-" may follow some junk, within this
constexpr std::size_t kTrailerWindow = 2048;  // where "%%EOF" must be

// Author names that office software fills in from the installation: no name of a person.
constexpr std::array<std::string_view, 9> kPlaceholderAuthors = {
    "microsoft office user", "microsoft office-gebruiker", "windows-gebruiker", "windows user", "gebruiker",
    "user", "admin", "administrator", "auteur"};

constexpr std::array<std::string_view, 4> kOrganisationKeys = {"Company", "Organisation", "Organization", "Organisatie"};

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB"; }

std::string info(const poppler::document& document, const std::string& key) {
    poppler::byte_array utf8 = document.info_key(key).to_utf8();
    return text::normalize_whitespace(std::string_view(utf8.data(), utf8.size()));
}

bool is_placeholder_author(const std::string& author) {
    const std::string folded = text::fold_case(author);
    return std::find(kPlaceholderAuthors.begin(), kPlaceholderAuthors.end(), folded) != kPlaceholderAuthors.end();
}

// "Microsoft Word - brief.docx", "reactie.pdf": a file name, not a title.
bool is_file_name(const std::string& title) {
    const std::string folded = text::fold_case(title);
    for (std::string_view extension : {".doc", ".docx", ".odt", ".pdf", ".rtf", ".txt"})
        if (folded.size() > extension.size() && folded.compare(folded.size() - extension.size(), extension.size(), extension) == 0)
            return true;
    return false;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

}  // namespace

Result<std::unique_ptr<poppler::document>> open_pdf(std::string_view bytes, const PdfLimits& limits,
                                                    std::vector<std::string>& warnings) {
    if (bytes.empty()) return Error{"het bestand is leeg"};
    if (bytes.size() > limits.max_bytes)
        return Error{"PDF-bestand te groot: " + megabytes(bytes.size()) + " (meer dan " + megabytes(limits.max_bytes) + ")"};
    if (!contains(bytes.substr(0, kHeaderWindow), "%PDF-")) return Error{"geen PDF-bestand: het begint niet met %PDF"};
    const bool has_end = contains(bytes.substr(bytes.size() - std::min(bytes.size(), kTrailerWindow)), "%%EOF");

    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) {
        // poppler-cpp does not say why; an encryption dictionary without the password is the
        // usual reason, a cut-off or garbled file the other.
        if (contains(bytes, "/Encrypt")) return Error{"versleuteld PDF-bestand: het is met een wachtwoord beveiligd"};
        if (!has_end) return Error{"beschadigd PDF-bestand: het einde ontbreekt (afgebroken download of kopie?)"};
        return Error{"beschadigd PDF-bestand: de opbouw van het bestand is onleesbaar"};
    }
    if (document->is_locked()) return Error{"versleuteld PDF-bestand: het is met een wachtwoord beveiligd"};
    const int pages = document->pages();
    if (pages <= 0) return Error{"beschadigd PDF-bestand: geen pagina's gevonden"};
    if (pages > limits.max_pages)
        return Error{"PDF-bestand te groot: " + std::to_string(pages) + " pagina's (meer dan " + std::to_string(limits.max_pages) + ")"};
    if (!has_end) warnings.push_back("het PDF-bestand lijkt afgebroken (geen %%EOF aan het eind); de tekst kan onvolledig zijn");
    return document;
}

PdfInfo read_pdf_info(const poppler::document& document) {
    PdfInfo result;
    const std::vector<std::string> keys = document.info_keys();
    auto has_key = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    if (has_key("Author")) {
        result.author = info(document, "Author");
        if (is_placeholder_author(result.author)) result.author.clear();
    }
    for (std::string_view key : kOrganisationKeys) {
        if (!has_key(key)) continue;
        result.organisation = info(document, std::string(key));
        if (!result.organisation.empty()) break;
    }
    for (const char* key : {"Title", "Subject"}) {
        if (!has_key(key)) continue;
        std::string title = info(document, key);
        if (!title.empty() && !is_file_name(title)) {
            result.title = std::move(title);
            break;
        }
    }
    if (has_key("CreationDate")) result.created = pdf_date_to_iso(info(document, "CreationDate"));
    return result;
}

std::string pdf_date_to_iso(std::string_view pdf_date) {
    std::string_view s = text::trim(pdf_date);
    if (s.substr(0, 2) == "D:") s.remove_prefix(2);
    if (s.size() < 8 || !std::all_of(s.begin(), s.begin() + 8, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return {};
    const int month = std::stoi(std::string(s.substr(4, 2)));
    const int day = std::stoi(std::string(s.substr(6, 2)));
    if (month < 1 || month > 12 || day < 1 || day > 31) return {};
    return std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" + std::string(s.substr(6, 2));
}

}  // namespace inspraak::ingest
