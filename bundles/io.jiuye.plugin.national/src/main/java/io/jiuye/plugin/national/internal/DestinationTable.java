package io.jiuye.plugin.national.internal;

import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DestinationCategoryDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The national destination table, read from two tab-separated resources of this bundle so that the table can be
 * corrected without touching code: {@value #CODES} (one category per line) and {@value #EVIDENCE} (the fields and
 * uploads a category asks for). Lines starting with {@code #} and blank lines are ignored.
 */
final class DestinationTable {
    static final String CODES = "/national/destination-codes.tsv";
    static final String EVIDENCE = "/national/evidence.tsv";

    static final String PLUGIN_ID = "national";
    static final int CATEGORY_VERSION = 1;

    static final LocalizedText COLLEGE_REVIEW = LocalizedText.of("学院审核", "College review");
    static final LocalizedText SCHOOL_REVIEW = LocalizedText.of("学校审核", "School review");

    /** Evidence files may be scans or photos. */
    private static final Set<String> EVIDENCE_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");
    private static final int EVIDENCE_MAX_FILES = 3;
    /** Not employed, not wishing to work, other deferral: registered, but not the graduate's one record (R-SIGN-1). */
    static final Set<String> NOT_A_RECORD = Set.of("70", "71", "72");

    private DestinationTable() {
    }

    /** Loads the table from this bundle's resources. */
    static List<DestinationCategoryDefinition> load() {
        try (InputStream codes = open(CODES); InputStream evidence = open(EVIDENCE)) {
            return parse(codes, evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DestinationTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    static List<DestinationCategoryDefinition> parse(InputStream codes, InputStream evidence) throws IOException {
        Map<String, Evidence> evidenceByCode = new LinkedHashMap<>();
        for (Row row : rows(evidence, EVIDENCE, 6)) {
            Evidence e = evidenceByCode.computeIfAbsent(row.cell(0), c -> new Evidence());
            LocalizedText label = LocalizedText.of(row.cell(3), row.cell(4));
            boolean required = row.bool(5);
            switch (row.cell(1)) {
                case "field" -> e.fields.add(FieldDefinition.text(row.cell(2), label, required, 500));
                case "upload" -> e.uploads.add(new SlotDefinition(row.cell(2), label, EVIDENCE_TYPES,
                        SlotDefinition.TWO_MB, EVIDENCE_MAX_FILES, required));
                default -> throw row.error("kind must be field or upload");
            }
        }

        List<DestinationCategoryDefinition> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows(codes, CODES, 6)) {
            String code = row.cell(0);
            if (!code.matches("[0-9]{1,6}")) {
                throw row.error("a national code is a number: " + code);
            }
            if (!seen.add(code)) {
                throw row.error("duplicate code " + code);
            }
            Evidence e = Objects.requireNonNullElseGet(evidenceByCode.remove(code), Evidence::new);
            DestinationCategoryDefinition.Builder category = DestinationCategoryDefinition
                    .builder(ContributionId.of(PLUGIN_ID, "dest-" + code, CATEGORY_VERSION),
                            LocalizedText.of(row.cell(1), row.cell(2)), code)
                    .group(LocalizedText.of(row.cell(3), row.cell(4)))
                    .fields(e.fields.toArray(FieldDefinition[]::new))
                    .evidence(e.uploads.toArray(SlotDefinition[]::new))
                    .registration(reviewFlow(row))
                    .release(FlowDefinition.of(StepDefinition.review("school", SCHOOL_REVIEW, ActorKind.SCHOOL_ADMIN)));
            if (NOT_A_RECORD.contains(code)) {
                category.doesNotOccupyRecord();
            }
            result.add(category.build());
        }
        if (!evidenceByCode.isEmpty()) {
            throw new IllegalStateException(EVIDENCE + " names codes missing from " + CODES + ": "
                    + evidenceByCode.keySet());
        }
        return List.copyOf(result);
    }

    /** The registration flow: the listed review steps in order ({@code school} or {@code college,school}). */
    private static FlowDefinition reviewFlow(Row row) {
        List<StepDefinition> steps = new ArrayList<>();
        for (String step : row.cell(5).split(",")) {
            steps.add(switch (step.trim()) {
                case "college" -> StepDefinition.review("college", COLLEGE_REVIEW, ActorKind.COLLEGE_ADMIN);
                case "school" -> StepDefinition.review("school", SCHOOL_REVIEW, ActorKind.SCHOOL_ADMIN);
                default -> throw row.error("review steps are college and/or school: " + step);
            });
        }
        return FlowDefinition.builder().steps(steps.toArray(StepDefinition[]::new)).build();
    }

    private static List<Row> rows(InputStream in, String name, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(name, number, cells);
            if (cells.length != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
            }
            rows.add(row);
        }
        return rows;
    }

    private record Row(String resource, int line, String[] cells) {
        String cell(int i) {
            String v = cells[i].strip();
            if (v.isEmpty()) {
                throw error("column " + (i + 1) + " is empty");
            }
            return v;
        }

        boolean bool(int i) {
            return switch (cell(i)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error("column " + (i + 1) + " is true or false");
            };
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(resource + " line " + line + ": " + message);
        }
    }

    private static final class Evidence {
        final List<FieldDefinition> fields = new ArrayList<>();
        final List<SlotDefinition> uploads = new ArrayList<>();
    }
}
