#include "xml_part.hpp"

namespace inspraak::ingest {
namespace {

std::string_view after_prefix(const char* qualified) {
    std::string_view name(qualified);
    auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

Result<std::unique_ptr<pugi::xml_document>> parse_xml_part(const std::string& xml, std::string_view part) {
    auto document = std::make_unique<pugi::xml_document>();
    pugi::xml_parse_result parsed =
        document->load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
    if (!parsed) {
        return Error{std::string(part) + " is geen geldige XML (" + parsed.description() + " bij byte " +
                     std::to_string(parsed.offset) + ")"};
    }
    return document;
}

Result<std::unique_ptr<pugi::xml_document>> read_optional_part(ZipArchive& archive, const std::string& name,
                                                               std::vector<std::string>& warnings) {
    auto empty = std::make_unique<pugi::xml_document>();
    if (!archive.contains(name)) return empty;
    auto bytes = archive.read(name);
    if (!bytes) {
        if (bytes.error().message == zip_bomb_reason || bytes.error().message == encrypted_reason) return bytes.error();
        warnings.push_back(name + " overgeslagen: " + bytes.error().message);
        return empty;
    }
    auto parsed = parse_xml_part(*bytes, name);
    if (!parsed) {
        warnings.push_back(parsed.error().message + "; overgeslagen");
        return empty;
    }
    return std::move(parsed.value());
}

std::string_view local_name(const pugi::xml_node& node) { return after_prefix(node.name()); }
std::string_view local_name(const pugi::xml_attribute& attribute) { return after_prefix(attribute.name()); }

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && local_name(child) == name) return child;
    return {};
}

pugi::xml_attribute attribute_named(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute attribute : node.attributes())
        if (local_name(attribute) == name) return attribute;
    return {};
}

std::string all_text(const pugi::xml_node& node) {
    std::string text;
    struct Collector : pugi::xml_tree_walker {
        std::string* out;
        bool for_each(pugi::xml_node& n) override {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out->append(n.value());
            return true;
        }
    } collector;
    collector.out = &text;
    pugi::xml_node root = node;
    root.traverse(collector);
    return text;
}

}  // namespace inspraak::ingest
