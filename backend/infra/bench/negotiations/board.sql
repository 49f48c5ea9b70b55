-- GET /api/negotiations/board?advisor=…&limit=20 as that advisor: per stage the count and first cards of
-- one advisor's negotiations (of the 1,000,000), then the cards' names.
-- bench: select '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02' as advisor
BEGIN;
COMMIT;
