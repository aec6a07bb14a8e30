-- SQLite: nothing to create. The embedded deployment has one user and relies on the client,
-- which writes every decision with its audit entry in one transaction; PostgreSQL enforces it
-- (0020_decisions_audited.pg.sql). This file records schema version 20 on both.
SELECT 1;
