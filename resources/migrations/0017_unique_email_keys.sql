-- A parent's e-mail and an account's login are unique whatever their case: the lower-case
-- copies of 0016 get unique indexes (replacing its plain ones).
--
-- The UNIQUE constraints of 0001 compare the text as it is, and the approval's look-up
-- "is this e-mail / login taken?" cannot always see the row that takes it: in central mode a
-- homeroom teacher sees only the parents and accounts of their own requests and students
-- (row-level security). A parent imported as Wang@Example.tw, invisible to the teacher, and a
-- new applicant wang@example.tw would then have become two parents with one e-mail, and two
-- accounts whose logins differ only in case. Now the database refuses the second, and the
-- client explains the refusal as it explains its own look-up.
--
-- On a database that already holds such pairs this migration stops with a unique violation
-- and changes nothing; find them with
--   SELECT login_key, count(*) FROM accounts GROUP BY login_key HAVING count(*) > 1;
--   SELECT email_key, count(*) FROM parents GROUP BY email_key HAVING count(*) > 1;
DROP INDEX accounts_login_key_idx;
CREATE UNIQUE INDEX accounts_login_key_unique ON accounts (login_key);
DROP INDEX parents_email_key_idx;
CREATE UNIQUE INDEX parents_email_key_unique ON parents (email_key);
