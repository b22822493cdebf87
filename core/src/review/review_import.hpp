// `inspraak import-review`: reads the review sheet (reactienota.xlsx, written by report-xlsx)
// back after colleagues edited it, and records their changes in the store.
//
// Every row of the points sheet ("Punten"/"Points") is compared with the hidden sheet of values
// as written ("Origineel"/"Original"), matched on the point id (rows may have been sorted):
// - a cell equal to its original: nothing to do;
// - an edited cell whose value the store already holds: nothing to do (imported before);
// - an edited cell whose original the store still holds: the edit is recorded (audit, decided);
// - otherwise the store changed since the sheet was written: a conflict, nothing of that row is
//   recorded. Unknown points, unreadable chapters/routes/statuses are conflicts too.
// Rows deleted from the sheet change nothing. Everything happens in one transaction.
#pragma once

#include <string>
#include <vector>

#include "app/message.hpp"
#include "inspraak/model.hpp"
#include "review/xlsx_reader.hpp"
#include "store/store.hpp"

namespace inspraak::core {

struct ReviewImportSummary {
    std::string who;              // recorded as the author of the changes
    int changed_points = 0;       // rows whose edits were recorded
    int changed_fields = 0;       // fields recorded (chapters, section, route, reaction, status)
    int unchanged = 0;            // rows with nothing to record
    int not_in_sheet = 0;         // points of the original sheet whose row was deleted
    int group_points = 0;         // points without a row of their own that took their group's decision
    std::vector<Message> conflicts;  // "I003.2: reactie is in de store gewijzigd ...", one per line
};

// `who`: the name for the audit log; empty takes the workbook's last editor
// (docProps/core.xml), else $USER, else "onbekend". Throws XlsxError (one line) when the workbook
// lacks the points sheet, its id column or the original-values sheet.
ReviewImportSummary import_review(Store& store, const XlsxWorkbook& workbook, const std::vector<Workstream>& workstreams,
                                  const std::string& who);

}  // namespace inspraak::core
