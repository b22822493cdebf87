// One [MS-OXMSG] object in a .msg file (the message, an attachment, a recipient, an attached
// message): its storage and the property values it holds.
//
// Fixed-size values (numbers, flags, times) sit in the storage's `__properties_version1.0`
// stream, 16 bytes each after a header; strings and binaries sit in streams of their own,
// `__substg1.0_<ID><TYPE>`.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "ole_storage.hpp"
#include "reading_limits.hpp"

namespace inspraak::ingest::outlook {

// The size of the header in front of the property entries, by kind of object.
enum class PropertyHeader : std::size_t { top_level_message = 32, embedded_message = 24, attachment_or_recipient = 8 };

class MsgStorage {
public:
    // Reads the property stream (an object without one simply has no fixed values). `charset`
    // is for 8-bit strings when the object names no code page of its own (attachments inherit
    // the message's).
    MsgStorage(OleStorage storage, PropertyHeader header, ReadBudget& budget, std::string charset = {});

    // False when the object has no `__properties_version1.0` stream (not a message at all).
    bool has_properties() const { return has_properties_; }
    std::optional<std::uint64_t> fixed(std::uint16_t id, std::uint16_t type) const;
    // A string property (PT_UNICODE, else PT_STRING8 in the object's code page) as UTF-8, "" if absent.
    std::string text(std::uint16_t id) const;
    // A PT_BINARY property's bytes, or nothing.
    std::optional<std::string> binary(std::uint16_t id) const;

    // The charset of the object's 8-bit strings.
    const std::string& charset() const { return charset_; }
    const OleStorage& storage() const { return storage_; }
    ReadBudget& budget() const { return budget_; }

private:
    OleStorage storage_;
    ReadBudget& budget_;
    std::map<std::uint32_t, std::uint64_t> fixed_;  // property tag -> value
    std::string charset_;
    bool has_properties_ = false;
};

// "__substg1.0_<ID><TYPE>", upper-case hex.
std::string property_stream_name(std::uint16_t id, std::uint16_t type);

}  // namespace inspraak::ingest::outlook
