#pragma once

namespace cooc {
struct Session;
class AuthService;
class Settings;
class Clock;
class CredentialStore;
} // namespace cooc

namespace cooc::ui {

class Prompter;
class UiLanguage;
class ConnectionState;

// The services a page may use, built once by the composition root (app/gui_main.cpp) and
// the login flow, and handed to every page's constructor. Everything outlives the pages.
// A page builds its own use-case service (app/) from `session.db()` and `session.actor`.
struct PageContext
{
    Session &session;
    const AuthService &auth;
    Settings &settings;
    const Clock &clock;
    Prompter &prompter;
    UiLanguage &language;
    CredentialStore &credentials;
    ConnectionState &connection;
};

} // namespace cooc::ui
