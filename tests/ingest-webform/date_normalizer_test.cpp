// Dates from web forms to ISO 8601, only where unambiguous.
#include <gtest/gtest.h>

#include "date_normalizer.hpp"

using inspraak::webform::normalize_date;

TEST(WebformDates, IsoIsKept) {
    EXPECT_EQ(normalize_date("2024-12-12"), "2024-12-12");
    EXPECT_EQ(normalize_date(" 2024-12-12T09:30:00+01:00 "), "2024-12-12T09:30:00+01:00");
}

TEST(WebformDates, DutchNumericDates) {
    EXPECT_EQ(normalize_date("12-12-2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("1-3-2024"), "2024-03-01");
    EXPECT_EQ(normalize_date("01.03.2024"), "2024-03-01");
    EXPECT_EQ(normalize_date("29-02-2024"), "2024-02-29");
    EXPECT_EQ(normalize_date("3-2-2025 14:05"), "2025-02-03T14:05");
    EXPECT_EQ(normalize_date("3-2-2025 9:05:07"), "2025-02-03T09:05:07");
}

TEST(WebformDates, SlashesOnlyWhenTheDayIsRecognisable) {
    EXPECT_EQ(normalize_date("31/12/2024"), "2024-12-31");
    EXPECT_EQ(normalize_date("12/31/2024"), "2024-12-31");
    EXPECT_EQ(normalize_date("3/2/2025"), "3/2/2025");  // 3 February or March 2: keep
}

TEST(WebformDates, WrittenDates) {
    EXPECT_EQ(normalize_date("12 december 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("1 Mei 2025"), "2025-05-01");
    EXPECT_EQ(normalize_date("12 dec. 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("donderdag 12 december 2024"), "2024-12-12");
    EXPECT_EQ(normalize_date("3 mrt 2025"), "2025-03-03");
    EXPECT_EQ(normalize_date("December 12, 2024"), "2024-12-12");
}

TEST(WebformDates, ImpossibleOrUnreadableDatesAreKeptAsGiven) {
    EXPECT_EQ(normalize_date("31-02-2024"), "31-02-2024");
    EXPECT_EQ(normalize_date("29-02-2023"), "29-02-2023");
    EXPECT_EQ(normalize_date("12 brumaire 2024"), "12 brumaire 2024");
    EXPECT_EQ(normalize_date("vorige week"), "vorige week");
    EXPECT_EQ(normalize_date("25-12-2024 25:00"), "25-12-2024 25:00");
    EXPECT_EQ(normalize_date(""), "");
}

TEST(WebformDates, LongTextInADateColumnIsKept) {
    const std::string text(100000, '1');
    EXPECT_EQ(normalize_date(text), text);
}
