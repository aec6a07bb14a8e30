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

// `db migrate`: run as the database's owner (ok on SQLite). On PostgreSQL this session must be
// the owner, a member of it or a superuser (then it switches to it, SET ROLE) — otherwise the
// objects a migration creates would belong to someone else. `expected` (--owner) must name
// the current owner: a migration never hands the database to another role. Refusals change
// nothing and name the owner.
Status actAsDatabaseOwner(const Database &db, const QString &expected = {});

} // namespace cooc::central
