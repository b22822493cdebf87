// Reads the files that lie inside a round's file (an e-mail's attachments, an archive's members,
// a message attached to a message) with the ingest plugin for each one's type, recursively, as if
// each were a file in the round. Plugins only hand such files back (IngestResult::embedded); the
// host alone decides which plugin reads them, so plugins never call each other.
//
// Limits keep a hostile file from exhausting the machine: nesting depth, the number of files and
// their total size per round file. What a limit refuses is kept (status "refused") with the
// reason, and the reading of that round file's other contents goes on where the limit allows.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/message.hpp"
#include "host/plugin_host.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

struct EmbeddingLimits {
    int max_depth = 4;          // a round file's own attachments are depth 1; deeper than this is refused
    int max_files = 1000;       // embedded files per round file, all depths together
    size_t max_total_bytes = size_t{512} << 20;  // their bytes together, per round file
};

struct ReadEmbeddedFile {
    EmbeddedFile file;          // as the container's plugin gave it (bytes included)
    std::string name;           // shown to people: the given name, tidied, or "bijlage N.pdf" when it had none
    std::string chain;          // names from the round file's first container inward: "brieven.zip/a.zip/brief.docx"
    std::string sha256;
    std::string plugin;         // the plugin that read it (or would have), "" when none
    std::string status = "ok";  // "ok", "failed" (its plugin could not read it) or "refused" (a limit)
    Message error;              // why, when not "ok": a reason (ingest_call.hpp)
    IngestResult result;        // what its plugin read; `result.embedded` has moved into `children`
    std::vector<ReadEmbeddedFile> children;
};

class EmbeddedReader {
public:
    EmbeddedReader(const PluginHost& host, EmbeddingLimits limits = {});

    // Reads the embedded files of one round file and everything inside them. `container_name`
    // is the round file's name, the start of each file's `chain`.
    std::vector<ReadEmbeddedFile> read(std::vector<EmbeddedFile> files, const std::string& container_name);

private:
    ReadEmbeddedFile read_one(EmbeddedFile file, const std::string& parent_chain, int depth, int index);
    std::vector<ReadEmbeddedFile> read_level(std::vector<EmbeddedFile> files, const std::string& parent_chain, int depth);
    // The extension that picks the plugin: the name's when a plugin reads it, else the media type's.
    std::string extension_for(const EmbeddedFile& file) const;

    const PluginHost& host_;
    EmbeddingLimits limits_;
    int files_seen_ = 0;
    size_t bytes_seen_ = 0;
};

// A name from a container made safe to show and store: no directory escapes or control
// characters, at most 200 characters; "" stays "".
std::string tidy_embedded_name(std::string_view name);

// The usual extension for a MIME type ("application/pdf" -> "pdf"), "" when unknown.
std::string extension_for_media_type(std::string_view media_type);

}  // namespace inspraak::core
