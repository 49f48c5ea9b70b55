-- GET /api/negotiations filtered (program, fiscal year, stage) and sorted by last change, first page of 20,
-- as a coordinator, over the 1,000,000 negotiations.
-- bench: select fiscal_year as year from negotiation where program_code = 'FOOD' group by fiscal_year order by count(*) desc, fiscal_year limit 1
BEGIN;
COMMIT;
