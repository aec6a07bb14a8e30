-- SQLite: nothing to create. The embedded deployment has one user, who writes through the
-- client; PostgreSQL checks what staff write by hand (0025_staff_writes_checked.pg.sql). This
-- file records schema version 25 on both.
SELECT 1;
