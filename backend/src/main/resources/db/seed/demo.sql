-- Demo data for make run only (profile demo, loaded once by SeedData). Fictitious.
-- The login subjects are the fixed user ids of the demo realm (backend/infra/keycloak/iwaki-realm.json).
insert into buyer_company (name, name_kana, buyer_type, region, postal_code, address, phone, search_key) values
('東京フレッシュマート株式会社', 'トウキョウフレッシュマート', 'SUPERMARKET', 'TOKYO_AREA', '135-0061', '東京都江東区豊洲', '03-0000-1001', ''),
('仙台みなと商事株式会社', 'センダイミナトショウジ', 'WHOLESALER', 'TOHOKU', '983-0013', '宮城県仙台市宮城野区中野', '022-000-1002', ''),
('株式会社銀座百貨', 'ギンザヒャッカ', 'DEPARTMENT_STORE', 'TOKYO_AREA', '104-0061', '東京都中央区銀座', '03-0000-1003', ''),
('丸の内トレーディング株式会社', 'マルノウチトレーディング', 'TRADING_COMPANY', 'TOKYO_AREA', '100-0005', '東京都千代田区丸の内', '03-0000-1004', ''),
('株式会社横浜ダイニング', 'ヨコハマダイニング', 'RESTAURANT', 'TOKYO_AREA', '231-0023', '神奈川県横浜市中区山下町', '045-000-1005', ''),
('埼玉精機株式会社', 'サイタマセイキ', 'MANUFACTURER', 'TOKYO_AREA', '330-0063', '埼玉県さいたま市浦和区高砂', '048-000-1006', ''),
('盛岡フーズマーケット株式会社', 'モリオカフーズマーケット', 'SUPERMARKET', 'TOHOKU', '020-0021', '岩手県盛岡市中央通', '019-000-1007', ''),
('山形ごちそう卸株式会社', 'ヤマガタゴチソウオロシ', 'WHOLESALER', 'TOHOKU', '990-0039', '山形県山形市香澄町', '023-000-1008', ''),
('千葉ベイストア株式会社', 'チバベイストア', 'SUPERMARKET', 'TOKYO_AREA', '261-0023', '千葉県千葉市美浜区中瀬', '043-000-1009', ''),
('郡山ホテルレストラン株式会社', 'コオリヤマホテルレストラン', 'RESTAURANT', 'TOHOKU', '963-8002', '福島県郡山市駅前', '024-000-1010', '');

update buyer_company set search_key = lower(regexp_replace(normalize(name || name_kana, NFKC), '\s', '', 'g'));

insert into buyer_contact (buyer_company_id, name, name_kana, email, login_subject, department)
select id, '田中 美咲', 'タナカ ミサキ', 'tanaka@freshmart.example', '3f1c2a4e-7b21-4d8e-9a55-0c6e1b7d2f01', '商品部 水産担当'
from buyer_company where name = '東京フレッシュマート株式会社';

insert into buyer_contact (buyer_company_id, name, name_kana, email, login_subject, department)
select id, '伊藤 大輔', 'イトウ ダイスケ', 'ito@minato-shoji.example', '8a6d5b3c-2e94-4f17-b0c8-5d9e4a1f3b02', '仕入部'
from buyer_company where name = '仙台みなと商事株式会社';

-- Exhibitor firms (fictitious). One in three is assigned to the demo advisor 鈴木 一郎.
insert into firm (trade_name, trade_name_kana, corporate_number, industry_code, postal_code, address,
                  representative_name, contact_name, phone, email, employees, chamber_member,
                  advisor_subject, advisor_name, search_key, created_by, updated_by)
