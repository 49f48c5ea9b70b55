package jp.iwaki.matching.survey;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import jp.iwaki.matching.survey.SurveyDtos.CriterionMeans;
import jp.iwaki.matching.survey.SurveyDtos.FeedbackProduct;
import jp.iwaki.matching.survey.SurveyDtos.FirmFeedbackReport;
import jp.iwaki.matching.survey.SurveyDtos.NegotiationWish;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A firm's feedback report as an .xlsx workbook: 評価 (means beside the survey's), コメント, 商談希望.
 * Buyers' comments are free text: one that Excel would run as a formula (= + - @, a tab or a carriage
 * return first, or their full-width forms) is written as text with the cell's quote prefix, as an
 * Excel user keeps such a text, the value unchanged.
 */
final class FeedbackWorkbook {
    // The same characters as the shared exports' formula rule (common/FormulaCells on the hardening branch;
    // use it here once it is on main).
    private static final String FORMULA_TRIGGERS = "=+-@\t\r＝＋－＠";

    private FeedbackWorkbook() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    static StreamingOutput of(FirmFeedbackReport report) {
        return out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                CellStyle asText = workbook.createCellStyle();
                asText.setQuotePrefixed(true);
                Sheet ratings = workbook.createSheet("評価");
                row(asText, ratings, 0, report.firmTradeName() + " 様 フィードバックレポート");
                row(asText, ratings, 1, report.surveyTitle() + "（" + report.projectTitle() + "）", "回答バイヤー数", report.respondents());
                row(asText, ratings, 3, "商品", "評価数", "デザイン", "味", "価格", "内容量", "パッケージ", "商談希望");
                int r = 4;
                for (FeedbackProduct product : report.products()) {
                    row(asText, ratings, r++, withMeans(List.of(product.name(), product.ratingCount()), product.means(), product.wantToNegotiate()));
                }
                row(asText, ratings, r, withMeans(List.of("アンケート全体の平均", report.surveyRatingCount()), report.surveyMeans(), null));

                Sheet comments = workbook.createSheet("コメント");
                row(asText, comments, 0, "商品", "コメント");
                int c = 1;
                for (FeedbackProduct product : report.products()) {
                    for (String comment : product.comments()) {
                        row(asText, comments, c++, product.name(), comment);
                    }
                }

                Sheet wishes = workbook.createSheet("商談希望");
                row(asText, wishes, 0, "商品", "バイヤー");
                int w = 1;
                for (NegotiationWish wish : report.negotiationWishes()) {
                    row(asText, wishes, w++, wish.productName(), wish.buyer().named() ? wish.buyer().companyName()
                            : wish.buyer().region().labelJa + "の" + wish.buyer().buyerType().labelJa);
                }
                workbook.write(out);
            }
        };
    }

    private static Object[] withMeans(List<Object> head, CriterionMeans means, Long wants) {
        return new Object[] {head.get(0), head.get(1), means.design(), means.taste(), means.price(), means.contentVolume(),
                means.packaging(), wants};
    }

    private static void row(CellStyle asText, Sheet sheet, int at, Object... values) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            Cell cell = row.createCell(i);
            if (value instanceof Double number) {
                cell.setCellValue(Math.round(number * 100) / 100.0);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
                if (looksLikeFormula(value.toString())) {
                    cell.setCellStyle(asText);
                }
            }
        }
    }
}
