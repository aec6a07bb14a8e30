-- SQLite: nothing to create. The embedded deployment has one user, who writes through the
-- client, and a write transaction there holds the whole database (BEGIN IMMEDIATE);
-- PostgreSQL's checks are in 0027_staff_checks_at_once.pg.sql. This file records schema
-- version 27 on both.
SELECT 1;
