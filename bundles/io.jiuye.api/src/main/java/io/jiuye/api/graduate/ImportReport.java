package io.jiuye.api.graduate;

import java.util.List;

/**
 * The outcome of a graduate import: how many rows were created, updated (same school and student number) and
 * refused, and for each refused row the problems with their column.
 */
public record ImportReport(int rows, int created, int updated, List<RowProblem> problems) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A refused row: its 1-based row number in the file (the header is row 1), the column and the error code. */
    public record RowProblem(int row, String column, String code, String message) {
    }

    public int refusedRows() {
        return (int) problems.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