select f.*, '', 'demo', 'demo'
from (values
('株式会社小名浜シーフーズ', 'オナハマシーフーズ', '3526018159083', 'E', '971-8101', '福島県いわき市小名浜字辰巳町', '小野 誠', '小野 由美', '0246-52-0000', 'info@onahama-seafoods.example', 38, true, '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02', '鈴木 一郎'),
('有限会社四倉かまぼこ本舗', 'ヨツクラカマボコホンポ', '7016613186091', 'E', '979-0201', '福島県いわき市四倉町字西', '松本 修', '松本 恵', '0246-32-0000', 'contact@yotsukura-kamaboko.example', 14, true, null, null),
('平精密工業株式会社', 'タイラセイミツコウギョウ', '5390996030824', 'E', '970-8026', '福島県いわき市平字田町', '根本 浩二', '佐々木 学', '0246-22-0000', 'sales@taira-seimitsu.example', 62, true, null, null),
('株式会社いわき樹脂成形', 'イワキジュシセイケイ', '5628194821993', 'E', '972-8322', '福島県いわき市常磐上湯長谷町', '遠藤 隆', '阿部 智子', '0246-43-0000', 'info@iwaki-jushi.example', 45, false, '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02', '鈴木 一郎'),
('勿来フードファクトリー株式会社', 'ナコソフードファクトリー', '2518190937865', 'E', '974-8261', '福島県いわき市植田町', '草野 剛', '草野 彩', '0246-63-0000', 'hello@nakoso-food.example', 22, true, null, null),
('合同会社湯本スイーツ工房', 'ユモトスイーツコウボウ', null, 'E', '972-8321', '福島県いわき市常磐湯本町', '渡辺 美紀', '渡辺 美紀', '0246-44-0000', 'shop@yumoto-sweets.example', 6, true, null, null),
('いわき電子部品株式会社', 'イワキデンシブヒン', '3797543231948', 'E', '970-1144', '福島県いわき市好間工業団地', '菅野 誠一', '吉田 健', '0246-36-0000', 'info@iwaki-denshi.example', 120, true, '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02', '鈴木 一郎'),
('株式会社内郷金属', 'ウチゴウキンゾク', '7757491186252', 'E', '973-8403', '福島県いわき市内郷綴町', '蛭田 正', '蛭田 翔', '0246-26-0000', 'office@uchigo-kinzoku.example', 31, false, null, null),
('有限会社久之浜干物店', 'ヒサノハマヒモノテン', null, 'I', '979-0333', '福島県いわき市久之浜町', '新妻 和夫', '新妻 京子', '0240-32-0000', 'himono@hisanohama.example', 5, true, null, null),
('株式会社磐城トマト農園', 'イワキトマトノウエン', '5760189555979', 'AB', '979-3122', '福島県いわき市小川町', '猪狩 大地', '猪狩 さくら', '0246-83-0000', 'farm@iwaki-tomato.example', 11, true, '5b0e8f3a-1c2d-4e6f-8a9b-0c1d2e3f4a02', '鈴木 一郎'),
('常磐醸造株式会社', 'ジョウバンジョウゾウ', '2711471049746', 'E', '972-8316', '福島県いわき市常磐西郷町', '上遠野 亮', '上遠野 愛', '0246-42-0000', 'sake@joban-jozo.example', 18, true, null, null),
('いわきITソリューションズ株式会社', 'イワキアイティーソリューションズ', '8507529170342', 'G', '970-8026', '福島県いわき市平字白銀町', '斎藤 翼', '斎藤 翼', '0246-21-0000', 'info@iwaki-its.example', 9, true, null, null)
) as f;

