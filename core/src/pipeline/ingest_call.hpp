// One way to call an ingest plugin: its Result, or an Error when it broke its promise and threw,
// so that a misbehaving plugin costs one file, never the round.
#pragma once

#include "inspraak/plugin.hpp"

namespace inspraak::core {

inline Result<IngestResult> call_ingester(const Ingester& ingester, const SourceFile& file) {
    try {
        return ingester.read(file);
    } catch (...) {  // read() is noexcept by contract; a plugin that throws anyway must not end the round
        return Error{"de plugin gooide een uitzondering"};
    }
}

}  // namespace inspraak::core
