-- SQLite: nothing to create. The embedded deployment has one user, who writes through the
-- client; PostgreSQL limits messages to bound parents (0026_staff_messages_and_entries.pg.sql).
-- This file records schema version 26 on both.
SELECT 1;
