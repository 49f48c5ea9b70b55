-- GET /api/me as a buyer: which company the signed-in buyer belongs to (BuyerAccounts).
-- bench: select login_subject as subject, 1 as one from buyer_contact where name = 'ベンチ バイヤー'
-- RevokedBuyerFilter first, in a transaction of its own: has this login ended (BuyerAccounts.isRefused)?
BEGIN;
select exists (select 1 from revoked_login where subject = :subject) or exists (select 1 from buyer_contact c join buyer_company b on b.id = c.buyer_company_id where c.login_subject = :subject and b.archived_at is not null);
COMMIT;
BEGIN;
select bc1_0.id,bc1_0.buyer_company_id,bc1_0.created_at,bc1_0.department,bc1_0.email,bc1_0.login_subject,bc1_0.name,bc1_0.name_kana,bc1_0.phone,bc1_0.preferred_language,bc1_0.updated_at,bc1_0.version from buyer_contact bc1_0 where bc1_0.login_subject=:subject fetch first :one rows only;
COMMIT;
