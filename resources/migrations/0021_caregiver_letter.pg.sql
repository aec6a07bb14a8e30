-- A caregiver who is neither a parent nor the legal guardian — a grandparent, a delegated
-- caregiver — is bound only with the delegation letter signed by the parent (DOMAIN.md). The
-- client refuses such an approval (BindingRequestRepository::needsDelegationLetter, by hand and
-- on the fast track); from this version the database refuses it too, whoever writes it — an
-- approval, or a row inserted as approved (an import, a feed).
CREATE FUNCTION cooc_binding_caregiver_letter() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'approved')
       AND NEW.relationship IN ('grandparent', 'delegate')
       AND coalesce(length(NEW.delegation_document), 0) = 0 THEN
        RAISE EXCEPTION 'binding request %: a % is bound only with the delegation letter signed by the parent',
            NEW.id, NEW.relationship USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER binding_requests_caregiver_letter BEFORE INSERT OR UPDATE OF status ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_caregiver_letter();
