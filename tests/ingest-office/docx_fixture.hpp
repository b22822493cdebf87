// The parts of a small .docx, written the way Word writes them, for the tests.
#pragma once

#include <string>
#include <vector>

#include "test_support/zip_writer.hpp"

namespace inspraak::test {

inline const char* const word_namespace =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

inline std::string docx_document(const std::string& body) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<w:document " +
           word_namespace + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

inline std::string content_types() {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)";
}

// A .docx with the given document.xml body and optional other parts.
inline std::string make_docx(const std::string& body, std::vector<ZipEntry> more = {}) {
    std::vector<ZipEntry> entries = {{"[Content_Types].xml", content_types()},
                                     {"word/document.xml", docx_document(body)}};
    for (auto& entry : more) entries.push_back(std::move(entry));
    return make_zip(entries);
}

inline std::string paragraph(const std::string& text, const std::string& properties = "") {
    return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
           "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace inspraak::test
