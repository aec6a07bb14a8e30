-- A caregiver who is neither a parent nor the legal guardian — a grandparent, a delegated
-- caregiver — is bound only with the delegation letter signed by the parent (DOMAIN.md). The
-- client refuses such an approval; the database refuses it too, and a row inserted as approved
-- (0021_caregiver_letter.pg.sql).
CREATE TRIGGER binding_requests_caregiver_letter BEFORE UPDATE OF status ON binding_requests
WHEN NEW.status = 'approved' AND OLD.status <> 'approved' AND NEW.relationship IN ('grandparent', 'delegate')
     AND coalesce(length(NEW.delegation_document), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'a caregiver is bound only with the delegation letter signed by the parent');
END;

CREATE TRIGGER binding_requests_caregiver_letter_insert BEFORE INSERT ON binding_requests
WHEN NEW.status = 'approved' AND NEW.relationship IN ('grandparent', 'delegate')
     AND coalesce(length(NEW.delegation_document), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'a caregiver is bound only with the delegation letter signed by the parent');
END;
