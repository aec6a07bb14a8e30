-- SQLite: nothing to create. A decision's writes are separate statements in the decision's
-- transaction here (BindingRequestRepository::recordDecision); PostgreSQL sends them as one
-- call (0018_decision_call.pg.sql). This file records schema version 18 on both.
SELECT 1;
