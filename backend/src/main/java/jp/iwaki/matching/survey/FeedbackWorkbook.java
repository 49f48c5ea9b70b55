package jp.iwaki.matching.survey;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import jp.iwaki.matching.survey.SurveyDtos.CriterionMeans;
import jp.iwaki.matching.survey.SurveyDtos.FeedbackProduct;
import jp.iwaki.matching.survey.SurveyDtos.FirmFeedbackReport;
import jp.iwaki.matching.survey.SurveyDtos.NegotiationWish;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A firm's feedback report as an .xlsx workbook: 評価 (means beside the survey's), コメント, 商談希望. */
final class FeedbackWorkbook {
    private FeedbackWorkbook() {
    }

    static StreamingOutput of(FirmFeedbackReport report) {
        return out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Sheet ratings = workbook.createSheet("評価");
                row(ratings, 0, report.firmTradeName() + " 様 フィードバックレポート");
                row(ratings, 1, report.surveyTitle() + "（" + report.projectTitle() + "）", "回答バイヤー数", report.respondents());
                row(ratings, 3, "商品", "評価数", "デザイン", "味", "価格", "内容量", "パッケージ", "商談希望");
                int r = 4;
                for (FeedbackProduct product : report.products()) {
                    row(ratings, r++, withMeans(List.of(product.name(), product.ratingCount()), product.means(), product.wantToNegotiate()));
                }
                row(ratings, r, withMeans(List.of("アンケート全体の平均", report.surveyRatingCount()), report.surveyMeans(), null));

                Sheet comments = workbook.createSheet("コメント");
                row(comments, 0, "商品", "コメント");
                int c = 1;
                for (FeedbackProduct product : report.products()) {
                    for (String comment : product.comments()) {
                        row(comments, c++, product.name(), comment);
                    }
                }

                Sheet wishes = workbook.createSheet("商談希望");
                row(wishes, 0, "商品", "バイヤー");
                int w = 1;
                for (NegotiationWish wish : report.negotiationWishes()) {
                    row(wishes, w++, wish.productName(), wish.buyer().named() ? wish.buyer().companyName()
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

    private static void row(Sheet sheet, int at, Object... values) {
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
            }
        }
    }
}
