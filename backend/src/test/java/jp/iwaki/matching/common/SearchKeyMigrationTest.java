package jp.iwaki.matching.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.iwaki.matching.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Search keys are stored; the migration that recomputed them (V13) used the database function
 * search_key. It must fold exactly as JapaneseText.searchKey does, or stored keys and the keys of
 * queries part ways. A change of searchKey fails here until a new migration redefines the function
 * and recomputes the keys.
 */
@QuarkusTest
@IntegrationTest
class SearchKeyMigrationTest {
    private static final List<String> SAMPLES = List.of("いわき〜ふぁーむ", "いわき～ふぁーむ", "ｲﾜｷ ﾌｧｰﾑ", "イワキ~ファーム",
            "ＡＢＣ－１２３　食品", "東京 フレッシュ　マート", "ｶﾞｷﾞｸﾞｹﾞｺﾞ", "㈱いわき①", "A‐B‑C‒D–E—F―G−H﹣I", "〰∼",
            "株式会社テスト製作所7-123456", "1234567890123", "ぁゖゔ", "Foods & Co. (Iwaki)", "");

    @Inject
    EntityManager entities;

    @Test
    @Transactional
    void theDatabaseFoldsSearchKeysAsTheApplicationDoes() {
        for (String sample : SAMPLES) {
            Object stored = entities.createNativeQuery("select search_key(?1)").setParameter(1, sample).getSingleResult();
            assertThat(stored).as(sample).isEqualTo(JapaneseText.searchKey(sample));
        }
        Object parts = entities.createNativeQuery("select search_key('いわき', null, 'ＦＯＯＤ')").getSingleResult();
        assertThat(parts).isEqualTo(JapaneseText.searchKey("いわき", null, "ＦＯＯＤ"));
    }
}
