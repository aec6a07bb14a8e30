-- The binding-review queue's orders (docs/binding-review.md, "The queue"): newest or oldest
-- submitted first, keyset-paged on (submitted_at, id) — within one status (and "waiting for
-- me": pending + info_requested) and across all statuses of a school. Without them a page of
-- a large school's queue would sort every matching request.
CREATE INDEX binding_requests_submitted_idx ON binding_requests (school_id, status, submitted_at, id);
CREATE INDEX binding_requests_school_submitted_idx ON binding_requests (school_id, submitted_at, id);
