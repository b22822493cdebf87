// The one date parser of the SDK, as the ingest plugins use it: find_date for letters
// (ingest-text), normalize_date for web-form columns (ingest-webform).
#include "inspraak/dates.hpp"

#include <gtest/gtest.h>

using inspraak::dates::find_date;
using inspraak::dates::normalize_date;
using inspraak::dates::read_date;
using inspraak::dates::SlashDates;

// --- find_date: the first date in free text ---

TEST(FindDate, DutchLongForm) {
    EXPECT_EQ(find_date("12 december 2024"), "2024-12-12");
    EXPECT_EQ(find_date("donderdag 5 maart 2025"), "2025-03-05");
    EXPECT_EQ(find_date("Oss, 1 mei 2024"), "2024-05-01");
    EXPECT_EQ(find_date("3 okt. 2024"), "2024-10-03");
    EXPECT_EQ(find_date("14 FEBRUARI 2024"), "2024-02-14");
}

TEST(FindDate, EnglishForms) {
    EXPECT_EQ(find_date("December 12, 2024"), "2024-12-12");
    EXPECT_EQ(find_date("12 October 2024"), "2024-10-12");
    EXPECT_EQ(find_date("Thu, 1st May 2025"), "2025-05-01");
}

TEST(FindDate, NumericFormsAreDayFirst) {
    EXPECT_EQ(find_date("12-11-2024"), "2024-11-12");
    EXPECT_EQ(find_date("3/2/2024"), "2024-02-03");
    EXPECT_EQ(find_date("03.02.24"), "2024-02-03");
    EXPECT_EQ(find_date("2024-12-12"), "2024-12-12");
    EXPECT_EQ(find_date("2024-12-12T10:15:00+01:00"), "2024-12-12");
}

TEST(FindDate, RejectsWhatIsNoCalendarDate) {
    EXPECT_EQ(find_date("31 februari 2024"), std::nullopt);
    EXPECT_EQ(find_date("29 februari 2023"), std::nullopt);
    EXPECT_EQ(find_date("29 februari 2024"), "2024-02-29");
    EXPECT_EQ(find_date("13-13-2024"), std::nullopt);
    EXPECT_EQ(find_date("binnenkort"), std::nullopt);
    EXPECT_EQ(find_date(""), std::nullopt);
    EXPECT_EQ(find_date("12 punten 2024"), std::nullopt);
}

TEST(FindDate, FindsTheDateInsideASentence) {
    EXPECT_EQ(find_date("Datum: Utrecht, 7 januari 2025 (per post)"), "2025-01-07");
    EXPECT_EQ(find_date("ref. 2024/118, verstuurd op 9 febr. 2025"), "2025-02-09");
}

TEST(FindDate, SlashRuleCanBeStrict) {
    EXPECT_EQ(find_date("3/2/2024", SlashDates::unambiguous_only), std::nullopt);
    EXPECT_EQ(find_date("12/31/2024", SlashDates::unambiguous_only), "2024-12-31");
    EXPECT_EQ(find_date("12/31/2024"), std::nullopt);  // day first: month 31 does not exist
}

TEST(FindDate, LooksOnlyAtTheStartOfLongText) {
    const std::string text = std::string(300, 'x') + " 12 december 2024";
    EXPECT_EQ(find_date(text), std::nullopt);
}

// --- normalize_date: a web-form column ---

TEST(NormalizeDate, IsoIsKept) {
    EXPECT_EQ(normalize_date("2024-12-12"), "2024-12-12");
    EXPECT_EQ(normalize_date(" 2024-12-12T09:30:00+01:00 "), "2024-12-12T09:30:00+01:00");
}

TEST(NormalizeDate, DutchNumericDates) {
    EXPECT_EQ(normalize_date("12-12-2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("1-3-2024"), "2024-03-01");
    EXPECT_EQ(normalize_date("01.03.2024"), "2024-03-01");
    EXPECT_EQ(normalize_date("29-02-2024"), "2024-02-29");
    EXPECT_EQ(normalize_date("3-2-2025 14:05"), "2025-02-03T14:05");
    EXPECT_EQ(normalize_date("3-2-2025 9:05:07"), "2025-02-03T09:05:07");
}

TEST(NormalizeDate, SlashesOnlyWhenTheDayIsRecognisable) {
    EXPECT_EQ(normalize_date("31/12/2024"), "2024-12-31");
    EXPECT_EQ(normalize_date("12/31/2024"), "2024-12-31");
    EXPECT_EQ(normalize_date("3/2/2025"), "3/2/2025");  // 3 February or March 2: keep
}

TEST(NormalizeDate, WrittenDates) {
    EXPECT_EQ(normalize_date("12 december 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("1 Mei 2025"), "2025-05-01");
    EXPECT_EQ(normalize_date("12 dec. 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("donderdag 12 december 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("3 mrt 2025"), "2025-03-03");
    EXPECT_EQ(normalize_date("December 12, 2024"), "2024-12-12");
}

TEST(NormalizeDate, ImpossibleOrUnreadableDatesAreKeptAsGiven) {
    EXPECT_EQ(normalize_date("31-02-2024"), "31-02-2024");
    EXPECT_EQ(normalize_date("29-02-2023"), "29-02-2023");
    EXPECT_EQ(normalize_date("12 brumaire 2024"), "12 brumaire 2024");
    EXPECT_EQ(normalize_date("vorige week"), "vorige week");
    EXPECT_EQ(normalize_date("25-12-2024 25:00"), "25-12-2024 25:00");
    EXPECT_EQ(normalize_date(""), "");
}

TEST(NormalizeDate, LongTextInADateColumnIsKept) {
    const std::string text(100000, '1');
    EXPECT_EQ(normalize_date(text), text);
}

// --- read_date: a value that is one date and nothing else ---

TEST(ReadDate, OnlyAWholeValueIsADate) {
    EXPECT_EQ(read_date("  12  december 2024 "), "2024-12-12");
    EXPECT_EQ(read_date("12 december"), std::nullopt);
}

TEST(ReadDate, WrittenDateWithTimeAndOrdinal) {
    EXPECT_EQ(read_date("1st May 2025 9:30"), "2025-05-01T09:30");
    EXPECT_EQ(read_date("12. december 2024"), "2024-12-12");
}

TEST(ReadDate, BadInputIsNoDate) {
    EXPECT_EQ(read_date(""), std::nullopt);
    EXPECT_EQ(read_date("2024-13-01"), std::nullopt);
    EXPECT_EQ(read_date("2024-2-3"), std::nullopt);  // not ISO: no leading zeros
    EXPECT_EQ(read_date("12-12-1850"), std::nullopt);
    EXPECT_EQ(read_date("12 december 2024 en verder"), std::nullopt);
    EXPECT_EQ(read_date(std::string(49, '1')), std::nullopt);
}
