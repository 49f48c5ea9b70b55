package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.survey.SurveyDtos.BuyerDescription;
import jp.iwaki.matching.survey.SurveyDtos.CriterionMeans;
import jp.iwaki.matching.survey.SurveyDtos.FeedbackProduct;
import jp.iwaki.matching.survey.SurveyDtos.FirmFeedbackReport;
import jp.iwaki.matching.survey.SurveyDtos.NegotiationWish;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The feedback workbook keeps a buyer's comment that looks like a formula as text, never as something Excel runs. */
class FeedbackWorkbookTest {

    @Test
    void aCommentThatLooksLikeAFormulaIsWrittenAsTextWithItsValueUnchanged() throws IOException {
        CriterionMeans means = new CriterionMeans(4.0, 3.5, 3.0, 4.0, 2.5);
        FirmFeedbackReport report = new FirmFeedbackReport(1, "需要動向調査", "食の商談会", ProgramCode.FOOD, 2025, LocalDate.of(2025, 12, 1),
                7, "いわき水産", 3, 6, means,
                List.of(new FeedbackProduct(11, "-サンマ干物", "水産加工品", 3, means, 1,
                        List.of("=HYPERLINK(\"http://example.com\",\"見る\")", "＠SUM(A1)", "塩加減がちょうど良い"))),
                List.of(new NegotiationWish(11, "-サンマ干物", new BuyerDescription(false, null, BuyerType.SUPERMARKET, Region.TOKYO_AREA))),
                OffsetDateTime.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedbackWorkbook.of(report).write(out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell formulaLike = workbook.getSheet("コメント").getRow(1).getCell(1);
            assertThat(formulaLike.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"見る\")");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("コメント").getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("コメント").getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(workbook.getSheet("評価").getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("商談希望").getRow(1).getCell(1).getStringCellValue()).isEqualTo("首都圏のスーパー");
        }
    }
}
