-- Names now keep their Japanese punctuation as typed (〜, ・, （）): a name typed with 〜 (U+301C,
-- a Mac) and one with ～ (U+FF5E, Windows) or ~ must still find each other. The search key
-- (JapaneseText.searchKey) therefore folds every tilde to ~ and every dash to - besides NFKC,
-- katakana, no white space and lower case. This function folds the same way; the stored keys are
-- recomputed with it, and a test checks that it agrees with the application's definition.
create function search_key(variadic parts text[]) returns text
    language sql immutable parallel safe
    return lower(translate(
        regexp_replace(
            translate(normalize(array_to_string(parts, ''), NFKC), U&'\301C\3030\223C\2010\2011\2012\2013\2014\2015\2212\FE63',
                      '~~~--------'),
            '[[:space:]]', '', 'g'),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'));

update firm set search_key = search_key(trade_name, trade_name_kana, corporate_number);
update product set search_key = search_key(name, name_kana, category);
update buyer_company set search_key = search_key(name, name_kana);
update project set search_key = search_key(title);
