-- SQLite: the queue's search is "starts with" as a range on the binary collation, which the
-- existing students (name) and enrollments (student_number) indexes already serve.
CREATE INDEX binding_requests_email_lower_idx ON binding_requests (lower(applicant_email));
