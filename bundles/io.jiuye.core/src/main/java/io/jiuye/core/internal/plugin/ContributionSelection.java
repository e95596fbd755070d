package io.jiuye.core.internal.plugin;

import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.core.module.Identified;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The contribution a school picked for a pick-one kind (e.g. its termination rule). */
@Entity
@Table(name = "contribution_selection")
public class ContributionSelection extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @Enumerated(EnumType.STRING)
    private ContributionKind kind;
    @Column(name = "contribution_id")
    private String contributionId;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected ContributionSelection() {
    }

    ContributionSelection(School school, ContributionKind kind) {
        this.school = school;
        this.kind = kind;
    }

    void set(String contributionId, String by, Instant at) {
        this.contributionId = contributionId;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getContributionId() {
        return contributionId;
    }
}
