package io.jiuye.graduates.internal;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.graduate.GraduateService.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the rows of the first sheet of an xlsx file (fastexcel) or of a UTF-8 CSV file (Commons CSV), so that a
 * file of 100,000 rows never sits in memory whole. Each row comes with its 1-based row number in the file.
 */
final class SpreadsheetReader {
    /** A row of cells as text; missing cells are empty strings. */
    record SheetRow(int number, List<String> cells) {
        String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private SpreadsheetReader() {
    }

    static void read(InputStream in, Format format, Consumer<SheetRow> rows) {
        try {
            switch (format) {
                case XLSX -> readXlsx(in, rows);
                case CSV -> readCsv(in, rows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof JiuyeException j) {
                throw j;
            }
            throw JiuyeException.invalid("file", "FILE_UNREADABLE", format.name().toLowerCase());
        }
    }

    private static void readXlsx(InputStream in, Consumer<SheetRow> rows) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(r -> {
                    List<String> cells = new ArrayList<>(r.getCellCount());
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCellText(i));
                    }
                    rows.accept(new SheetRow(r.getRowNum(), cells));
                });
            }
        }
    }

    private static void readCsv(InputStream in, Consumer<SheetRow> rows) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build().parse(reader)) {
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(cells::add);
                if (r.getRecordNumber() == 1 && !cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                rows.accept(new SheetRow((int) r.getRecordNumber(), cells));
            }
        }
    }
}
