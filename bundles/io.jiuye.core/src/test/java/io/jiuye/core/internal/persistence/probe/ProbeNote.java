package io.jiuye.core.internal.persistence.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of a test module: a note that refers to a school by id, as modules refer to the core's rows. */
@Entity
@Table(name = "probe_note")
public class ProbeNote {
    @Id
    private long id;
    @Column(name = "school_id")
    private long schoolId;
    private String text;

    protected ProbeNote() {
    }

    public ProbeNote(long id, long schoolId, String text) {
        this.id = id;
        this.schoolId = schoolId;
        this.text = text;
    }

    public String text() {
        return text;
    }
}
