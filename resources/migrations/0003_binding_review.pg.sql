-- PostgreSQL: the queue's search is "starts with" as a range in the "C" collation (byte
-- order, whatever the database's locale), served by these indexes.
CREATE INDEX students_name_c_idx ON students ((name COLLATE "C"));
CREATE INDEX enrollments_number_c_idx ON enrollments ((student_number COLLATE "C"));
CREATE INDEX binding_requests_email_lower_c_idx ON binding_requests ((lower(applicant_email) COLLATE "C"));
