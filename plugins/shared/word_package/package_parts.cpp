#include "package_parts.hpp"

#include <map>
#include <set>

#include <pugixml.hpp>

#include "wordml.hpp"

namespace inspraak::word_package {
namespace {

constexpr const char* type_prefix = "application/vnd.openxmlformats-officedocument.";

std::string extension_of(const std::string& name) {
    const auto dot = name.rfind('.');
    const auto slash = name.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string extension = name.substr(dot + 1);
    for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

void add_override(pugi::xml_node types, const std::string& part, const std::string& content_type) {
    pugi::xml_node node = types.append_child("Override");
    node.append_attribute("PartName") = ("/" + part).c_str();
    node.append_attribute("ContentType") = content_type.c_str();
}

void add_relationship(pugi::xml_node root, const std::string& id, const std::string& type, const std::string& target) {
    pugi::xml_node node = root.append_child("Relationship");
    node.append_attribute("Id") = id.c_str();
    node.append_attribute("Type") = type.c_str();
    node.append_attribute("Target") = target.c_str();
}

bool is_iso_date(const std::string& date) {
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') return false;
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
}

}  // namespace

std::string content_types_xml(const std::vector<PackagePart>& copied) {
    pugi::xml_document document;
    pugi::xml_node types = document.append_child("Types");
    types.append_attribute("xmlns") = ns::content_types;
    std::map<std::string, std::string> defaults{
        {"rels", "application/vnd.openxmlformats-package.relationships+xml"},
        {"xml", "application/xml"},
    };
    std::vector<std::pair<std::string, std::string>> overrides{
        {"word/document.xml", std::string(type_prefix) + "wordprocessingml.document.main+xml"},
        {"word/styles.xml", std::string(type_prefix) + "wordprocessingml.styles+xml"},
        {"word/settings.xml", std::string(type_prefix) + "wordprocessingml.settings+xml"},
        {"word/numbering.xml", std::string(type_prefix) + "wordprocessingml.numbering+xml"},
        {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
        {"docProps/app.xml", std::string(type_prefix) + "extended-properties+xml"},
    };
    for (const auto& part : copied) {
        if (part.content_type.empty()) continue;  // relationships: the "rels" default
        const std::string extension = extension_of(part.name);
        if (extension == "xml" || extension.empty()) {
            overrides.emplace_back(part.name, part.content_type);
            continue;
        }
        // Media by extension, like Word writes them; an extension already taken by another type
        // gets an override instead.
        const auto [at, added] = defaults.emplace(extension, part.content_type);
        if (!added && at->second != part.content_type) overrides.emplace_back(part.name, part.content_type);
    }
    for (const auto& [extension, content_type] : defaults) {
        pugi::xml_node node = types.append_child("Default");
        node.append_attribute("Extension") = extension.c_str();
        node.append_attribute("ContentType") = content_type.c_str();
    }
    for (const auto& [part, content_type] : overrides) add_override(types, part, content_type);
    return serialize(document);
}

std::string package_relationships_xml() {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("Relationships");
    root.append_attribute("xmlns") = ns::package_relationships;
    add_relationship(root, "rId1", std::string(ns::office_relationship) + "officeDocument", "word/document.xml");
    add_relationship(root, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                     "docProps/core.xml");
    add_relationship(root, "rId3", std::string(ns::office_relationship) + "extended-properties", "docProps/app.xml");
    return serialize(document);
}

std::string document_relationships_xml(const std::vector<PartRelation>& copied) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("Relationships");
    root.append_attribute("xmlns") = ns::package_relationships;
    add_relationship(root, "rIdStyles", std::string(ns::office_relationship) + "styles", "styles.xml");
    add_relationship(root, "rIdSettings", std::string(ns::office_relationship) + "settings", "settings.xml");
    add_relationship(root, "rIdNumbering", std::string(ns::office_relationship) + "numbering", "numbering.xml");
    for (const auto& relation : copied) add_relationship(root, relation.id, relation.type, relation.target);
    return serialize(document);
}

std::string core_properties_xml(const std::string& title, const std::string& subject, const std::string& iso_date,
                                const std::string& language) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    root.append_attribute("xmlns:dcmitype") = "http://purl.org/dc/dcmitype/";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_child("dc:title").text().set(xml_safe(title).c_str());
    root.append_child("dc:subject").text().set(xml_safe(subject).c_str());
    root.append_child("dc:creator").text().set("inspraak");
    root.append_child("dc:language").text().set(language == "en" ? "en-GB" : "nl-NL");
    if (is_iso_date(iso_date)) {
        // The round's date, not the clock: the same round gives the same file.
        pugi::xml_node created = root.append_child("dcterms:created");
        created.append_attribute("xsi:type") = "dcterms:W3CDTF";
        created.text().set((iso_date.substr(0, 10) + "T00:00:00Z").c_str());
    }
    return serialize(document);
}

std::string app_properties_xml() {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("Properties");
    root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    root.append_attribute("xmlns:vt") = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    root.append_child("Application").text().set("inspraak");
    root.append_child("DocSecurity").text().set("0");
    return serialize(document);
}

std::string default_settings_xml(const std::string& language) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("w:settings");
    root.append_attribute("xmlns:w") = ns::w;
    set_child_value(root, "w:zoom", "100", "w:percent");
    set_child_value(root, "w:defaultTabStop", "708");
    set_child_value(root, "w:characterSpacingControl", "doNotCompress");
    pugi::xml_node compat = root.append_child("w:compat").append_child("w:compatSetting");
    compat.append_attribute("w:name") = "compatibilityMode";
    compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
    compat.append_attribute("w:val") = "15";
    set_child_value(root, "w:themeFontLang", language == "en" ? "en-GB" : "nl-NL");
    set_child_value(root, "w:decimalSymbol", language == "en" ? "." : ",");
    set_child_value(root, "w:listSeparator", ";");
    return serialize(document);
}

std::string default_section_xml() {
    return R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>)"
           R"(<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>)"
           R"(<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>)";
}

}  // namespace inspraak::word_package
