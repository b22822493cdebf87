// Helpers for the e-mail tests: messages are built in the test code, with CRLF line endings as
// they travel.
#pragma once

#include <string>

#include "email_ingester.hpp"

namespace inspraak::test {

inline std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

inline Result<IngestResult> read_mail(const std::string& message, const std::string& name = "S01.eml") {
    ingest::EmailIngester ingester;
    return ingester.read(SourceFile{"/tmp/" + name, "submissions/" + name, crlf(message)});
}

}  // namespace inspraak::test
