-- The survey templates the product ships with, built from the plan's section 4 (需要動向調査):
-- FOOD asks the invited buyers about best sellers (売れ筋), items wanted (商談希望品目), required
-- quantity (必要量), packaging and, per product tasted, design, taste, price, content volume and
-- package; MANUFACTURING asks partner companies about their needs and whether regular exchange
-- with Iwaki firms is possible. Product data, not demo data: tests may rely on them.

insert into survey_template (program_code, name_ja, name_en, shipped, created_by, updated_by)
values ('FOOD', '食の商談会 バイヤーアンケート', 'Food trade meeting: buyer survey', true, 'system', 'system'),
       ('MANUFACTURING', '販路先企業アンケート', 'Partner company survey', true, 'system', 'system');

insert into survey_template_version (template_id, number, created_by, content)
select id, 1, 'system', $json$
{
  "title": {"ja": "メイド in いわき 食の商談会 バイヤーアンケート", "en": "Made in Iwaki food trade meeting: buyer survey"},
  "intro": {"ja": "本日はご参加いただきありがとうございました。ご回答は出展事業者の商品改良・新商品開発に役立てます。",
            "en": "Thank you for taking part today. Your answers help the exhibiting firms improve their products and develop new ones."},
  "groups": [
    {"key": "demand", "title": {"ja": "売れ筋と商談希望", "en": "Best sellers and items wanted"}, "questions": [
      {"key": "bestSellers", "type": "FREE_TEXT", "required": true, "maxLength": 2000,
       "text": {"ja": "貴社で最近売れ筋の商品・カテゴリーを教えてください。", "en": "Which products or categories sell well at your company recently?"}},
      {"key": "wantedItems", "type": "MULTIPLE_CHOICE", "required": true,
       "text": {"ja": "商談を希望する品目を選んでください（複数可）。", "en": "Which kinds of items would you like to negotiate on? (several allowed)"},
       "options": [
         {"key": "seafood", "text": {"ja": "水産加工品", "en": "Processed seafood"}},
         {"key": "agricultural", "text": {"ja": "農産加工品", "en": "Processed agricultural products"}},
         {"key": "meat", "text": {"ja": "畜産加工品", "en": "Processed meat"}},
         {"key": "confectionery", "text": {"ja": "菓子・スイーツ", "en": "Confectionery and sweets"}},
         {"key": "beverages", "text": {"ja": "酒類・飲料", "en": "Alcoholic and other beverages"}},
         {"key": "seasonings", "text": {"ja": "調味料", "en": "Seasonings"}},
         {"key": "deli", "text": {"ja": "惣菜・弁当", "en": "Deli and boxed meals"}},
         {"key": "frozen", "text": {"ja": "冷凍食品", "en": "Frozen food"}},
         {"key": "other", "text": {"ja": "その他", "en": "Other"}}]},
      {"key": "wantedItemsDetail", "type": "FREE_TEXT", "required": false, "maxLength": 1000,
       "text": {"ja": "具体的な品目・条件があればご記入ください。", "en": "Any specific items or conditions?"}},
      {"key": "requiredQuantity", "type": "NUMBER", "required": false, "min": 0, "max": 100000, "decimals": 0,
       "unit": {"ja": "ケース／月", "en": "cases / month"},
       "text": {"ja": "1品目あたりの必要量の目安", "en": "Quantity you would need per item (approximate)"}},
      {"key": "packaging", "type": "SINGLE_CHOICE", "required": true,
       "text": {"ja": "最も求めるパッケージの形態", "en": "The packaging you want most"},
       "options": [
         {"key": "individual", "text": {"ja": "個包装", "en": "Individually wrapped"}},
         {"key": "gift", "text": {"ja": "ギフト箱", "en": "Gift box"}},
         {"key": "family", "text": {"ja": "家庭用（少量パック）", "en": "Small household packs"}},
         {"key": "bulk", "text": {"ja": "業務用（大容量）", "en": "Bulk for business use"}},
         {"key": "any", "text": {"ja": "特にこだわらない", "en": "No preference"}}]},
      {"key": "interest", "type": "SCALE", "required": true,
       "text": {"ja": "いわき産の食品の取り扱いへの関心度", "en": "Your interest in carrying food from Iwaki"},
       "scaleLabels": {"low": {"ja": "関心がない", "en": "Not interested"}, "high": {"ja": "非常に関心がある", "en": "Very interested"}}}
    ]},
    {"key": "products", "title": {"ja": "試食した商品の評価", "en": "The products you tasted"}, "questions": [
      {"key": "productRatings", "type": "PRODUCT_RATINGS", "required": true,
       "text": {"ja": "試食・確認した商品について、デザイン・味・価格・内容量・パッケージを5段階で評価してください。",
                "en": "Rate each product you tasted or examined on design, taste, price, content volume and package (1–5)."},
       "help": {"ja": "5が最も良い評価です。商談を希望する商品には印を付けてください。",
                "en": "5 is best. Mark the products you would like to negotiate on."}}
    ]},
    {"key": "closing", "title": {"ja": "その他", "en": "Anything else"}, "questions": [
      {"key": "comments", "type": "FREE_TEXT", "required": false, "maxLength": 2000,
       "text": {"ja": "出展事業者・商談会へのご意見・ご要望", "en": "Comments or requests for the exhibitors or the trade meeting"}}
    ]}
  ]
}
$json$::jsonb
from survey_template where program_code = 'FOOD' and shipped;

