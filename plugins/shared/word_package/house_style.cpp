#include "house_style.hpp"

#include <set>
#include <vector>

#include <pugixml.hpp>

#include "wordml.hpp"
#include "zip_io.hpp"

namespace inspraak::word_package {
namespace {

constexpr std::string_view main_document_types[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};

struct Relationship {
    std::string id;
    std::string type;
    std::string target;  // resolved part name, "" for an external target
};

std::string folder_of(const std::string& part) {
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? std::string{} : part.substr(0, slash + 1);
}

std::string rels_name_of(const std::string& part) {
    const auto slash = part.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string{} : part.substr(0, slash + 1);
    const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
    return folder + "_rels/" + file + ".rels";
}

// "media/../media/a.png" relative to "word/" -> "word/media/a.png"; "/word/x" -> "word/x".
std::string resolve(const std::string& base_folder, const std::string& target) {
    std::string joined = !target.empty() && target.front() == '/' ? target.substr(1) : base_folder + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto end = std::min(joined.find('/', start), joined.size());
        const std::string piece = joined.substr(start, end - start);
        if (piece == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!piece.empty() && piece != ".") {
            parts.push_back(piece);
        }
        start = end + 1;
    }
    std::string name;
    for (const auto& piece : parts) name += (name.empty() ? "" : "/") + piece;
    return name;
}

std::string ends_after_slash(const std::string& type) {
    const auto slash = type.rfind('/');
    return slash == std::string::npos ? type : type.substr(slash + 1);
}

class TemplateReader {
public:
    TemplateReader(const ZipContents& zip, std::string file_name) : zip_(zip), file_(std::move(file_name)) {}

    Result<HouseStyle> read() {
        if (auto ok = read_content_types(); !ok) return ok.error();
        auto main_part = find_main_part();
        if (!main_part) return main_part.error();
        auto relations = relationships_of(*main_part);
        if (!relations) return relations.error();

        HouseStyle style;
        for (const auto& relation : *relations) {
            const std::string kind = ends_after_slash(relation.type);
            const std::string* bytes = relation.target.empty() ? nullptr : zip_.find(relation.target);
            if (bytes == nullptr) continue;
            if (kind == "styles") {
                style.styles_xml = *bytes;
            } else if (kind == "numbering") {
                style.numbering_xml = *bytes;
            } else if (kind == "settings") {
                style.settings_xml = clean_settings(*bytes);
            } else if (kind == "theme" || kind == "fontTable") {
                if (auto copied = copy_part(relation.target, style); !copied) return copied.error();
                style.relations.push_back({"rIdHuis" + std::to_string(style.relations.size() + 1), relation.type,
                                           target_from_word(relation.target)});
            }
        }
        if (auto section = read_section(*main_part, *relations, style); !section) return section.error();
        return style;
    }

private:
    Result<bool> read_content_types() {
        const std::string* bytes = zip_.find("[Content_Types].xml");
        pugi::xml_document document;
        if (bytes == nullptr || !parse_part(document, *bytes)) return fail("[Content_Types].xml ontbreekt of is beschadigd");
        for (pugi::xml_node node : document.child("Types").children()) {
            const std::string name = node.name();
            if (name == "Override") {
                overrides_[resolve("", node.attribute("PartName").value())] = node.attribute("ContentType").value();
            } else if (name == "Default") {
                std::string extension = node.attribute("Extension").value();
                for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                defaults_[extension] = node.attribute("ContentType").value();
            }
        }
        return true;
    }

    std::string content_type_of(const std::string& part) const {
        const auto found = overrides_.find(part);
        if (found != overrides_.end()) return found->second;
        const auto dot = part.rfind('.');
        std::string extension = dot == std::string::npos ? std::string{} : part.substr(dot + 1);
        for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto by_extension = defaults_.find(extension);
        return by_extension == defaults_.end() ? "application/octet-stream" : by_extension->second;
    }

    Result<std::string> find_main_part() {
        auto relations = relationships_of("");
        if (!relations) return relations.error();
        for (const auto& relation : *relations) {
            if (ends_after_slash(relation.type) != "officeDocument" || !zip_.has(relation.target)) continue;
            const std::string type = content_type_of(relation.target);
            for (const auto known : main_document_types) {
                if (type == known) return relation.target;
            }
            return fail("geen Word-document of -sjabloon (" + type + ")");
        }
        return fail("geen Word-document of -sjabloon (hoofddocument ontbreekt)");
    }

    // The relationships of a part ("" for the package), targets resolved to part names.
    Result<std::vector<Relationship>> relationships_of(const std::string& part) {
        std::vector<Relationship> relations;
        const std::string rels = part.empty() ? "_rels/.rels" : rels_name_of(part);
        const std::string* bytes = zip_.find(rels);
        if (bytes == nullptr) {
            if (part.empty()) return fail("_rels/.rels ontbreekt");
            return relations;
        }
        pugi::xml_document document;
        if (!parse_part(document, *bytes)) return fail(rels + " is beschadigd");
        for (pugi::xml_node node : document.child("Relationships").children("Relationship")) {
            Relationship relation{node.attribute("Id").value(), node.attribute("Type").value(), ""};
            if (std::string_view(node.attribute("TargetMode").value()) != "External") {
                relation.target = resolve(folder_of(part), node.attribute("Target").value());
            }
            relations.push_back(relation);
        }
        return relations;
    }

