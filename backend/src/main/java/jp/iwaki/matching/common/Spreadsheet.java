package jp.iwaki.matching.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Lists as Japanese offices open them: CSV in UTF-8 with a BOM (so that Excel reads it as
 * UTF-8, not Shift_JIS), or an .xlsx workbook.
 */
public final class Spreadsheet {
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private Spreadsheet() {
    }

    /** A moment as the office reads it in a cell: 2025/06/12 14:30, Japan time. */
    public static String dateTime(java.time.Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(JAPAN));
    }

    /** The format asked for; anything but csv or xlsx is a 400 naming the parameter. */
    public static String mediaType(String format) {
        return switch (format == null ? "csv" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ApiException.invalid(List.of(new FieldError("format", "export.format", "Use csv or xlsx")));
        };
    }

    /** An export's rows, produced while the file is written. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<Object>> sink);

        static Rows of(List<List<Object>> rows) {
            return rows::forEach;
        }
    }

    /**
     * The file as an attachment named e.g. 事業者一覧_2025-11-25.csv, written to the client as
     * the rows come: neither the rows nor the file are ever whole in memory (the .xlsx keeps a
     * window of rows and spills the rest to a temporary file).
     */
    public static Response download(String mediaType, String baseName, List<String> headers, Rows rows) {
        boolean csv = CSV.equals(mediaType);
        StreamingOutput body = out -> {
            if (csv) {
                csv(out, headers, rows);
            } else {
                xlsx(out, baseName, headers, rows);
            }
        };
        String fileName = baseName + "_" + LocalDate.now(JAPAN) + (csv ? ".csv" : ".xlsx");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export" + (csv ? ".csv" : ".xlsx")
                        + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    static void csv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader(headers.toArray(String[]::new)).get());
        rows.forEach(row -> {
            try {
                printer.printRecord(row.stream().map(v -> v instanceof String text ? FormulaCells.neutralise(text) : v).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    static void xlsx(OutputStream out, String sheetName, List<String> headers, Rows rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            // Excel's own mark for "typed with a leading apostrophe": shown and kept as text, value unchanged.
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            int[] next = {1};
            rows.forEach(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                        if (FormulaCells.looksLikeFormula(value.toString())) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }
}