insert into survey_template_version (template_id, number, created_by, content)
select id, 1, 'system', $json$
{
  "title": {"ja": "ものづくり企業個別支援プロジェクト 販路先企業アンケート", "en": "Manufacturing support project: partner company survey"},
  "intro": {"ja": "いわき市内のものづくり企業とのお取引の可能性についてお伺いします。",
            "en": "We would like to ask about possible business with manufacturers in Iwaki."},
  "groups": [
    {"key": "needs", "title": {"ja": "首都圏企業のニーズ", "en": "Your company's needs"}, "questions": [
      {"key": "needsAreas", "type": "MULTIPLE_CHOICE", "required": true,
       "text": {"ja": "外部に依頼したい・調達したい分野（複数可）", "en": "Fields in which you outsource or procure (several allowed)"},
       "options": [
         {"key": "machining", "text": {"ja": "部品加工", "en": "Parts machining"}},
         {"key": "prototyping", "text": {"ja": "試作・開発", "en": "Prototyping and development"}},
         {"key": "assembly", "text": {"ja": "組立", "en": "Assembly"}},
         {"key": "materials", "text": {"ja": "素材・材料", "en": "Materials"}},
         {"key": "equipment", "text": {"ja": "設備・機械", "en": "Equipment and machinery"}},
         {"key": "software", "text": {"ja": "ソフトウェア・IT", "en": "Software and IT"}},
         {"key": "other", "text": {"ja": "その他", "en": "Other"}}]},
      {"key": "needsDetail", "type": "FREE_TEXT", "required": true, "maxLength": 2000,
       "text": {"ja": "具体的なニーズ（技術・製品・品質・納期などの条件）", "en": "Your needs in detail (technology, products, quality, delivery)"}},
      {"key": "annualVolume", "type": "NUMBER", "required": false, "min": 0, "max": 1000000, "decimals": 0,
       "unit": {"ja": "万円／年", "en": "× 10,000 yen / year"},
       "text": {"ja": "想定される年間の取引規模", "en": "Expected annual trade volume"}}
    ]},
    {"key": "exchange", "title": {"ja": "いわき市内企業との情報交換", "en": "Exchange with Iwaki firms"}, "questions": [
      {"key": "exchangePossible", "type": "SINGLE_CHOICE", "required": true,
       "text": {"ja": "いわき市内企業との定期的な情報交換は可能ですか。", "en": "Could you exchange information regularly with firms in Iwaki?"},
       "options": [
         {"key": "yes", "text": {"ja": "可能", "en": "Yes"}},
         {"key": "conditional", "text": {"ja": "条件によっては可能", "en": "Depending on the conditions"}},
         {"key": "no", "text": {"ja": "難しい", "en": "Difficult"}}]},
      {"key": "exchangeFrequency", "type": "SINGLE_CHOICE", "required": false,
       "text": {"ja": "可能な場合、望ましい頻度", "en": "If so, how often?"},
       "options": [
         {"key": "monthly", "text": {"ja": "月1回程度", "en": "About monthly"}},
         {"key": "quarterly", "text": {"ja": "四半期に1回程度", "en": "About quarterly"}},
         {"key": "halfYearly", "text": {"ja": "半年に1回程度", "en": "About twice a year"}},
         {"key": "yearly", "text": {"ja": "年1回程度", "en": "About once a year"}}]},
      {"key": "interest", "type": "SCALE", "required": true,
       "text": {"ja": "いわき市内企業との取引への関心度", "en": "Your interest in doing business with firms in Iwaki"},
       "scaleLabels": {"low": {"ja": "関心がない", "en": "Not interested"}, "high": {"ja": "非常に関心がある", "en": "Very interested"}}},
      {"key": "conditions", "type": "FREE_TEXT", "required": false, "maxLength": 2000,
       "text": {"ja": "情報交換・取引の条件やご要望", "en": "Conditions or requests for exchange and trade"}}
    ]}
  ]
}
$json$::jsonb
from survey_template where program_code = 'MANUFACTURING' and shipped;
