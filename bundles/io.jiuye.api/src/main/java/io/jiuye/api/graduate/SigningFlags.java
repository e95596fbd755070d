package io.jiuye.api.graduate;

/**
 * The per-graduate switches of signing eligibility (R-ACC-5) that the school's admins set: postgraduate
 * recommendation (推免), employment-plan data submitted (kept by the later employment-plan module), and the
 * restriction of the school's open-signing list (签约开放列表). {@code version} is the graduate record's.
 */
public record SigningFlags(String graduateId, boolean recommendedForPostgraduate, boolean planSubmitted,
        boolean signingRestricted, long version) {

    /** A change of the flags; {@code null} leaves a flag as it is. */
    public record Update(Boolean recommendedForPostgraduate, Boolean planSubmitted, Boolean signingRestricted) {
    }
}
