// The plain table both readers produce: named columns and one record per submission, so that the
// column mapping and the submission builder are shared by CSV and JSON.
#pragma once

#include <string>
#include <vector>

namespace inspraak::webform {

struct Record {
    std::string label;                // where the record is in the file, for messages: "rij 4", "object 2"
    std::vector<std::string> values;  // one per column, "" when absent
};

struct Table {
    std::vector<std::string> columns;  // header names as written in the file
    std::vector<Record> records;
    std::vector<std::string> warnings;  // what the reader itself had to ignore
};

}  // namespace inspraak::webform
