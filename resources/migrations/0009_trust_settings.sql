-- E-signature trust and household-service settings (issue 3): what a school's administrators
-- configure in Settings → "E-signature trust" and "Household-registration service".

-- Which certificate policies a signing certificate under an anchor must carry (anchors only):
-- NULL = the default, the citizen-certificate (MOICA) holder policy 2.16.886.101.0.3.3;
-- '' = none; otherwise policy OIDs separated by single spaces.
ALTER TABLE esign_trust ADD COLUMN required_policies TEXT;

-- Settings a school's administrators change for the whole school (every PC of the school
-- reads the same values): the household-registration service's address, CA certificates,
-- pinned fingerprint and timeouts. Never a secret: the service's API key lives only in each
-- PC's keychain.
CREATE TABLE school_settings (
    school_id {REF} NOT NULL REFERENCES schools(id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at {TS} NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (school_id, key)
);
