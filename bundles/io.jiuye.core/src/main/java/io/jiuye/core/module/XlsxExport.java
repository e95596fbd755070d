package io.jiuye.core.module;

import io.jiuye.api.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list exported as an xlsx workbook (R-STAT-1): a bold header row, then every row of every page, read page by page
 * through the list's own keyset paging so that the export sees exactly what the list shows.
 */
public final class XlsxExport {
    private XlsxExport() {
    }

    /** The result: the workbook and how many data rows it holds. */
    public record Result(byte[] workbook, int rows) {
    }

    /**
     * @param pages  the page after a cursor ({@code null} for the first)
     * @param cells  one row's cell values, {@code null} for an empty cell
     */
    public static <T> Result write(String sheet, List<String> header, Function<String, Page<T>> pages,
            Function<T, Object[]> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int row = 1;
        try {
            Workbook wb = new Workbook(out, "Jiuye", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int i = 0; i < header.size(); i++) {
                ws.value(0, i, header.get(i));
                ws.style(0, i).bold().set();
            }
            String cursor = null;
            do {
                Page<T> page = pages.apply(cursor);
                for (T item : page.items()) {
                    Object[] values = cells.apply(item);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            ws.value(row, i, values[i].toString());
                        }
                    }
                    row++;
                }
                ws.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out.toByteArray(), row - 1);
    }
}
