package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.FieldChange;
import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field of a graduate record (变更明细, R-SRC-3). */
@Entity
@Table(name = "graduate_change")
public class GraduateChange extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "graduate_id")
    private Graduate graduate;
    private String field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    @Column(name = "changed_by")
    private String changedBy;
    private String source;
    @Column(name = "occurred_at")
    private Instant at;

    protected GraduateChange() {
    }

    GraduateChange(Graduate graduate, String field, String oldValue, String newValue, String changedBy,
            String source, Instant at) {
        this.graduate = graduate;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.source = source;
        this.at = at;
    }

    FieldChange toDto() {
        return new FieldChange(field, oldValue, newValue, changedBy, at, source);
    }
}
