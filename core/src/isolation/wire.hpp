// The bytes that pass between the host and a parse worker (worker_pool.hpp): a request (which
// plugin reads which file, within which limits) and an answer (what the plugin read, or why not).
// Plain length-prefixed fields (util/field_codec.hpp): both ends are the same build of inspraak on
// the same machine. A worker that died halfway through an answer is a WireError, never a read past
// the end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "inspraak/model.hpp"
#include "isolation/parse_limits.hpp"
#include "util/field_codec.hpp"

namespace inspraak::core {

// Fields as util/field_codec.hpp writes and checks them.
using WireError = FieldError;

struct ParseRequest {
    std::string extension;  // picks the plugin, as in the host
    std::string plugin;     // the plugin the host expects for it; the worker checks
    SourceFile file;
    ParseLimits limits;
};

// How a parse ended, as the worker's parent saw it.
enum class ParseOutcome : uint8_t {
    read = 0,          // the plugin returned: `result` holds what it read
    plugin_error,      // the plugin returned an error: `detail` holds its words
    plugin_threw,      // the plugin broke its promise not to throw
    crashed,           // killed by a signal: `detail` holds its number
    timeout,           // over ParseLimits::wall
    cpu_limit,         // over ParseLimits::cpu
    memory_limit,      // over ParseLimits::memory_bytes
    worker_failed,     // the sandbox could not be set up, no such plugin, or a garbled answer: `detail`
};

struct ParseAnswer {
    ParseOutcome outcome = ParseOutcome::worker_failed;
    std::string detail;
    IngestResult result;
};

std::string encode(const ParseRequest& request);
ParseRequest decode_request(std::string_view bytes);
std::string encode(const ParseAnswer& answer);
ParseAnswer decode_answer(std::string_view bytes);

// A frame: the payload's length (8 bytes) and the payload.
std::string frame(std::string_view payload);
// The payload's length from a frame's first 8 bytes; a WireError above `max`.
uint64_t frame_length(std::string_view header, uint64_t max);
constexpr size_t frame_header_size = 8;

}  // namespace inspraak::core
