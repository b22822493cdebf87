// The accounts of a round (app/accounts.hpp) on both backends: passwords kept only as argon2id
// hashes, an unknown user and a wrong password the same error, names and passwords checked,
// roles read in Dutch and English, every change audited without the password.
#include <gtest/gtest.h>
#include <sodium.h>

#include <chrono>

#include "app/accounts.hpp"
#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

const std::string password = "correct paard batterij";

class Accounts : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        Store::create(where_->location());
        book_ = std::make_unique<AccountBook>(std::make_unique<Store>(Store::open(where_->location())), "beheer");
    }
    AccountBook& book() { return *book_; }
    Store store() { return Store::open(where_->location()); }

    std::unique_ptr<TestStore> where_;
    std::unique_ptr<AccountBook> book_;
};

INSTANTIATE_TEST_SUITE_P(Backend, Accounts, all_store_backends, store_backend_name);

TEST(Roles, ReadInDutchAndEnglish) {
    EXPECT_EQ(parse_role("lezer"), Role::lezer);
    EXPECT_EQ(parse_role("Reader"), Role::lezer);
    EXPECT_EQ(parse_role(" redacteur "), Role::redacteur);
    EXPECT_EQ(parse_role("editor"), Role::redacteur);
    EXPECT_EQ(parse_role("BEHEERDER"), Role::beheerder);
    EXPECT_EQ(parse_role("admin"), Role::beheerder);
    EXPECT_FALSE(parse_role("koning").has_value());
    EXPECT_FALSE(parse_role("").has_value());
    for (Role role : {Role::lezer, Role::redacteur, Role::beheerder}) EXPECT_EQ(parse_role(to_string(role)), role);
    EXPECT_STREQ(to_string(Role::redacteur), "redacteur");
    EXPECT_FALSE(may_edit(Role::lezer));
    EXPECT_TRUE(may_edit(Role::redacteur));
    EXPECT_TRUE(may_edit(Role::beheerder));
    EXPECT_FALSE(may_administer(Role::lezer));
    EXPECT_FALSE(may_administer(Role::redacteur));
    EXPECT_TRUE(may_administer(Role::beheerder));
}

TEST_P(Accounts, AnAddedUserSignsInWithTheirPasswordOnly) {
    EXPECT_EQ(*book().count(), 0);
    auto added = book().add_user("piet@gemeente.nl", Role::redacteur, password);
    ASSERT_TRUE(added) << render(added.error().message, false);
    EXPECT_EQ(added->name, "piet@gemeente.nl");
    EXPECT_EQ(*book().count(), 1);

    auto verified = book().verify("piet@gemeente.nl", password);
    ASSERT_TRUE(verified) << render(verified.error().message, false);
    EXPECT_EQ(verified->role, Role::redacteur);
    auto found = book().find("piet@gemeente.nl");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->role, Role::redacteur);

    auto hash = store().user("piet@gemeente.nl")->password_hash;
    EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
    EXPECT_EQ(hash.find(password), std::string::npos);
}

TEST_P(Accounts, AnUnknownUserAndAWrongPasswordAreTheSameError) {
    ASSERT_TRUE(book().add_user("piet", Role::lezer, password));
    auto wrong = book().verify("piet", "verkeerd wachtwoord");
    auto unknown = book().verify("jan", password);
    auto impossible = book().verify("niet een naam!", password);
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    ASSERT_FALSE(impossible);
    for (const auto* error : {&wrong.error(), &unknown.error(), &impossible.error()}) {
        EXPECT_EQ(error->kind, ErrorKind::invalid);
        EXPECT_EQ(error->message.key, "account.login_failed");
        EXPECT_TRUE(error->message.args.empty());
    }
    EXPECT_EQ(render(unknown.error().message, true), "unknown user or wrong password");
    EXPECT_FALSE(book().verify("piet", "").ok());
    EXPECT_FALSE(book().verify("Piet", password).ok());  // names are exact
}

// An unknown name is checked against a hash all the same: it takes about as long as a wrong
// password (loosely: a quarter, so that a busy machine cannot make it fail).
TEST_P(Accounts, AnUnknownUserTakesAboutAsLongAsAWrongPassword) {
    ASSERT_TRUE(book().add_user("piet", Role::lezer, password));
    (void)book().verify("jan", password);  // the dummy hash is made once, on first use
    auto time = [&](const std::string& name) {
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 3; ++i) EXPECT_FALSE(book().verify(name, "verkeerd wachtwoord").ok());
        return std::chrono::steady_clock::now() - start;
    };
    auto wrong = time("piet");
    auto unknown = time("jan");
    EXPECT_GT(unknown * 4, wrong);
    EXPECT_GT(wrong * 4, unknown);
}

