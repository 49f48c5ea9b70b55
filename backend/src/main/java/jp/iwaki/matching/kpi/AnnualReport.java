package jp.iwaki.matching.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.kpi.KpiDtos.Baseline;
import jp.iwaki.matching.kpi.KpiDtos.ProgramFigure;
import jp.iwaki.matching.kpi.KpiDtos.ProgramFigures;
import jp.iwaki.matching.kpi.KpiDtos.YearRow;
import jp.iwaki.matching.kpi.KpiDtos.Years;
import jp.iwaki.matching.program.TargetMetric;

/**
 * The annual report to the city in the shape of the plan's target table (section 8 (4)): a row
 * 現行 and one per plan year (令和7年度…), per program and indicator its target and, beside it, the
 * actual counted from the records.
 */
@ApplicationScoped
public class AnnualReport {
    static final String BASELINE = "現行";
    static final Map<TargetMetric, String> INDICATORS = Map.of(
            TargetMetric.SUPPORTED_FIRMS, "支援事業者数",
            TargetMetric.INTRODUCTIONS, "販路開拓先紹介数",
            TargetMetric.DEALS, "商談成約数",
            TargetMetric.EXHIBITORS, "出展者数",
            TargetMetric.NEW_TRADING_PARTNERS, "新規取引先開拓数");

    private final KpiService kpi;

    AnnualReport(KpiService kpi) {
        this.kpi = kpi;
    }

    Response download(String mediaType) {
        Years years = kpi.years();
        List<String> headers = new ArrayList<>();
        headers.add("年度");
        for (Baseline column : years.baseline()) {
            String name = programName(years, column) + " " + INDICATORS.get(column.metric());
            headers.add(name + " 目標");
            headers.add(name + " 実績");
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Object> baseline = new ArrayList<>();
        baseline.add(BASELINE);
        for (Baseline column : years.baseline()) {
            baseline.add(column.value());
            baseline.add(null);
        }
        rows.add(baseline);
        for (YearRow year : years.years()) {
            List<Object> row = new ArrayList<>();
            row.add(year.year().japaneseLabel());
            for (ProgramFigures program : year.programs()) {
                for (ProgramFigure figure : program.figures()) {
                    row.add(figure.target());
                    row.add(figure.actual());
                }
            }
            rows.add(row);
        }
        return Spreadsheet.download(mediaType, "目標と実績", headers, Spreadsheet.Rows.of(rows));
    }

    private static String programName(Years years, Baseline column) {
        return years.years().stream().flatMap(y -> y.programs().stream())
                .filter(p -> p.code() == column.program()).map(ProgramFigures::nameJa)
                .findFirst().orElse(column.program().name());
    }
}
