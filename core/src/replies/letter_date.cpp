#include "replies/letter_date.hpp"

#include <array>
#include <charconv>

namespace inspraak::core {

std::string letter_date(const std::string& iso, bool english) {
    static constexpr std::array<const char*, 12> dutch = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                          "juli",    "augustus", "september", "oktober", "november", "december"};
    static constexpr std::array<const char*, 12> months = {"January", "February", "March",     "April",   "May",      "June",
                                                           "July",    "August",   "September", "October", "November", "December"};
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
    int month = 0;
    int day = 0;
    if (std::from_chars(iso.data() + 5, iso.data() + 7, month).ec != std::errc{} ||
        std::from_chars(iso.data() + 8, iso.data() + 10, day).ec != std::errc{} || month < 1 || month > 12 || day < 1)
        return iso;
    return std::to_string(day) + " " + (english ? months : dutch)[month - 1] + " " + iso.substr(0, 4);
}

}  // namespace inspraak::core
