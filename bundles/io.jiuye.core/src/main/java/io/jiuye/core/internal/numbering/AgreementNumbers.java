package io.jiuye.core.internal.numbering;

import io.jiuye.api.plugin.AgreementNumberFormat;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.EntityManager;

/**
 * Issues agreement numbers when an agreement takes effect (R-SIGN-5), composed by the signing mode's
 * {@link AgreementNumberFormat}. The serial counts per school, graduation year and channel in
 * {@code agreement_serial}; taking one updates that row first, so concurrent issues in the same series wait for
 * each other and never share a number. Joins the caller's transaction: a rolled-back issue gives its serial back.
 */
public final class AgreementNumbers {

    /** The next number of the series, formatted. */
    public String issue(EntityManager em, School school, int graduationYear, Channel channel,
            AgreementNumberFormat format) {
        int updated = em.createNativeQuery("UPDATE agreement_serial SET last_serial = last_serial + 1"
                + " WHERE school_id = ? AND graduation_year = ? AND channel = ?")
                .setParameter(1, school.getId()).setParameter(2, graduationYear).setParameter(3, channel.name())
                .executeUpdate();
        if (updated == 0) {
            // the series' first number; a concurrent first issue waits on this row and fails as a duplicate
            em.createNativeQuery("INSERT INTO agreement_serial (school_id, graduation_year, channel, last_serial)"
                    + " VALUES (?, ?, ?, 1)").setParameter(1, school.getId()).setParameter(2, graduationYear)
                    .setParameter(3, channel.name()).executeUpdate();
        }
        Number serial = (Number) em.createNativeQuery("SELECT last_serial FROM agreement_serial"
                + " WHERE school_id = ? AND graduation_year = ? AND channel = ?")
                .setParameter(1, school.getId()).setParameter(2, graduationYear).setParameter(3, channel.name())
                .getSingleResult();
        return format.format(channel == Channel.ONLINE, graduationYear, school.getCode(), serial.longValue());
    }
}
