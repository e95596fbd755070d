package io.jiuye.graduates.internal;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.ImportReport;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.internal.account.PasswordHasher;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.graduates.internal.GraduateServiceImpl;
import io.jiuye.graduates.internal.IdNumbers;
import io.jiuye.core.internal.i18n.MessageCatalogImpl;
import io.jiuye.core.internal.persistence.JpaStore;
import io.jiuye.core.module.PublicIds;
import io.jiuye.core.internal.plugin.PluginRegistryImpl;
import io.jiuye.core.internal.tenancy.SchoolsImpl;
import io.jiuye.core.internal.tenancy.TenancyServiceImpl;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Graduate import of N generated rows (default 100,000) through the product's import, against the same rows
 * inserted by plain JDBC batches into the same embedded Derby database, in one run. Not a test: run it with
 * {@code distribution/bench/import-bench.sh}, which gives it {@code -Xmx256m} like the product.
 */
public final class GraduateImportBenchmark {
    private static final String HEADER = "学号,姓名,性别,身份证号,学院代码,专业代码,学历层次,培养方式,班级,手机号码,电子邮箱\n";

    private GraduateImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("jiuye-import-bench");
        Path csv = dir.resolve("graduates.csv");
        write(csv, rows);
        String url = "jdbc:derby:" + dir.resolve("db") + ";create=true";
        Clock clock = Clock.systemUTC();
        Principal op = new Principal(null, "bench", Role.OPERATOR, null, null, null);
        try (JpaStore store = JpaStore.open(url, null, null, new GraduatesDataModule())) {
            SecurityAuditLog audit = new SecurityAuditLog(store.transactions(), clock);
            TenancyServiceImpl tenancy = new TenancyServiceImpl(store.transactions(), clock, audit);
            GraduateServiceImpl graduates = new GraduateServiceImpl(store.transactions(), clock,
                    new MessageCatalogImpl(new PluginRegistryImpl(store.transactions(), clock)), audit,
                    new SchoolsImpl(store.transactions()), dir.resolve("uploads"), Runnable::run);
            SchoolDto viaImport = school(tenancy, op, "B1");
            SchoolDto viaJdbc = school(tenancy, op, "B2");
            new PasswordHasher(1); // warm nothing else: the figures below are cold, as a real first import is

            resetPeak();
            long t0 = System.nanoTime();
            ImportReport report;
            try (InputStream in = Files.newInputStream(csv)) {
                report = graduates.importGraduates(op, viaImport.id(), 2026, Format.CSV, in, Locale.CHINA);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            long importPeak = peakHeap();
            if (report.created() != rows) {
                throw new IllegalStateException("import created " + report.created() + " of " + rows + ": "
                        + report.problems().stream().limit(5).toList());
            }

            resetPeak();
            t0 = System.nanoTime();
            jdbc(url, viaJdbc.code(), csv);
            double jdbcSeconds = (System.nanoTime() - t0) / 1e9;
            long jdbcPeak = peakHeap();

            double importRate = rows / importSeconds;
            double jdbcRate = rows / jdbcSeconds;
            System.out.printf(Locale.ROOT, "rows: %d, max heap: %d MB, Derby embedded in %s%n", rows,
                    Runtime.getRuntime().maxMemory() >> 20, dir);
            System.out.printf(Locale.ROOT, "product import (csv, validated, batches of 1000): %.1f s, %.0f rows/s,"
                    + " peak heap %d MB%n", importSeconds, importRate, importPeak >> 20);
            System.out.printf(Locale.ROOT, "plain JDBC batches of 1000 (same rows, same database): %.1f s,"
                    + " %.0f rows/s, peak heap %d MB%n", jdbcSeconds, jdbcRate, jdbcPeak >> 20);
            System.out.printf(Locale.ROOT, "ratio import / plain JDBC: %.2f (target >= 0.5)%n", importRate / jdbcRate);
        }
    }

    private static SchoolDto school(TenancyServiceImpl tenancy, Principal op, String code) {
        SchoolDto s = tenancy.createSchool(op, code, "基准大学" + code, null);
        for (int c = 0; c < 10; c++) {
            tenancy.createCollege(op, s.id(), "C" + c, "学院" + c);
        }
        tenancy.createCohort(op, s.id(), 2026, null, true);
        return s;
    }

    private static void write(Path csv, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) {
                String first17 = String.format(Locale.ROOT, "110101%08d%03d", 19950101 + (i % 28), i % 1000);
                // (birth day, sequence) repeats every 7,000 rows: the region code changes with it, so every ID differs
                first17 = String.format(Locale.ROOT, "%06d", 110101 + i / 7_000) + first17.substring(6);
                String id = first17 + IdNumbers.checkCharacter(first17);
                w.write(String.format(Locale.ROOT, "S%07d,学生%d,%s,%s,C%d,,本科,非定向,班%d,1%010d,s%d@example.com%n",
                        i, i, i % 2 == 0 ? "男" : "女", id, i % 10, i % 50, 3_000_000_000L + i, i));
            }
        }
    }

    /** The same rows straight into the graduate table with JDBC batches (ids from a local counter). */
    private static void jdbc(String url, String schoolCode, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long school;
            long[] colleges = new long[10];
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id FROM school WHERE code = '" + schoolCode + "'")) {
                rs.next();
                school = rs.getLong(1);
            }
            for (int k = 0; k < 10; k++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM college WHERE school_id = ? AND code = ?")) {
                    ps.setLong(1, school);
                    ps.setString(2, "C" + k);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        colleges[k] = rs.getLong(1);
                    }
                }
            }
            long id = 900_000_000L;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO graduate (id, public_id, school_id, college_id,"
                    + " graduation_year, student_number, name, gender, id_number, education_level, training_mode,"
                    + " class_name, phone, email, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, 2026, ?, ?, ?, ?, 'BACHELOR', 'NON_TARGETED', ?, ?, ?, ?, ?, 1)");
                    var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
                int[] n = {0};
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                for (var it = lines.skip(1).iterator(); it.hasNext();) {
                    String[] f = it.next().split(",", -1);
                    ps.setLong(1, id++);
                    ps.setString(2, PublicIds.next("grd"));
                    ps.setLong(3, school);
                    ps.setLong(4, colleges[Integer.parseInt(f[4].substring(1))]);
                    ps.setString(5, f[0]);
                    ps.setString(6, f[1]);
                    ps.setString(7, f[2]);
                    ps.setString(8, f[3]);
                    ps.setString(9, f[8]);
                    ps.setString(10, f[9]);
                    ps.setString(11, f[10]);
                    ps.setTimestamp(12, now);
                    ps.setTimestamp(13, now);
                    ps.addBatch();
                    if (++n[0] % 1000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
