// Small helpers shared by the ingest-webform tests.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "inspraak/model.hpp"
#include "webform_ingester.hpp"

namespace webform_test {

inline inspraak::Result<inspraak::IngestResult> ingest(const std::string& bytes, const std::string& name) {
    inspraak::SourceFile file;
    file.path = "/tmp/" + name;
    file.display_path = "submissions/" + name;
    file.bytes = bytes;
    return inspraak::webform::WebformIngester().read(file);
}

inline inspraak::Result<inspraak::IngestResult> ingest_csv(const std::string& bytes) { return ingest(bytes, "export.csv"); }
inline inspraak::Result<inspraak::IngestResult> ingest_json(const std::string& bytes) { return ingest(bytes, "export.json"); }

}  // namespace webform_test