    // Copies a part, its relationships and what they point to inside the package.
    Result<bool> copy_part(const std::string& part, HouseStyle& style) {
        if (is_own_part(part) || !copied_.insert(part).second) return true;
        const std::string* bytes = zip_.find(part);
        if (bytes == nullptr) return true;  // a dangling reference in the template: nothing to copy
        style.parts.push_back({part, content_type_of(part), *bytes});
        const std::string rels = rels_name_of(part);
        if (const std::string* rel_bytes = zip_.find(rels)) {
            style.parts.push_back({rels, "", *rel_bytes});
            auto relations = relationships_of(part);
            if (!relations) return relations.error();
            for (const auto& relation : *relations) {
                if (relation.target.empty()) continue;
                if (auto copied = copy_part(relation.target, style); !copied) return copied.error();
            }
        }
        return true;
    }

    Result<bool> read_section(const std::string& main_part, const std::vector<Relationship>& relations,
                              HouseStyle& style) {
        pugi::xml_document document;
        if (!parse_part(document, *zip_.find(main_part))) return fail(main_part + " is beschadigd");
        pugi::xml_node section = document.child("w:document").child("w:body").child("w:sectPr");
        if (!section) return true;  // no section properties: our page
        std::vector<pugi::xml_node> dropped;
        for (pugi::xml_node reference : section.children()) {
            const std::string name = reference.name();
            if (name != "w:headerReference" && name != "w:footerReference") continue;
            const std::string old_id = reference.attribute("r:id").value();
            const Relationship* relation = nullptr;
            for (const auto& candidate : relations) {
                if (candidate.id == old_id && !candidate.target.empty() && zip_.has(candidate.target)) relation = &candidate;
            }
            if (relation == nullptr) {
                dropped.push_back(reference);
                continue;
            }
            if (auto copied = copy_part(relation->target, style); !copied) return copied.error();
            const std::string new_id = "rIdHuis" + std::to_string(style.relations.size() + 1);
            style.relations.push_back({new_id, relation->type, target_from_word(relation->target)});
            reference.attribute("r:id").set_value(new_id.c_str());
        }
        for (pugi::xml_node node : dropped) section.remove_child(node);
        // A printer setting refers to a binary part we do not copy.
        section.remove_child("w:printerSettings");

        const int width = section.child("w:pgSz").attribute("w:w").as_int();
        const pugi::xml_node margins = section.child("w:pgMar");
        const int text_width = width - margins.attribute("w:left").as_int() - margins.attribute("w:right").as_int() -
                               margins.attribute("w:gutter").as_int();
        if (width > 0 && text_width > 1000) style.text_width = text_width;

        pugi::xml_document copy;
        copy.append_copy(section);
        style.section_xml = serialize(copy);
        return true;
    }

    // Settings without what points at the template's own files or locks the document.
    static std::string clean_settings(const std::string& bytes) {
        pugi::xml_document document;
        if (!parse_part(document, bytes) || !document.child("w:settings")) return {};
        pugi::xml_node root = document.child("w:settings");
        std::vector<pugi::xml_node> dropped;
        for (pugi::xml_node node : root.children()) {
            const std::string name = node.name();
            const bool refers = node.find_node([](pugi::xml_node n) { return static_cast<bool>(n.attribute("r:id")); }) ||
                                node.attribute("r:id");
            if (refers || name == "w:attachedTemplate" || name == "w:mailMerge" || name == "w:documentProtection" ||
                name == "w:writeProtection" || name == "w:linkStyles") {
                dropped.push_back(node);
            }
        }
        for (pugi::xml_node node : dropped) root.remove_child(node);
        return serialize(document);
    }

    static std::string target_from_word(const std::string& part) {
        return part.rfind("word/", 0) == 0 ? part.substr(5) : "../" + part;
    }

    Error fail(const std::string& what) const { return Error{file_ + ": " + what}; }

    const ZipContents& zip_;
    std::string file_;
    std::map<std::string, std::string> overrides_;
    std::map<std::string, std::string> defaults_;
    std::set<std::string> copied_;
};

}  // namespace

bool is_own_part(const std::string& name) {
    static const std::set<std::string> own{
        "[Content_Types].xml",      "_rels/.rels",         "word/document.xml",   "word/_rels/document.xml.rels",
        "word/styles.xml",          "word/settings.xml",   "word/numbering.xml",  "docProps/core.xml",
        "docProps/app.xml"};
    return own.count(name) > 0;
}

Result<HouseStyle> read_house_style(const std::filesystem::path& file) {
    auto zip = ZipContents::read_file(file);
    if (!zip) return Error{"Word-sjabloon " + zip.error().message};
    auto style = TemplateReader(*zip, file.string()).read();
    if (!style) return Error{"Word-sjabloon " + style.error().message};
    return style;
}

}  // namespace inspraak::word_package
