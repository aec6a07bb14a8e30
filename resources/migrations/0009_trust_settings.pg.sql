-- Central deployment: the school's staff read their school's settings; only its
-- administrators change them (the same rule as esign_trust in 0002).
ALTER TABLE school_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_settings FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
    EXECUTE format('CREATE POLICY owner_all ON school_settings TO %I USING (true) WITH CHECK (true)', current_user);
END
$$;

GRANT SELECT ON school_settings TO cooc_staff;
GRANT INSERT, UPDATE, DELETE ON school_settings TO school_admin;
CREATE POLICY school_settings_read ON school_settings FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY school_settings_admin_insert ON school_settings FOR INSERT TO school_admin
    WITH CHECK ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()));
CREATE POLICY school_settings_admin_update ON school_settings FOR UPDATE TO school_admin
    USING ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()))
    WITH CHECK ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()));
CREATE POLICY school_settings_admin_delete ON school_settings FOR DELETE TO school_admin
    USING ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()));
