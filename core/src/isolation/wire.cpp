#include "isolation/wire.hpp"

#include <cstring>
#include <vector>

#include "util/field_codec.hpp"

namespace inspraak::core {
namespace {

void put(FieldWriter& w, const Stakeholder& s) {
    for (const auto* field : {&s.name, &s.organisation, &s.group, &s.email, &s.phone}) w.text(*field);
}

Stakeholder get_stakeholder(FieldReader& r) {
    Stakeholder s;
    for (auto* field : {&s.name, &s.organisation, &s.group, &s.email, &s.phone}) *field = r.text();
    return s;
}

}  // namespace

std::string encode(const ParseRequest& request) {
    FieldWriter w;
    w.text(request.extension);
    w.text(request.plugin);
    w.text(request.file.path);
    w.text(request.file.display_path);
    w.text(request.file.bytes);
    w.number(static_cast<uint64_t>(request.limits.cpu.count()));
    w.number(static_cast<uint64_t>(request.limits.wall.count()));
    w.number(request.limits.memory_bytes);
    return w.take();
}

ParseRequest decode_request(std::string_view bytes) {
    FieldReader r(bytes);
    ParseRequest request;
    request.extension = r.text();
    request.plugin = r.text();
    request.file.path = r.text();
    request.file.display_path = r.text();
    request.file.bytes = r.text();
    request.limits.cpu = std::chrono::seconds(r.number());
    request.limits.wall = std::chrono::seconds(r.number());
    request.limits.memory_bytes = r.number();
    r.finish();
    return request;
}

std::string encode(const ParseAnswer& answer) {
    FieldWriter w;
    w.number(static_cast<uint64_t>(answer.outcome));
    w.text(answer.detail);
    const IngestResult& result = answer.result;
    w.number(result.submissions.size());
    for (const auto& s : result.submissions) {
        put(w, s.stakeholder);
        for (const auto* field : {&s.subject, &s.date, &s.body, &s.reference}) w.text(*field);
        w.texts(s.notes);
    }
    w.texts(result.warnings);
    w.number(result.embedded.size());
    for (const auto& e : result.embedded) {
        w.text(e.name);
        w.text(e.media_type);
        w.text(e.bytes);
        w.number(static_cast<uint64_t>(static_cast<int64_t>(e.belongs_to)));
    }
    return w.take();
}

ParseAnswer decode_answer(std::string_view bytes) {
    FieldReader r(bytes);
    ParseAnswer answer;
    uint64_t outcome = r.number();
    if (outcome > static_cast<uint64_t>(ParseOutcome::worker_failed)) throw WireError("unknown outcome");
    answer.outcome = static_cast<ParseOutcome>(outcome);
    answer.detail = r.text();
    IngestResult& result = answer.result;
    result.submissions.resize(r.count());
    for (auto& s : result.submissions) {
        s.stakeholder = get_stakeholder(r);
        for (auto* field : {&s.subject, &s.date, &s.body, &s.reference}) *field = r.text();
        s.notes = r.texts();
    }
    result.warnings = r.texts();
    result.embedded.resize(r.count());
    for (auto& e : result.embedded) {
        e.name = r.text();
        e.media_type = r.text();
        e.bytes = r.text();
        e.belongs_to = static_cast<int>(static_cast<int64_t>(r.number()));
    }
    r.finish();
    return answer;
}

std::string frame(std::string_view payload) {
    uint64_t size = payload.size();
    std::string out(reinterpret_cast<const char*>(&size), sizeof size);
    out.append(payload);
    return out;
}

uint64_t frame_length(std::string_view header, uint64_t max) {
    if (header.size() != frame_header_size) throw WireError("truncated frame header");
    uint64_t size = 0;
    std::memcpy(&size, header.data(), sizeof size);
    if (size > max) throw WireError("frame too large");
    return size;
}

}  // namespace inspraak::core