TEST_P(Accounts, NamesAndPasswordsAreChecked) {
    auto duplicate = [&] {
        EXPECT_TRUE(book().add_user("piet", Role::lezer, password));
        return book().add_user("piet", Role::beheerder, "een ander wachtwoord");
    }();
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().kind, ErrorKind::invalid);
    EXPECT_EQ(duplicate.error().message.key, "account.exists");
    EXPECT_EQ(book().find("piet")->role, Role::lezer);  // the first stays as it was

    auto short_password = book().add_user("jan", Role::lezer, "123456789");
    ASSERT_FALSE(short_password);
    EXPECT_EQ(short_password.error().kind, ErrorKind::invalid);
    EXPECT_EQ(short_password.error().message.key, "account.password_too_short");
    EXPECT_TRUE(book().add_user("jan", Role::lezer, "ééééééééé1"));  // ten characters, more bytes
    EXPECT_FALSE(book().add_user("kees", Role::lezer, "ééééééééé"));  // nine
    EXPECT_FALSE(book().add_user("kees", Role::lezer, std::string(1025, 'x')));

    for (const std::string& bad : std::vector<std::string>{"", "met spatie", "a/b", "piet'", std::string(65, 'a'), "jé"}) {
        auto refused = book().add_user(bad, Role::lezer, password);
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().message.key, "account.bad_name") << bad;
    }
    EXPECT_TRUE(book().add_user(std::string(64, 'a'), Role::lezer, password));
    EXPECT_TRUE(book().add_user("a.b_c-d@e", Role::lezer, password));
    EXPECT_EQ(book().list()->size(), 4u);
}

TEST_P(Accounts, PasswordRoleAndRemoval) {
    ASSERT_TRUE(book().add_user("anna", Role::beheerder, password));
    ASSERT_TRUE(book().add_user("piet", Role::lezer, password));
    ASSERT_TRUE(book().set_password("piet", "een nieuw wachtwoord"));
    EXPECT_FALSE(book().verify("piet", password).ok());
    EXPECT_TRUE(book().verify("piet", "een nieuw wachtwoord").ok());
    EXPECT_EQ(book().set_password("jan", "een nieuw wachtwoord").error().kind, ErrorKind::not_found);
    EXPECT_EQ(book().set_password("piet", "kort").error().message.key, "account.password_too_short");

    auto role = book().set_role("piet", Role::redacteur);
    ASSERT_TRUE(role);
    EXPECT_EQ(book().find("piet")->role, Role::redacteur);
    EXPECT_EQ(book().set_role("jan", Role::lezer).error().kind, ErrorKind::not_found);

    // The last beheerder stays while there are others to manage.
    auto demote = book().set_role("anna", Role::lezer);
    ASSERT_FALSE(demote);
    EXPECT_EQ(demote.error().message.key, "account.last_administrator");
    EXPECT_EQ(book().remove_user("anna").error().message.key, "account.last_administrator");
    ASSERT_TRUE(book().set_role("piet", Role::beheerder));
    ASSERT_TRUE(book().remove_user("anna"));
    EXPECT_EQ(book().find("anna").error().kind, ErrorKind::not_found);
    EXPECT_EQ(book().remove_user("anna").error().kind, ErrorKind::not_found);
    ASSERT_TRUE(book().remove_user("piet"));  // the very last one: nobody left to lock out
    EXPECT_EQ(*book().count(), 0);

    auto list = book().list();
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->empty());
}

TEST_P(Accounts, EveryChangeIsAuditedAndThePasswordIsNowhereInTheStore) {
    ASSERT_TRUE(book().add_user("piet", Role::lezer, password));
    ASSERT_TRUE(book().set_role("piet", Role::beheerder));
    ASSERT_TRUE(book().set_password("piet", "nog een ander geheim"));
    ASSERT_TRUE(book().verify("piet", "nog een ander geheim"));
    ASSERT_TRUE(book().add_user("jan", Role::lezer, password));
    ASSERT_TRUE(book().remove_user("jan"));

    Store s = store();
    AuditQuery users;
    users.entity = "user";
    std::vector<std::string> entries;
    for (const auto& e : s.audit_log(users)) {
        EXPECT_EQ(e.who, "beheer");
        entries.push_back(e.entity_id + "|" + e.field + "|" + e.old_value + "|" + e.new_value);
    }
    EXPECT_EQ(entries, (std::vector<std::string>{"piet|role||lezer", "piet|role|lezer|beheerder", "piet|password||set",
                                                 "jan|role||lezer", "jan|role|lezer|"}));
    // Not the password, not its hash: in no cell of any table but the hash's own.
    const std::string hash = s.user("piet")->password_hash;
    for (const auto& table : s.table_names()) {
        for (const auto& row : s.table_rows(table).rows) {
            for (const auto& cell : row) {
                std::string text;
                if (const auto* t = std::get_if<std::string>(&cell)) text = *t;
                if (const auto* b = std::get_if<Blob>(&cell)) text = b->bytes;
                EXPECT_EQ(text.find(password), std::string::npos) << table;
                EXPECT_EQ(text.find("nog een ander geheim"), std::string::npos) << table;
                if (table != "users") {
                    EXPECT_EQ(text.find("$argon2id$"), std::string::npos) << table;
                }
            }
        }
    }
    EXPECT_NE(hash, "");
}

TEST_P(Accounts, AWeakerHashIsMadeAgainOnSignIn) {
    ASSERT_EQ(sodium_init() >= 0, true);
    char weak[crypto_pwhash_STRBYTES];
    ASSERT_EQ(crypto_pwhash_str(weak, password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
    store().save_user(StoredUser{"piet", "lezer", weak, "", ""});
    ASSERT_TRUE(book().verify("piet", password));
    const std::string rehashed = store().user("piet")->password_hash;
    EXPECT_NE(rehashed, weak);
    EXPECT_EQ(crypto_pwhash_str_needs_rehash(rehashed.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                             crypto_pwhash_MEMLIMIT_INTERACTIVE),
              0);
    EXPECT_TRUE(book().verify("piet", password));
    EXPECT_EQ(store().user("piet")->password_hash, rehashed);  // once
}

}  // namespace
}  // namespace inspraak::core
