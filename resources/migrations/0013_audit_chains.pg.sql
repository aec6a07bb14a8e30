-- The head of each school's chain (0013_audit_chains.sql). audit_chain_head keeps the tail of
-- the single chain written before this version; a school's chain starts from it. Only the
-- chain trigger (SECURITY DEFINER, run as the owner) reads or moves the heads.
CREATE TABLE audit_chain_heads (
    chain BIGINT PRIMARY KEY,
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
REVOKE ALL ON audit_chain_heads FROM PUBLIC;

-- Each insert locks its school's head only (so chain order = id order within a chain: the id
-- is drawn after the lock), links the entry to it and moves it. Whatever chain, prev_hash or
-- hash a client sends is replaced.
CREATE OR REPLACE FUNCTION cooc_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    k bigint := coalesce(NEW.school_id, 0);
    prev text;
BEGIN
    IF me IS NOT NULL AND (NEW.actor_staff_id IS DISTINCT FROM me OR NEW.actor_login IS DISTINCT FROM session_user::text) THEN
        RAISE EXCEPTION 'audit entries are written in your own name (% / %)', session_user, me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT last_hash INTO prev FROM audit_chain_heads WHERE chain = k FOR UPDATE;
    IF NOT FOUND THEN
        -- The school's first entry: its chain starts at the single chain's tail.
        INSERT INTO audit_chain_heads (chain, last_id, last_hash)
        VALUES (k, 0, coalesce((SELECT last_hash FROM audit_chain_head WHERE id), ''))
        ON CONFLICT (chain) DO NOTHING;
        SELECT last_hash INTO prev FROM audit_chain_heads WHERE chain = k FOR UPDATE;
    END IF;
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    NEW.chain := k;
    NEW.at := date_trunc('milliseconds', NEW.at);
    NEW.prev_hash := prev;
    NEW.hash := cooc_audit_hash(NEW.prev_hash, NEW.at, NEW.school_id, NEW.actor_login, NEW.actor_staff_id,
                                NEW.action, NEW.entity, NEW.entity_id, NEW.detail);
    UPDATE audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE chain = k;
    RETURN NEW;
END
$$;
