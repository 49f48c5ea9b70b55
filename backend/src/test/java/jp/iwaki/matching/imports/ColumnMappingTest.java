package jp.iwaki.matching.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.imports.ImportField.Choice;
import org.junit.jupiter.api.Test;

/** How headers become fields, without a server: by name and synonym, as the user chose, as remembered. */
class ColumnMappingTest {
    private static final ImportField<String> NAME = ImportField.text("tradeName", "商号", "Trade name").synonyms("事業者名", "会社名").required();
    private static final ImportField<String> KANA = ImportField.reading("tradeNameKana", "フリガナ", "Reading").synonyms("カナ");
    private static final ImportField<String> PHONE = ImportField.code("phone", "電話", "Phone").synonyms("電話番号", "TEL");
    private static final ImportField<Boolean> MEMBER = ImportField.choice("chamberMember", "会員", "Member", "import.member", "Write 会員 or 非会員",
            Choice.of(Boolean.TRUE, "会員", "1"), Choice.of(Boolean.FALSE, "非会員", "0")).required();
    private static final ImportDescription FIRMS = new ImportDescription(ImportKind.FIRMS, List.of(NAME, KANA, PHONE, MEMBER));

    @Test
    void aHeaderIsReadAsItsFieldIgnoringWidthKanaCaseSpacesAndRequiredMarks() {
        assertThat(FIRMS.fieldForHeader("ｔｅｌ")).contains(PHONE);
        assertThat(FIRMS.fieldForHeader("ふりがな")).contains(KANA);
        assertThat(FIRMS.fieldForHeader("ｶﾅ")).contains(KANA);
        assertThat(FIRMS.fieldForHeader(" 事業者 名 ※")).contains(NAME);
        assertThat(FIRMS.fieldForHeader("tradeName")).contains(NAME);
        assertThat(FIRMS.fieldForHeader("備考")).isEmpty();
    }

    @Test
    void twoFieldsCannotClaimTheSameHeader() {
        ImportField<String> other = ImportField.text("contactName", "担当者", "Contact").synonyms("ＴＥＬ");
        assertThatThrownBy(() -> new ImportDescription(ImportKind.FIRMS, List.of(PHONE, other)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ＴＥＬ");
    }

    @Test
    void theAutomaticMappingTakesTheFirstColumnOfAFieldAndNamesTheMissingRequiredOnes() {
        ColumnMapping mapping = ColumnMapping.automatic(FIRMS, List.of("会社名", "TEL", "電話番号", "会員"));
        assertThat(mapping.columnOf(PHONE)).isEqualTo("TEL");
        assertThat(mapping.has(KANA)).isFalse();

        assertThatThrownBy(() -> ColumnMapping.automatic(FIRMS, List.of("電話番号")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldError::key, FieldError::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("import.columnMissing", "file"),
                                org.assertj.core.groups.Tuple.tuple("import.columnMissing", "file")));
    }

    @Test
    void theProposalRepeatsTheUsersLastChoicesAndValuesThenMapsTheRestByHeader() {
        RememberedMapping last = new RememberedMapping();
        last.columns = new LinkedHashMap<>();
        last.columns.put("名前", "tradeName");
        last.columns.put("ＴＥＬ", null);
        last.constants = new LinkedHashMap<>();
        last.constants.put("chamberMember", "会員");
        last.constants.put("phone", "0246-00-0000");

        ImportMapping proposal = ColumnMapping.suggest(FIRMS, List.of("名前", "TEL", "電話番号", "カナ", "会社名"), Optional.of(last));

        // TEL was left out last time (written ＴＥＬ then); 会社名 names the trade name, which 名前 already holds.
        assertThat(proposal.columns()).containsExactly(new ImportMapping.Column("名前", "tradeName"),
                new ImportMapping.Column("電話番号", "phone"), new ImportMapping.Column("カナ", "tradeNameKana"));
        // The phone comes from a column now, so only the member value is proposed again.
        assertThat(proposal.constants()).containsExactly(new ImportMapping.Constant("chamberMember", "会員"));
    }

    @Test
    void aGivenMappingWithAValueForEveryRowReadsEachRowThroughIt() {
        ColumnMapping mapping = ColumnMapping.given(FIRMS, List.of("事業者名", "備考"), new ImportMapping(
                List.of(new ImportMapping.Column("事業者名", "tradeName"), new ImportMapping.Column("備考", null)),
                List.of(new ImportMapping.Constant("chamberMember", "非会員"))));
        MappedRow row = new MappedRow(2, List.of("いわき水産", "読まない"), mapping);

        assertThat(row.value(NAME)).isEqualTo("いわき水産");
        assertThat(row.value(MEMBER)).isFalse();
        assertThat(row.has(PHONE)).isFalse();
        assertThat(row.valueOr(PHONE, "0246-11-1111")).as("kept when absent").isEqualTo("0246-11-1111");
        assertThat(mapping.columnOf(MEMBER)).isEqualTo("会員");
        assertThat(mapping.columnsByHeader()).containsEntry("事業者名", "tradeName").containsEntry("備考", null);
    }

    @Test
    void anUnreadableCellIsAProblemOnTheFilesHeader() {
        ColumnMapping mapping = ColumnMapping.given(FIRMS, List.of("事業者名", "区分"), new ImportMapping(
                List.of(new ImportMapping.Column("事業者名", "tradeName"), new ImportMapping.Column("区分", "chamberMember")), List.of()));
        MappedRow row = new MappedRow(5, List.of("いわき水産", "準会員"), mapping);

        assertThat(row.value(MEMBER)).isNull();
        assertThat(row.value(MEMBER)).as("read once").isNull();
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("区分");
            assertThat(p.field()).isEqualTo("chamberMember");
            assertThat(p.key()).isEqualTo("import.member");
        });
    }

    @Test
    void everyBadPartOfAGivenMappingIsNamed() {
        ImportMapping bad = new ImportMapping(
                List.of(new ImportMapping.Column("事業者名", "tradeName"), new ImportMapping.Column("会社名", "tradeName"),
                        new ImportMapping.Column("FAX", "fax"), new ImportMapping.Column("なし", "phone"),
                        new ImportMapping.Column("事業者名", "phone")),
                List.of(new ImportMapping.Constant("tradeName", "x"), new ImportMapping.Constant("chamberMember", " ")));

        assertThatThrownBy(() -> ColumnMapping.given(FIRMS, List.of("事業者名", "会社名", "FAX"), bad))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("mapping.columns[1].field", "import.mapping.fieldTwice"),
                                org.assertj.core.groups.Tuple.tuple("mapping.columns[2].field", "import.mapping.unknownField"),
                                org.assertj.core.groups.Tuple.tuple("mapping.columns[3].column", "import.mapping.unknownColumn"),
                                org.assertj.core.groups.Tuple.tuple("mapping.columns[4].column", "import.mapping.columnTwice"),
                                org.assertj.core.groups.Tuple.tuple("mapping.constants[0].field", "import.mapping.fieldTwice"),
                                org.assertj.core.groups.Tuple.tuple("mapping.constants[1].value", "import.mapping.valueMissing"),
                                org.assertj.core.groups.Tuple.tuple("mapping.chamberMember", "import.mapping.required")));
    }
}
