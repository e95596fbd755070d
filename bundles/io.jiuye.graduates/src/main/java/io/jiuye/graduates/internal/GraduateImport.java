package io.jiuye.graduates.internal;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.ImportReport;
import io.jiuye.api.graduate.ImportReport.RowProblem;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.graduates.internal.SpreadsheetReader.SheetRow;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.CollegeRef;
import io.jiuye.core.module.Schools.MajorRef;
import io.jiuye.core.module.Schools.SchoolRef;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One import of a cohort's graduates (R-ACC-1): rows are read as a stream, checked, and written in batches of
 * {@value #BATCH} rows, one transaction each; a row is created, or updated when the school already has that student
 * number. Problems are collected per row and column; a refused row changes nothing.
 */
final class GraduateImport {
    static final int BATCH = 1000;
    private static final int MAX_PROBLEMS = 10_000;
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Transactions tx;
    private final Clock clock;
    private final MessageCatalog messages;
    private final Locale locale;
    private final SchoolRef school;
    private final long schoolKey;
    private final int graduationYear;
    private final Map<String, CollegeRef> colleges = new HashMap<>();
    private final Map<String, MajorRef> majors = new HashMap<>();
    private final Set<String> numbersSeen = new HashSet<>();
    private final Set<String> idsSeen = new HashSet<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<GraduateRow> batch = new ArrayList<>(BATCH);
    private java.util.function.Consumer<ImportReport> progress = r -> { };
    private Map<GraduateColumn, Integer> columns;
    private int rows;
    private int created;
    private int updated;

    GraduateImport(Transactions tx, Schools schools, Clock clock, MessageCatalog messages, Locale locale,
            SchoolRef school, int graduationYear) {
        this.tx = tx;
        this.clock = clock;
        this.messages = messages;
        this.locale = locale;
        this.school = school;
        this.schoolKey = school.id();
        this.graduationYear = graduationYear;
        schools.colleges(schoolKey).forEach(c -> colleges.put(c.code(), c));
        schools.majors(schoolKey).forEach(m -> majors.put(m.collegeId() + "/" + m.code(), m));
    }

    /** Called with the counts so far after every written batch. */
    GraduateImport onProgress(java.util.function.Consumer<ImportReport> listener) {
        this.progress = listener;
        return this;
    }

    ImportReport run(InputStream content, Format format) {
        SpreadsheetReader.read(content, format, this::accept);
        if (columns == null) {
            throw JiuyeException.invalid("file", "IMPORT_EMPTY");
        }
        flush();
        return new ImportReport(rows, created, updated, problems);
    }

    private void accept(SheetRow row) {
        if (columns == null) {
            columns = header(row);
            return;
        }
        if (row.isBlank()) {
            return;
        }
        rows++;
        GraduateRow parsed = parse(row);
        if (parsed != null) {
            batch.add(parsed);
            if (batch.size() >= BATCH) {
                flush();
            }
        }
    }

    private Map<GraduateColumn, Integer> header(SheetRow row) {
        Map<GraduateColumn, Integer> found = new EnumMap<>(GraduateColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            GraduateColumn c = GraduateColumn.byHeader(row.cell(i));
            if (c != null) {
                found.putIfAbsent(c, i);
            }
        }
        List<JiuyeException.FieldError> missing = new ArrayList<>();
        for (GraduateColumn c : GraduateColumn.values()) {
            if (c.required && !found.containsKey(c)) {
                missing.add(JiuyeException.FieldError.of("file", "IMPORT_COLUMN_MISSING", c.header));
            }
        }
        if (!missing.isEmpty()) {
            throw JiuyeException.invalid(missing);
        }
        return found;
    }

    private String value(SheetRow row, GraduateColumn c) {
        Integer i = columns.get(c);
        return i == null ? "" : row.cell(i);
    }

    /** Checks a row on its own and against the rows before it in the file; null when refused. */
    private GraduateRow parse(SheetRow row) {
        int before = problems.size();
        Map<GraduateColumn, String> v = new EnumMap<>(GraduateColumn.class);
        for (GraduateColumn c : GraduateColumn.values()) {
            String s = value(row, c);
            if (s.isEmpty() && c.required) {
                problem(row.number(), c, "REQUIRED");
            } else if (s.length() > c.maxLength) {
                problem(row.number(), c, "TOO_LONG", c.maxLength);
            }
            v.put(c, s);
        }
        String number = v.get(GraduateColumn.STUDENT_NUMBER);
        String id = v.get(GraduateColumn.ID_NUMBER).toUpperCase(Locale.ROOT);
        if (!number.isEmpty() && !STUDENT_NUMBER.matcher(number).matches()) {
            problem(row.number(), GraduateColumn.STUDENT_NUMBER, "STUDENT_NUMBER_FORMAT");
        }
        if (!id.isEmpty() && !IdNumbers.isValid(id)) {
            problem(row.number(), GraduateColumn.ID_NUMBER, "ID_NUMBER_INVALID");
        }
        EducationLevel level = EducationLevel.parse(v.get(GraduateColumn.EDUCATION_LEVEL));
        if (level == null && !v.get(GraduateColumn.EDUCATION_LEVEL).isEmpty()) {
            problem(row.number(), GraduateColumn.EDUCATION_LEVEL, "OPTION_UNKNOWN");
        }
        TrainingMode mode = TrainingMode.parse(v.get(GraduateColumn.TRAINING_MODE));
        if (mode == null && !v.get(GraduateColumn.TRAINING_MODE).isEmpty()) {
            problem(row.number(), GraduateColumn.TRAINING_MODE, "OPTION_UNKNOWN");
        }
        String gender = v.get(GraduateColumn.GENDER);
        if (!gender.isEmpty() && !gender.equals("男") && !gender.equals("女")) {
            problem(row.number(), GraduateColumn.GENDER, "OPTION_UNKNOWN");
        }
        String phone = v.get(GraduateColumn.PHONE);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problem(row.number(), GraduateColumn.PHONE, "PHONE_INVALID");
        }
        String email = v.get(GraduateColumn.EMAIL);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problem(row.number(), GraduateColumn.EMAIL, "EMAIL_INVALID");
        }
        CollegeRef college = colleges.get(v.get(GraduateColumn.COLLEGE_CODE));
        if (college == null && !v.get(GraduateColumn.COLLEGE_CODE).isEmpty()) {
            problem(row.number(), GraduateColumn.COLLEGE_CODE, "COLLEGE_UNKNOWN", v.get(GraduateColumn.COLLEGE_CODE));
        }
        String majorCode = v.get(GraduateColumn.MAJOR_CODE);
        if (college != null && !majorCode.isEmpty() && !majors.containsKey(college.id() + "/" + majorCode)) {
            problem(row.number(), GraduateColumn.MAJOR_CODE, "MAJOR_UNKNOWN", majorCode);
        }
        if (!number.isEmpty() && !numbersSeen.add(number)) {
            problem(row.number(), GraduateColumn.STUDENT_NUMBER, "DUPLICATE_IN_FILE");
        }
        if (!id.isEmpty() && !idsSeen.add(id)) {
            problem(row.number(), GraduateColumn.ID_NUMBER, "DUPLICATE_IN_FILE");
        }
        if (problems.size() > before) {
            return null;
        }
        return new GraduateRow(row.number(), number, v.get(GraduateColumn.NAME), gender.isEmpty() ? null : gender,
                id, v.get(GraduateColumn.COLLEGE_CODE), majorCode.isEmpty() ? null : majorCode, level, mode,
                blankToNull(v.get(GraduateColumn.CLASS_NAME)), blankToNull(phone), blankToNull(email));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Writes the batch in one transaction: existing student numbers are updated, new ones created. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<GraduateRow> rowsToWrite = new ArrayList<>(batch);
        batch.clear();
        int[] counts = tx.inTransaction(em -> write(em, rowsToWrite));
        created += counts[0];
        updated += counts[1];
        progress.accept(new ImportReport(rows, created, updated, problems));
    }

    private int[] write(EntityManager em, List<GraduateRow> rowsToWrite) {
        Map<String, Graduate> existing = new HashMap<>();
        List<String> numbers = rowsToWrite.stream().map(GraduateRow::studentNumber).toList();
        em.createQuery("SELECT g FROM Graduate g WHERE g.schoolId = :s AND g.studentNumber IN :n", Graduate.class)
                .setParameter("s", schoolKey).setParameter("n", numbers).getResultList()
                .forEach(g -> existing.put(g.getStudentNumber(), g));
        Map<String, String> idOwners = new HashMap<>();
        em.createQuery("SELECT g.idNumber, g.studentNumber FROM Graduate g WHERE g.schoolId = :s"
                + " AND g.idNumber IN :ids", Object[].class).setParameter("s", schoolKey)
                .setParameter("ids", rowsToWrite.stream().map(GraduateRow::idNumber).toList()).getResultList()
                .forEach(r -> idOwners.put((String) r[0], (String) r[1]));
        int c = 0;
        int u = 0;
        java.time.Instant now = clock.instant();
        for (GraduateRow r : rowsToWrite) {
            String owner = idOwners.get(r.idNumber());
            if (owner != null && !owner.equals(r.studentNumber())) {
                problem(r.row(), GraduateColumn.ID_NUMBER, "ID_NUMBER_TAKEN", owner);
                continue;
            }
            CollegeRef college = colleges.get(r.collegeCode());
            MajorRef major = r.majorCode() == null ? null : majors.get(college.id() + "/" + r.majorCode());
            Graduate g = existing.get(r.studentNumber());
            if (g == null) {
                g = new Graduate(school, r.studentNumber(), now);
                c++;
            } else {
                u++;
            }
            g.assign(r, college, major, graduationYear, now);
            if (existing.get(r.studentNumber()) == null) {
                em.persist(g);
            }
        }
        return new int[] {c, u};
    }

    private void problem(int row, GraduateColumn column, String code, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new RowProblem(row, column.header, code, messages.message("field." + code, locale, args)));
        }
    }
}
