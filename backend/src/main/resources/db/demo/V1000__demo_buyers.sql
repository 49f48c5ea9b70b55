-- Demo data for make run only (Flyway location db/demo, profile demo). Fictitious.
-- The login subjects are the fixed user ids of the demo realm (backend/infra/keycloak/iwaki-realm.json).
insert into buyer_company (name, name_kana) values
('東京フレッシュマート株式会社', 'トウキョウフレッシュマート'),
('仙台みなと商事株式会社', 'センダイミナトショウジ');

insert into buyer_contact (buyer_company_id, name, name_kana, email, login_subject)
select id, '田中 美咲', 'タナカ ミサキ', 'tanaka@freshmart.example', '3f1c2a4e-7b21-4d8e-9a55-0c6e1b7d2f01'
from buyer_company where name = '東京フレッシュマート株式会社';

insert into buyer_contact (buyer_company_id, name, name_kana, email, login_subject)
select id, '伊藤 大輔', 'イトウ ダイスケ', 'ito@minato-shoji.example', '8a6d5b3c-2e94-4f17-b0c8-5d9e4a1f3b02'
from buyer_company where name = '仙台みなと商事株式会社';
