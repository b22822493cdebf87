#include "dates.hpp"

#include <gtest/gtest.h>

using inspraak::ingest::parse_date;

TEST(ParseDate, DutchLongForm) {
    EXPECT_EQ(parse_date("12 december 2024"), "2024-12-12");
    EXPECT_EQ(parse_date("donderdag 5 maart 2025"), "2025-03-05");
    EXPECT_EQ(parse_date("Oss, 1 mei 2024"), "2024-05-01");
    EXPECT_EQ(parse_date("3 okt. 2024"), "2024-10-03");
    EXPECT_EQ(parse_date("14 FEBRUARI 2024"), "2024-02-14");
}

TEST(ParseDate, EnglishForms) {
    EXPECT_EQ(parse_date("December 12, 2024"), "2024-12-12");
    EXPECT_EQ(parse_date("12 October 2024"), "2024-10-12");
    EXPECT_EQ(parse_date("Thu, 1st May 2025"), "2025-05-01");
}

TEST(ParseDate, NumericFormsAreDayFirst) {
    EXPECT_EQ(parse_date("12-11-2024"), "2024-11-12");
    EXPECT_EQ(parse_date("3/2/2024"), "2024-02-03");
    EXPECT_EQ(parse_date("03.02.24"), "2024-02-03");
    EXPECT_EQ(parse_date("2024-12-12"), "2024-12-12");
    EXPECT_EQ(parse_date("2024-12-12T10:15:00+01:00"), "2024-12-12");
}

TEST(ParseDate, RejectsWhatIsNoCalendarDate) {
    EXPECT_EQ(parse_date("31 februari 2024"), std::nullopt);
    EXPECT_EQ(parse_date("29 februari 2023"), std::nullopt);
    EXPECT_EQ(parse_date("29 februari 2024"), "2024-02-29");
    EXPECT_EQ(parse_date("13-13-2024"), std::nullopt);
    EXPECT_EQ(parse_date("binnenkort"), std::nullopt);
    EXPECT_EQ(parse_date(""), std::nullopt);
    EXPECT_EQ(parse_date("12 punten 2024"), std::nullopt);
}
