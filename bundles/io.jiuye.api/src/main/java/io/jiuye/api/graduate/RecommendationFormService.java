package io.jiuye.api.graduate;

import io.jiuye.api.Principal;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recommendation forms (R-REC-1..2): the registered graduate fills a draft (pre-filled from the record), adds a
 * photo, previews it as PDF, submits it to the college's review; once approved it downloads the form as PDF from the
 * template the school's plugins supply (the national baseline ships a default).
 */
@ProviderType
public interface RecommendationFormService {

    /** The caller's form, created from the record on first access. */
    RecommendationForm mine(Principal caller);

    /** Saves fields of the draft (absent keys stay, blank ones clear), checked against the template's limits. */
    RecommendationForm save(Principal caller, Map<String, String> fields, long expectedVersion);

    /** Sets the photo: a JPEG or PNG image (checked by content) of at most 2 MB. */
    RecommendationForm setPhoto(Principal caller, byte[] image, long expectedVersion);

    /** Submits the draft (or resubmits a returned or rejected one) to the college's review. */
    RecommendationForm submit(Principal caller, long expectedVersion);

    /** The caller's draft as PDF, whatever its state. */
    byte[] preview(Principal caller, Locale locale);

    /** The approved form of a graduate as PDF: the graduate, or the admins of its college and school. */
    byte[] pdf(Principal caller, String graduateId, Locale locale);
}
