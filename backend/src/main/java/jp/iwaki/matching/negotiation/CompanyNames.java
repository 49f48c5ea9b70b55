package jp.iwaki.matching.negotiation;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.JapaneseText;

/**
 * How a company name written at a booth is compared with the registered ones: width, kana, case
 * and spaces folded as in search, and the company form left out wherever it stands
 * (東京フレッシュマート株式会社, ㈱東京フレッシュマート and 東京ﾌﾚｯｼｭﾏｰﾄ (株) are one company).
 */
final class CompanyNames {
    /** Written out and abbreviated, after NFKC (㈱ is (株) then). */
    private static final List<String> FORMS = List.of("株式会社", "有限会社", "合同会社", "合資会社", "合名会社",
            "(株)", "(有)", "(同)", "(資)", "(名)");

    private CompanyNames() {
    }

    static String matchKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        for (String form : FORMS) {
            folded = folded.replace(form, " ");
        }
        return JapaneseText.searchKey(folded);
    }

    /**
     * A PostgreSQL regular expression of every company form as it stands in a search key (NFKC, so
     * ㈱ is (株) there too): a registered company's search key without its forms contains the
     * {@link #matchKey} of any name written for it.
     */
    static String formsPattern() {
        return FORMS.stream().map(form -> form.replaceAll("([()\\[\\]{}.*+?^$|\\\\])", "\\\\$1")).collect(Collectors.joining("|"));
    }

    /** The person's name compared within a company: folded as in search. */
    static String personKey(String name) {
        return JapaneseText.searchKey(name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC));
    }
}
