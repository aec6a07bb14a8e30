-- SQLite: the place key of binding requests filled in and kept up to date by triggers (see
-- 0014_queue_place_key.sql); each copies the key from student_place_keys.
UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
    WHERE k.student_id = binding_requests.student_id AND k.school_id = binding_requests.school_id), 0);

CREATE TRIGGER binding_requests_place_insert AFTER INSERT ON binding_requests
BEGIN
    UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
        WHERE k.student_id = NEW.student_id AND k.school_id = NEW.school_id), 0)
    WHERE id = NEW.id;
END;

CREATE TRIGGER enrollments_place_insert AFTER INSERT ON enrollments
BEGIN
    UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
        WHERE k.student_id = NEW.student_id AND k.school_id = NEW.school_id), 0)
    WHERE student_id = NEW.student_id AND school_id = NEW.school_id;
END;

-- A changed enrollment may move the student out of one (student, school) and into another:
-- both are recomputed.
CREATE TRIGGER enrollments_place_update AFTER UPDATE OF student_id, school_id, school_year, class_id, seat ON enrollments
BEGIN
    UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
        WHERE k.student_id = binding_requests.student_id AND k.school_id = binding_requests.school_id), 0)
    WHERE (student_id = OLD.student_id AND school_id = OLD.school_id)
       OR (student_id = NEW.student_id AND school_id = NEW.school_id);
END;

CREATE TRIGGER enrollments_place_delete AFTER DELETE ON enrollments
BEGIN
    UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
        WHERE k.student_id = OLD.student_id AND k.school_id = OLD.school_id), 0)
    WHERE student_id = OLD.student_id AND school_id = OLD.school_id;
END;

CREATE TRIGGER classes_place_update AFTER UPDATE OF grade, number ON classes
BEGIN
    UPDATE binding_requests SET place_key = COALESCE((SELECT k.place_key FROM student_place_keys k
        WHERE k.student_id = binding_requests.student_id AND k.school_id = binding_requests.school_id), 0)
    WHERE school_id = NEW.school_id AND student_id IN (SELECT student_id FROM enrollments WHERE class_id = NEW.id);
END;
