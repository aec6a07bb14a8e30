-- One audit hash chain per school instead of one for the whole database.
--
-- With a single chain every decision in the city waited for the one chain head, held from
-- its audit insert to its COMMIT: 50 staff deciding at once managed ~110 decisions/s, the
-- commits in single file (tests/bench/bench_central.sh). Schools do not share entries, so
-- each school (and the entries of no school, chain 0) gets its own chain: an entry's
-- prev_hash is the hash of the previous entry of the same chain. Entries written before this
-- version keep their single chain (chain NULL); each school's chain starts from that chain's
-- last hash, so the older entries stay covered. AuditLog::verifyChain checks both.
ALTER TABLE audit_log ADD COLUMN chain {REF};
CREATE INDEX audit_log_chain_idx ON audit_log (chain, id);