-- The same folding as JapaneseText.searchKey: NFKC, no white space, katakana, lower case.
update firm set search_key = lower(translate(
        regexp_replace(normalize(trade_name || trade_name_kana || coalesce(corporate_number, ''), NFKC), '\s', '', 'g'),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'))
where created_by = 'demo';

-- Products (fictitious) of the food firms.
insert into product (firm_id, name, name_kana, category, description, price_yen, tax_included, content_volume,
                     shelf_life, packaging, minimum_lot, created_by, updated_by)
select f.id, p.name, p.kana, p.category, p.description, p.price, true, p.volume, p.shelf, p.packaging, p.lot, 'demo', 'demo'
from (values
  ('株式会社小名浜シーフーズ', '常磐もの さんまのみりん干し', 'ジョウバンモノ サンマノミリンボシ', '水産加工品', '小名浜港に水揚げされたさんまを秘伝のたれで仕上げました。', 1080, '3枚入り', '冷凍180日', '真空パック', '1ケース（24袋）'),
  ('株式会社小名浜シーフーズ', 'めひかりの唐揚げ', 'メヒカリノカラアゲ', '水産加工品', 'いわき市の魚「めひかり」を骨まで食べられる唐揚げに。', 780, '200g', '冷凍365日', 'スタンドパウチ', '1ケース（20袋）'),
  ('有限会社四倉かまぼこ本舗', '四倉 焼きかまぼこ', 'ヨツクラ ヤキカマボコ', '水産練り製品', '創業以来の製法で焼き上げた板かまぼこ。', 540, '1本（180g）', '冷蔵14日', 'ガス置換包装', '1ケース（30本）'),
  ('勿来フードファクトリー株式会社', 'いわきトマトのドレッシング', 'イワキトマトノドレッシング', '調味料', '完熟トマトをたっぷり使ったドレッシング。', 648, '200ml', '常温365日', '瓶', '1ケース（12本）'),
  ('合同会社湯本スイーツ工房', '温泉まんじゅう', 'オンセンマンジュウ', '菓子', '湯本温泉の定番みやげ。', 1200, '10個入り', '常温10日', '化粧箱', '10箱'),
  ('常磐醸造株式会社', '純米吟醸 磐城', 'ジュンマイギンジョウ イワキ', '酒類', 'いわき産米を使った純米吟醸。', 1650, '720ml', '製造から1年', '瓶・化粧箱', '1ケース（6本）')
) as p(firm, name, kana, category, description, price, volume, shelf, packaging, lot)
join firm f on f.trade_name = p.firm;

-- FY2025 (令和7年度) projects of each program.
insert into project (program_code, fiscal_year, title, starts_on, ends_on, state, partners, created_by, updated_by) values
('MANUFACTURING', 2025, 'ものづくり企業個別支援 令和7年度', '2025-05-01', '2026-03-15', 'OPEN', '{経営支援NPOクラブ}', 'demo', 'demo'),
('FOOD', 2025, 'メイド in いわき 食の商談会 2025', '2025-06-01', '2026-02-27', 'OPEN', '{いわき観光まちづくりビューロー}', 'demo', 'demo'),
('TRADE_SHOW', 2025, 'スーパーマーケット・トレードショー2026 出展', '2025-10-01', '2026-03-31', 'PLANNING', '{}', 'demo', 'demo'),
('IT_PROMOTION', 2025, 'IT活用セミナーと専門家派遣 令和7年度', '2025-07-01', '2026-02-28', 'OPEN', '{}', 'demo', 'demo');

insert into project_event (project_id, held_on, venue, capacity)
select id, d.held_on, d.venue, d.capacity from project p join (values
  ('FOOD', date '2025-11-12', 'いわき産業創造館', 25),
  ('TRADE_SHOW', date '2026-02-18', '幕張メッセ', null),
  ('MANUFACTURING', date '2025-09-10', '東京都内 取引先企業', 10)
) as d(program, held_on, venue, capacity) on p.program_code = d.program and p.fiscal_year = 2025 and p.created_by = 'demo';

-- The food firms take part in the food project with their products; two buyers are invited.
insert into project_firm (project_id, firm_id)
select distinct pr.id, f.id from project pr, firm f join product p on p.firm_id = f.id
where pr.program_code = 'FOOD' and pr.created_by = 'demo';

insert into project_firm_product (project_id, firm_id, product_id)
select pr.id, p.firm_id, p.id from project pr, product p where pr.program_code = 'FOOD' and pr.created_by = 'demo';

insert into project_buyer (project_id, buyer_company_id)
select pr.id, b.id from project pr, buyer_company b
where pr.program_code = 'FOOD' and pr.created_by = 'demo'
  and b.name in ('東京フレッシュマート株式会社', '株式会社銀座百貨', '盛岡フーズマーケット株式会社');
