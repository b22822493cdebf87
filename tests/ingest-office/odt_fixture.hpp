// The parts of a small .odt, written the way LibreOffice writes them, for the tests.
#pragma once

#include <string>
#include <vector>

#include "test_support/zip_writer.hpp"

namespace inspraak::test {

inline const char* const odf_namespaces =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
    R"(xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")";

inline std::string odt_content(const std::string& automatic_styles, const std::string& text) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n<office:document-content " + odf_namespaces +
           R"( office:version="1.3"><office:automatic-styles>)" + automatic_styles +
           "</office:automatic-styles><office:body><office:text>" + text +
           "</office:text></office:body></office:document-content>";
}

inline std::string odt_manifest(const std::string& content_entry_extra = "") {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n<manifest:manifest " + odf_namespaces +
           R"( manifest:version="1.3">)"
           R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
           R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)" +
           content_entry_extra + "</manifest:file-entry></manifest:manifest>";
}

inline std::string odt_meta(const std::string& fields) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n<office:document-meta " + odf_namespaces +
           R"( office:version="1.3"><office:meta>)" + fields + "</office:meta></office:document-meta>";
}

// An .odt as LibreOffice stores it: "mimetype" first and uncompressed.
inline std::string make_odt(const std::string& content, const std::string& meta = "",
                            const std::string& manifest = odt_manifest()) {
    std::vector<ZipEntry> entries = {{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                     {"META-INF/manifest.xml", manifest},
                                     {"content.xml", content}};
    if (!meta.empty()) entries.push_back({"meta.xml", meta});
    return make_zip(entries);
}

}  // namespace inspraak::test
