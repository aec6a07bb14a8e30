#pragma once

#include "models/database.h"

namespace cooc::central {

// `cooc-desk-cli db init --owner ROLE` on PostgreSQL, run by an administrator (a superuser,
// or a role with CREATEROLE that owns the database): everything the migrations create must
// belong to the owner role — the role the client never uses, whose policy ("owner_all")
// is the only one that sees every row. This
//  - creates ROLE (NOLOGIN CREATEROLE) when it does not exist,
//  - makes it the owner of the current database (and so of its public schema),
//  - and switches this session to it (SET ROLE), so the migration that follows runs as it.
// Idempotent. The name must pass isValidRoleName.
Status becomeOwner(const Database &db, const QString &owner);

// `db migrate` without --owner: ok on SQLite, and on PostgreSQL when this session's role is
// the database's owner (or may act as it: SET ROLE to it follows) — otherwise the objects a
// migration creates would belong to someone else. The refusal names the owner to give.
Status isDatabaseOwner(const Database &db);

} // namespace cooc::central
