-- SQLite: nothing to create (one user, writing through the client). This file records schema
-- version 30 on both.
SELECT 1;
