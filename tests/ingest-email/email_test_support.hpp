// Helpers for the e-mail tests: messages are built in the test code, with CRLF line endings as
// they travel.
#pragma once

#include <string>

#include "email_ingester.hpp"
#include "test_support/mail_builder.hpp"  // crlf

namespace inspraak::test {

inline Result<IngestResult> read_mail(const std::string& message, const std::string& name = "S01.eml") {
    ingest::EmailIngester ingester;
    return ingester.read(SourceFile{"/tmp/" + name, "submissions/" + name, crlf(message)});
}

}  // namespace inspraak::test
