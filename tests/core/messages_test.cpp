// Messages of the host are data until the edge renders them in the user's language.
#include <gtest/gtest.h>

#include "app/app_error.hpp"
#include "app/message.hpp"

namespace inspraak::core {
namespace {

TEST(Messages, RenderInDutchOrEnglishWithTheirArguments) {
    const Message message{"point.not_found", {"I003.2"}};
    EXPECT_EQ(render(message, false), "I003.2: punt niet gevonden");
    EXPECT_EQ(render(message, true), "I003.2: point not found");
}

TEST(Messages, NothingIsLostForAnUnknownKeyOrTooFewArguments) {
    EXPECT_EQ(render(Message{"nog.niet.vertaald", {"a", "b"}}, true), "nog.niet.vertaald a b");
    EXPECT_EQ(render(Message{"point.not_found"}, false), "{}: punt niet gevonden");
}

TEST(Messages, PartsAreRenderedInTheSameLanguageAfterTheArguments) {
    const Message conflict{"review.row_conflict", {"I003.2"},
                           {Message{"review.changed_in_store", {}, {Message{"field.reaction"}}}}};
    EXPECT_EQ(render(conflict, false), "I003.2: reactie is in de store gewijzigd sinds het blad is gemaakt");
    EXPECT_EQ(render(conflict, true), "I003.2: reaction was changed in the store since the sheet was written");
}

TEST(Messages, AnAppResultHoldsAValueOrAKindOfError) {
    AppResult<int> good = 3;
    ASSERT_TRUE(good);
    EXPECT_EQ(good.value(), 3);
    AppResult<int> bad = AppError{ErrorKind::conflict, Message{"decision.conflict", {"I001.1", "route", "kader", "geen"}}};
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::conflict);
    EXPECT_STREQ(to_string(bad.error().kind), "conflict");
    EXPECT_EQ(render(bad.error().message, true),
              "I001.1: route changed in the meantime (was 'kader', is now 'geen'); nothing saved");
}

}  // namespace
}  // namespace inspraak::core
