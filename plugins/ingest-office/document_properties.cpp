#include "document_properties.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "inspraak/text.hpp"
#include "xml_part.hpp"

namespace inspraak::ingest {
namespace {

std::string field(const pugi::xml_node& parent, std::string_view name) {
    return text::normalize_whitespace(all_text(child_named(parent, name)));
}

bool is_placeholder_author(const std::string& author) {
    static constexpr std::array<std::string_view, 14> placeholders = {
        "microsoft office user", "microsoft office-gebruiker", "gebruiker", "user", "windows user",
        "windows-gebruiker", "auteur", "author", "unknown", "onbekend", "admin", "administrator",
        "beheerder", "python-docx"};
    std::string folded = text::fold_case(author);
    return std::find(placeholders.begin(), placeholders.end(), folded) != placeholders.end();
}

// "2024-11-28T09:12:00Z" -> "2024-11-28"; anything else is no date.
std::string iso_date(const std::string& timestamp) {
    if (timestamp.size() < 10) return "";
    for (size_t i = 0; i < 10; ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? timestamp[i] != '-' : !std::isdigit(static_cast<unsigned char>(timestamp[i]))) return "";
    }
    if (timestamp.size() > 10 && timestamp[10] != 'T' && timestamp[10] != ' ') return "";
    return timestamp.substr(0, 10);
}

void set_author(DocumentProperties& properties, const std::string& author) {
    if (properties.author.empty() && !author.empty() && !is_placeholder_author(author)) properties.author = author;
}

}  // namespace

Result<DocumentProperties> read_docx_properties(ZipArchive& archive, std::vector<std::string>& warnings) {
    DocumentProperties properties;
    auto core = read_optional_part(archive, "docProps/core.xml", warnings);
    if (!core) return core.error();
    pugi::xml_node core_root = (*core)->document_element();
    set_author(properties, field(core_root, "creator"));
    properties.title = field(core_root, "title");
    properties.created = iso_date(field(core_root, "created"));

    auto app = read_optional_part(archive, "docProps/app.xml", warnings);
    if (!app) return app.error();
    properties.organisation = field((*app)->document_element(), "Company");
    return properties;
}

Result<DocumentProperties> read_odt_properties(ZipArchive& archive, std::vector<std::string>& warnings) {
    DocumentProperties properties;
    auto meta = read_optional_part(archive, "meta.xml", warnings);
    if (!meta) return meta.error();
    pugi::xml_node fields = child_named((*meta)->document_element(), "meta");
    // dc:creator is who saved it last; the one who wrote it is the initial creator.
    set_author(properties, field(fields, "initial-creator"));
    set_author(properties, field(fields, "creator"));
    properties.title = field(fields, "title");
    properties.created = iso_date(field(fields, "creation-date"));
    for (pugi::xml_node user_defined : fields.children()) {
        if (local_name(user_defined) != "user-defined") continue;
        std::string name = text::fold_case(attribute_named(user_defined, "name").value());
        if (name == "company" || name == "organisatie" || name == "organisation" || name == "bedrijf")
            properties.organisation = text::normalize_whitespace(all_text(user_defined));
    }
    return properties;
}

}  // namespace inspraak::ingest
