-- SQLite: the index PostgreSQL has had since 0002. The parent view now finds a parent's
-- binding requests by the applicant's national-ID hash rather than by e-mail (anybody may
-- apply with someone else's address). The rest of 0023 is about roles, grants and row-level
-- security, which SQLite (one user; the client keeps every rule) does not have.
CREATE INDEX binding_requests_applicant_idhash_idx ON binding_requests (applicant_national_id_hash);
