-- GET /api/products?q=…, when one product matches: the total, the page, and its firm (ProductService.list).
-- bench: select 0 as offset, 20 as size
-- bench: select '%メヒカリ4711%' as q, firm_id as firm from product where search_key like '%メヒカリ4711%'
BEGIN;
select count(*) from product p1_0 where (p1_0.archived_at is null) and (p1_0.firm_id not in (select f2_0.id from firm f2_0 where f2_0.archived_at is not null)) and (p1_0.search_key like :q escape '\');
select p1_0.id,p1_0.archived_at,p1_0.category,p1_0.content_volume,p1_0.created_at,p1_0.created_by,p1_0.description,p1_0.firm_id,p1_0.minimum_lot,p1_0.name,p1_0.name_kana,p1_0.packaging,p1_0.photo_content_type,p1_0.photo_sha256,p1_0.price_yen,p1_0.search_key,p1_0.shelf_life,p1_0.tax_included,p1_0.updated_at,p1_0.updated_by,p1_0.version from product p1_0 where (p1_0.archived_at is null) and (p1_0.firm_id not in (select f2_0.id from firm f2_0 where f2_0.archived_at is not null)) and (p1_0.search_key like :q escape '\') order by p1_0.name_kana,p1_0.id offset :offset rows fetch first :size rows only;
select f1_0.id,f1_0.address,f1_0.advisor_name,f1_0.advisor_subject,f1_0.archived_at,f1_0.chamber_member,f1_0.contact_name,f1_0.corporate_number,f1_0.created_at,f1_0.created_by,f1_0.email,f1_0.employees,f1_0.industry_code,f1_0.notes,f1_0.phone,f1_0.postal_code,f1_0.representative_name,f1_0.search_key,f1_0.trade_name,f1_0.trade_name_kana,f1_0.updated_at,f1_0.updated_by,f1_0.version from firm f1_0 where f1_0.id=:firm;
COMMIT;
