// A list of strings kept in one text column as a JSON array (notes, a classification's why).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace inspraak::core {

inline std::string to_json_list(const std::vector<std::string>& list) { return nlohmann::json(list).dump(); }

namespace json_list_detail {

// Collects the strings of a top-level array as the parser meets them, without building the
// document first (a page of a million-point walk reads a list per point).
class ListReader final : public nlohmann::json_sax<nlohmann::json> {
public:
    std::vector<std::string> list;
    bool is_array = false;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t& value) override {
        if (depth_ == 1 && is_array) list.push_back(std::move(value));
        return true;
    }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return ++depth_ > 0; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return --depth_ >= 0; }
    bool start_array(std::size_t) override {
        if (depth_++ == 0) is_array = true;
        return true;
    }
    bool end_array() override { return --depth_ >= 0; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    int depth_ = 0;
};

}  // namespace json_list_detail

// Anything but an array of strings reads as an empty list: a damaged column costs its note, not
// the round. Other items in the array (numbers, nested lists) are passed over.
inline std::vector<std::string> from_json_list(const std::string& text) {
    if (text == "[]") return {};
    json_list_detail::ListReader reader;
    if (!nlohmann::json::sax_parse(text, &reader) || !reader.is_array) return {};
    return std::move(reader.list);
}

}  // namespace inspraak::core
