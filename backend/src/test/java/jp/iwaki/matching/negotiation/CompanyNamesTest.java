package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.iwaki.matching.common.JapaneseText;
import org.junit.jupiter.api.Test;

/** How a company name written at a booth is matched with a registered one. */
class CompanyNamesTest {

    @Test
    void theCompanyFormWidthKanaAndSpacesMakeNoDifferenceWhereverTheFormStands() {
        String registered = CompanyNames.matchKey("東京フレッシュマート株式会社");
        for (String written : List.of("㈱東京フレッシュマート", "東京ﾌﾚｯｼｭﾏｰﾄ (株)", "株式会社 東京フレッシュマート", "東京ふれっしゅまーと",
                "東京フレッシュマート")) {
            assertThat(CompanyNames.matchKey(written)).as(written).isEqualTo(registered);
        }
        assertThat(CompanyNames.matchKey("東京フレッシュ")).isNotEqualTo(registered);
        assertThat(CompanyNames.matchKey("株式会社")).isEmpty();
    }

    @Test
    void aRegisteredSearchKeyWithoutItsFormsContainsTheMatchKeyWhereverTheFormStands() {
        // The pattern is a PostgreSQL regular expression; for alternatives of escaped literals Java reads it alike.
        String forms = CompanyNames.formsPattern();
        String key = CompanyNames.matchKey("㈱テスト商事12345");
        for (String registered : List.of("テスト商事株式会社12345", "株式会社テスト商事12345", "テスト商事12345(株)", "テスト商事 12345",
                "有限会社テスト商事12345")) {
            String searchKey = JapaneseText.searchKey(registered, "テストショウジ");
            assertThat(searchKey.replaceAll(forms, "")).as(registered).contains(key);
        }
        assertThat("(株)イワキ".replaceAll(forms, "")).isEqualTo("イワキ");
        assertThat("株イワキ".replaceAll(forms, "")).isEqualTo("株イワキ");
    }
}
