-- GET /api/catalogue/projects/{id} as the invited buyer: its company, the project with its events (if shown to the
-- company), every product its exhibitors bring, the exhibitors (CatalogueService: four statements however many).
-- bench: select login_subject as subject, 1 as one, buyer_company_id as company from buyer_contact where name = 'ベンチ バイヤー'
-- bench: select id as project from project where title = 'ベンチ カタログ 商談会'
-- RevokedBuyerFilter first, in a transaction of its own: has this login ended (BuyerAccounts.isRefused)?
BEGIN;
select exists (select 1 from revoked_login where subject = :subject) or exists (select 1 from buyer_contact c join buyer_company b on b.id = c.buyer_company_id where c.login_subject = :subject and b.archived_at is not null);
COMMIT;
BEGIN;
select bc1_0.id,bc1_0.buyer_company_id,bc1_0.created_at,bc1_0.department,bc1_0.email,bc1_0.login_subject,bc1_0.name,bc1_0.name_kana,bc1_0.phone,bc1_0.preferred_language,bc1_0.updated_at,bc1_0.version from buyer_contact bc1_0 where bc1_0.login_subject=:subject fetch first :one rows only;
select p1_0.id,p1_0.created_at,p1_0.created_by,p1_0.ends_on,e1_0.project_id,e1_0.capacity,e1_0.held_on,e1_0.venue,p1_0.fiscal_year,p1_0.partners,p1_0.program_code,p1_0.search_key,p1_0.starts_on,p1_0.state,p1_0.title,p1_0.updated_at,p1_0.updated_by,p1_0.version from project p1_0 left join project_event e1_0 on p1_0.id=e1_0.project_id where p1_0.id=:project and p1_0.state in ('OPEN','CLOSED') and exists(select 1 from project_buyer i1_0 where i1_0.project_id=p1_0.id and i1_0.buyer_company_id=:company) order by e1_0.held_on;
select p1_0.project_id,p1_0.firm_id,p2_0.id,p2_0.archived_at,p2_0.category,p2_0.content_volume,p2_0.created_at,p2_0.created_by,p2_0.description,p2_0.firm_id,p2_0.minimum_lot,p2_0.name,p2_0.name_kana,p2_0.packaging,p2_0.photo_content_type,p2_0.photo_sha256,p2_0.price_yen,p2_0.search_key,p2_0.shelf_life,p2_0.tax_included,p2_0.updated_at,p2_0.updated_by,p2_0.version from project_firm p1_0 join project_firm_product pi1_0 on p1_0.firm_id=pi1_0.firm_id and p1_0.project_id=pi1_0.project_id,product p2_0,project p3_0 where p2_0.id=pi1_0.product_id and p2_0.archived_at is null and p3_0.id=p1_0.project_id and p3_0.id=:project order by p2_0.name_kana,p2_0.id;
select p1_0.project_id,f1_0.id,f1_0.trade_name,f1_0.trade_name_kana,f1_0.industry_code,f1_0.address from project_firm p1_0,firm f1_0,project p2_0 where f1_0.id=p1_0.firm_id and f1_0.archived_at is null and p2_0.id=p1_0.project_id and p2_0.id=:project order by f1_0.trade_name_kana,f1_0.id;
COMMIT;
