-- A parent is one person: one row per national ID (its hash). An approval looks the applicant
-- up by that hash and reuses the row, but on PostgreSQL two approvals of one new parent's
-- requests (two children) may run at the same moment, both find no such parent and both
-- insert one. With the same e-mail address the e-mail key refused the second; with two
-- different addresses nothing did, and the parent had two rows, two accounts and one child
-- bound to each. Now the hash is a unique key: the second approval is refused, reads again
-- and reuses the first's parent (BindingReviewService::approveOnce).
--
-- On a database that already holds such pairs this migration stops with a unique violation
-- and changes nothing; find them with
--   SELECT national_id_hash, count(*) FROM parents GROUP BY national_id_hash HAVING count(*) > 1;
DROP INDEX parents_idhash_idx;
CREATE UNIQUE INDEX parents_idhash_unique ON parents (national_id_hash);
