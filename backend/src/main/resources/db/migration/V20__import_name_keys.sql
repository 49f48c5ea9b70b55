-- Imports match a file's rows to registered firms and buyer companies by their normalised name
-- (and 〒), for the whole file in a few queries: "which of these 10,000 names are registered" is
-- one indexed lookup per chunk of names instead of one query per row. The name is folded as
-- JapaneseText.searchKey folds one text (NFKC, katakana, no white space, lower case); the
-- application compares the candidates again with its own folding.
create function import_name_key(name text) returns text
    language sql immutable parallel safe
    return lower(translate(regexp_replace(normalize(name, NFKC), '\s', '', 'g'),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'));

create index firm_import_name_key_idx on firm (import_name_key(trade_name));
create index buyer_company_import_name_key_idx on buyer_company (import_name_key(name));
