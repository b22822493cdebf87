#include "house_template.hpp"

#include <zip.h>

#include <stdexcept>

namespace docx_test {
namespace {

const std::string w_ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
const std::string r_ns = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
const std::string rel_ns = R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships")";
const std::string rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string decl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";

}  // namespace

ZipEntries house_template_entries(bool dotx) {
    const std::string main_type = dotx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
                                       : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    ZipEntries entries;
    entries.emplace_back("[Content_Types].xml",
                         decl + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                                R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                                R"(<Default Extension="xml" ContentType="application/xml"/>)"
                                R"(<Default Extension="png" ContentType="image/png"/>)"
                                R"(<Override PartName="/word/document.xml" ContentType=")" + main_type + R"("/>)"
                                R"(<Override PartName="/word/styles.xml" ContentType=")" + wml + R"(styles+xml"/>)"
                                R"(<Override PartName="/word/settings.xml" ContentType=")" + wml + R"(settings+xml"/>)"
                                R"(<Override PartName="/word/header1.xml" ContentType=")" + wml + R"(header+xml"/>)"
                                R"(<Override PartName="/word/footer1.xml" ContentType=")" + wml + R"(footer+xml"/>)"
                                R"(<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>)"
                                R"(</Types>)");
    entries.emplace_back("_rels/.rels", decl + "<Relationships " + rel_ns + R"(><Relationship Id="rId1" Type=")" +
                                            rel_type + R"(officeDocument" Target="word/document.xml"/></Relationships>)");
    entries.emplace_back(
        "word/_rels/document.xml.rels",
        decl + "<Relationships " + rel_ns + ">" + R"(<Relationship Id="rId1" Type=")" + rel_type +
            R"(styles" Target="styles.xml"/>)" + R"(<Relationship Id="rId2" Type=")" + rel_type +
            R"(settings" Target="settings.xml"/>)" + R"(<Relationship Id="rId3" Type=")" + rel_type +
            R"(theme" Target="theme/theme1.xml"/>)" + R"(<Relationship Id="rId8" Type=")" + rel_type +
            R"(header" Target="header1.xml"/>)" + R"(<Relationship Id="rId9" Type=")" + rel_type +
            R"(footer" Target="footer1.xml"/>)" + "</Relationships>");
    entries.emplace_back("word/document.xml",
                         decl + "<w:document " + w_ns + " " + r_ns + ">" +
                             R"(<w:body><w:p><w:r><w:t>Sjabloontekst die niet in de nota hoort</w:t></w:r></w:p>)"
                             R"(<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>)"
                             R"(<w:footerReference w:type="default" r:id="rId9"/>)"
                             R"(<w:pgSz w:w="12240" w:h="15840"/>)"
                             R"(<w:pgMar w:top="2200" w:right="1700" w:bottom="1400" w:left="1800" w:header="600" w:footer="500" w:gutter="0"/>)"
                             R"(</w:sectPr></w:body></w:document>)");
    entries.emplace_back(
        "word/styles.xml",
        decl + "<w:styles " + w_ns + ">" +
            R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="18"/></w:rPr></w:rPrDefault></w:docDefaults>)"
            R"(<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:color w:val="123456"/></w:rPr></w:style>)"
            R"(<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:rPr><w:b/><w:color w:val="AA0000"/></w:rPr></w:style>)"
            R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="InspraakWaar"><w:name w:val="InspraakWaar"/><w:basedOn w:val="Standaard"/><w:rPr><w:sz w:val="14"/><w:color w:val="00AA00"/></w:rPr></w:style>)"
            R"(<w:style w:type="character" w:styleId="Title"><w:name w:val="Title Char"/></w:style>)"
            R"(</w:styles>)");
    entries.emplace_back("word/settings.xml",
                         decl + "<w:settings " + w_ns + " " + r_ns + ">" +
                             R"(<w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>)"
                             R"(</w:settings>)");
    entries.emplace_back("word/_rels/settings.xml.rels",
                         decl + "<Relationships " + rel_ns + R"(><Relationship Id="rId1" Type=")" + rel_type +
                             R"(attachedTemplate" Target="file:///C:/Sjablonen/Huisstijl.dotx" TargetMode="External"/></Relationships>)");
    entries.emplace_back("word/theme/theme1.xml",
                         decl + R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Testdorp"/>)");
    entries.emplace_back("word/header1.xml",
                         decl + "<w:hdr " + w_ns + " " + r_ns + ">" +
                             R"(<w:p><w:r><w:t>Gemeente Testdorp</w:t></w:r></w:p></w:hdr>)");
    entries.emplace_back("word/_rels/header1.xml.rels",
                         decl + "<Relationships " + rel_ns + R"(><Relationship Id="rId1" Type=")" + rel_type +
                             R"(image" Target="media/logo.png"/></Relationships>)");
    entries.emplace_back("word/media/logo.png", std::string("\x89PNG\r\n\x1a\n-logo-", 14));
    entries.emplace_back("word/footer1.xml", decl + "<w:ftr " + w_ns + ">" +
                                                 R"(<w:p><w:r><w:t>Postbus 1, Testdorp</w:t></w:r></w:p></w:ftr>)");
    return entries;
}

void write_zip_file(const std::filesystem::path& file, const ZipEntries& entries) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) throw std::runtime_error("cannot create " + file.string());
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            throw std::runtime_error("cannot add " + name);
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        throw std::runtime_error("cannot write " + file.string());
    }
}

}  // namespace docx_test
