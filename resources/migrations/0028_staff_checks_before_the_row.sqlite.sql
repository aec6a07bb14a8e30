-- SQLite: nothing to create (one user, writing through the client; see 0027's note). This file
-- records schema version 28 on both.
SELECT 1;
