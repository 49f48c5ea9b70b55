-- POST /api/projects/{id}/timetable over an existing one (If-Match): the picks, the planner's result
-- replacing the meetings, the timetable's new version. Each pgbench client works on a project of its own.
\set project :first + (:client_id % :count)
BEGIN;
COMMIT;
