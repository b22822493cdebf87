#include "styles.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "wordml.hpp"

namespace inspraak::word_package {
namespace {

// Sizes are in half points (sz 20 = 10 pt), spacing and indents in twentieths of a point.
// {{LANG}} and {{NUM}} are filled in by our_styles().
constexpr std::string_view our_styles_xml = R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="{{LANG}}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakKenmerk"><w:name w:val="InspraakKenmerk"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1418"/></w:tabs><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakAfzender"><w:name w:val="InspraakAfzender"/><w:basedOn w:val="Normal"/><w:next w:val="InspraakInput"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="60" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakTabelkop"><w:name w:val="InspraakTabelkop"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakInput"><w:name w:val="InspraakInput"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakReactie"><w:name w:val="InspraakReactie"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakWaar"><w:name w:val="InspraakWaar"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakOpsomming"><w:name w:val="InspraakOpsomming"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{{NUM}}"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="357" w:hanging="357"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakToelichting"><w:name w:val="InspraakToelichting"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="InspraakConcept"><w:name w:val="InspraakConcept"/><w:qFormat/><w:rPr><w:b/><w:color w:val="C00000"/><w:highlight w:val="yellow"/></w:rPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="InspraakTabel"><w:name w:val="InspraakTabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr></w:tblStylePr></w:style>
</w:styles>)";

// Our own style ids in the order they are defined (for the id map).
const std::vector<std::string>& our_ids() {
    static const std::vector<std::string> ids{
        style::normal,     "DefaultParagraphFont", "TableNormal", style::title,     style::heading1,
        style::heading2,   style::memo_line,       style::sender, style::table_header, style::input,
        style::reaction,   style::where,           style::list_item, style::note,   style::draft_mark,
        style::table};
    return ids;
}

std::string replace_all(std::string text, std::string_view from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string word_language(const std::string& language) { return language == "en" ? "en-GB" : "nl-NL"; }

std::string our_styles(const std::string& language, int list_num_id) {
    std::string xml = replace_all(std::string(our_styles_xml), "{{LANG}}", word_language(language));
    return replace_all(xml, "{{NUM}}", std::to_string(list_num_id));
}

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Points basedOn/next/link of an added style at the template's ids.
void remap_references(pugi::xml_node style_node, const std::map<std::string, std::string>& ids) {
    for (const char* element : {"w:basedOn", "w:next", "w:link"}) {
        pugi::xml_attribute value = style_node.child(element).attribute("w:val");
        if (!value) continue;
        const auto found = ids.find(value.value());
        if (found != ids.end()) value.set_value(found->second.c_str());
    }
}

}  // namespace

std::string StyleSheet::id(const std::string& ours) const {
    const auto found = ids.find(ours);
    return found == ids.end() ? ours : found->second;
}

StyleSheet default_styles(const std::string& language, int list_num_id) {
    StyleSheet sheet;
    pugi::xml_document document;
    parse_part(document, our_styles(language, list_num_id));
    sheet.xml = serialize(document);
    for (const auto& id : our_ids()) sheet.ids[id] = id;
    return sheet;
}

Result<StyleSheet> merge_styles(const std::string& template_styles, const std::string& language, int list_num_id) {
    pugi::xml_document theirs;
    if (!parse_part(theirs, template_styles) || !theirs.child("w:styles")) {
        return Error{"word/styles.xml is geen geldige stijlendefinitie"};
    }
    pugi::xml_node root = theirs.child("w:styles");
    std::map<std::string, std::string> id_by_name;  // lowered w:name -> styleId
    std::map<std::string, std::string> type_by_id;
    std::set<std::string> default_types;  // the kinds of style the template has a default for
    for (pugi::xml_node node : root.children("w:style")) {
        const std::string id = node.attribute("w:styleId").value();
        if (id.empty()) continue;
        type_by_id[id] = node.attribute("w:type").value();
        if (node.attribute("w:default").as_bool()) default_types.insert(type_by_id[id]);
        const std::string name = node.child("w:name").attribute("w:val").value();
        if (!name.empty()) id_by_name.emplace(lowered(name), id);
    }

    pugi::xml_document ours;
    parse_part(ours, our_styles(language, list_num_id));
    StyleSheet sheet;
    std::vector<pugi::xml_node> missing;
    for (pugi::xml_node node : ours.child("w:styles").children("w:style")) {
        const std::string id = node.attribute("w:styleId").value();
        const std::string type = node.attribute("w:type").value();
        const std::string name = lowered(node.child("w:name").attribute("w:val").value());
        const auto by_name = id_by_name.find(name);
        if (by_name != id_by_name.end() && type_by_id[by_name->second] == type) {
            sheet.ids[id] = by_name->second;
        } else if (type_by_id.count(id) > 0 && type_by_id[id] == type) {
            sheet.ids[id] = id;
        } else {
            sheet.ids[id] = id;
            missing.push_back(node);
        }
    }
    for (pugi::xml_node node : missing) {
        // An id the template uses for a style of another kind: ours gets a distinct id.
        std::string id = node.attribute("w:styleId").value();
        while (type_by_id.count(sheet.ids[id]) > 0) sheet.ids[id] += "Inspraak";
    }
    for (pugi::xml_node node : missing) {
        const std::string id = node.attribute("w:styleId").value();
        pugi::xml_node added = root.append_copy(node);
        added.attribute("w:styleId").set_value(sheet.ids[id].c_str());
        // Only one default per kind of style: the template's, where it has one.
        if (default_types.count(added.attribute("w:type").value()) > 0) added.remove_attribute("w:default");
        remap_references(added, sheet.ids);
    }
    if (!root.child("w:docDefaults")) {
        root.prepend_copy(ours.child("w:styles").child("w:docDefaults"));
    }
    sheet.xml = serialize(theirs);
    return sheet;
}

Result<Numbering> bullet_numbering(const std::string* template_numbering) {
    pugi::xml_document document;
    if (template_numbering == nullptr) {
        document.append_child("w:numbering").append_attribute("xmlns:w") = ns::w;
    } else if (!parse_part(document, *template_numbering) || !document.child("w:numbering")) {
        return Error{"word/numbering.xml is geen geldige nummering"};
    }
    pugi::xml_node root = document.child("w:numbering");
    int abstract_id = -1;
    int num_id = 0;
    for (pugi::xml_node node : root.children("w:abstractNum")) {
        abstract_id = std::max(abstract_id, node.attribute("w:abstractNumId").as_int());
    }
    for (pugi::xml_node node : root.children("w:num")) num_id = std::max(num_id, node.attribute("w:numId").as_int());
    ++abstract_id;
    ++num_id;

    // Every w:abstractNum comes before the first w:num (the schema's order).
    pugi::xml_node first_num = root.child("w:num");
    pugi::xml_node abstract = first_num ? root.insert_child_before("w:abstractNum", first_num)
                                        : root.append_child("w:abstractNum");
    abstract.append_attribute("w:abstractNumId") = abstract_id;
    set_child_value(abstract, "w:multiLevelType", "singleLevel");
    pugi::xml_node level = abstract.append_child("w:lvl");
    level.append_attribute("w:ilvl") = 0;
    set_child_value(level, "w:start", "1");
    set_child_value(level, "w:numFmt", "bullet");
    set_child_value(level, "w:lvlText", "\u2022");
    set_child_value(level, "w:lvlJc", "left");
    pugi::xml_node indent = level.append_child("w:pPr").append_child("w:ind");
    indent.append_attribute("w:left") = 357;
    indent.append_attribute("w:hanging") = 357;

    pugi::xml_node num = root.append_child("w:num");
    num.append_attribute("w:numId") = num_id;
    set_child_value(num, "w:abstractNumId", std::to_string(abstract_id));
    return Numbering{serialize(document), num_id};
}

}  // namespace inspraak::word_package
