package io.jiuye.employers.internal;

import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerNature;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerState;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.employer.HukouReceivingType;
import io.jiuye.api.employer.Industry;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.Schools.SchoolRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An employer (用人单位, A2): its data, the school whose admins review its qualification, and where that review
 * stands. Not a tenant's row: once verified it acts toward every school.
 */
@Entity
@Table(name = "employer")
public class Employer extends Versioned {
    private String name;
    @Column(name = "credit_code")
    private String creditCode;
    @Enumerated(EnumType.STRING)
    private EmployerNature nature;
    @Enumerated(EnumType.STRING)
    private Industry industry;
    private String location;
    private String address;
    private String postcode;
    @Column(name = "contact_person")
    private String contactPerson;
    private String phone;
    private String email;
    @Column(name = "archive_receives")
    private boolean archiveReceives;
    @Column(name = "archive_unit")
    private String archiveUnit;
    @Column(name = "archive_address")
    private String archiveAddress;
    @Column(name = "archive_postcode")
    private String archivePostcode;
    @Column(name = "archive_contact")
    private String archiveContact;
    @Column(name = "archive_phone")
    private String archivePhone;
    @Enumerated(EnumType.STRING)
    @Column(name = "hukou_type")
    private HukouReceivingType hukouType;
    @Column(name = "hukou_details")
    private String hukouDetails;
    /** Internal id of the school whose admins review the qualification; its public id is kept beside it. */
    @Column(name = "home_school_id")
    private Long homeSchoolId;
    @Column(name = "home_school_ref")
    private String homeSchoolRef;
    @Enumerated(EnumType.STRING)
    private EmployerState state;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    /** Internal id of the newest qualification review item; its public id is kept beside it. */
    @Column(name = "review_item_id")
    private Long reviewItemId;
    @Column(name = "review_item_ref")
    private String reviewItemRef;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Employer() {
    }

    /** A newly registered employer, PENDING; {@code profile} is complete and checked. */
    Employer(EmployerProfile profile, SchoolRef homeSchool, Instant now) {
        super("emp");
        if (homeSchool != null) {
            this.homeSchoolId = homeSchool.id();
            this.homeSchoolRef = homeSchool.publicId();
        }
        this.state = EmployerState.PENDING;
        this.registeredAt = now;
        assign(profile, now);
    }

    /** Takes a complete, checked profile. */
    void assign(EmployerProfile p, Instant now) {
        this.name = p.name();
        this.creditCode = p.creditCode();
        this.nature = p.nature();
        this.industry = p.industry();
        this.location = p.location();
        this.address = p.address();
        this.postcode = p.postcode();
        this.contactPerson = p.contactPerson();
        this.phone = p.phone();
        this.email = p.email();
        ArchiveReceiving a = p.archive();
        this.archiveReceives = Boolean.TRUE.equals(a.receives());
        this.archiveUnit = archiveReceives ? a.forwardingUnit() : null;
        this.archiveAddress = archiveReceives ? a.forwardingAddress() : null;
        this.archivePostcode = archiveReceives ? a.forwardingPostcode() : null;
        this.archiveContact = archiveReceives ? a.forwardingContact() : null;
        this.archivePhone = archiveReceives ? a.forwardingPhone() : null;
        this.hukouType = p.hukou().type();
        this.hukouDetails = hukouType.receives() ? p.hukou().details() : null;
        this.updatedAt = now;
    }

    EmployerProfile profile() {
        return new EmployerProfile(name, creditCode, nature, industry, location, address, postcode, contactPerson,
                phone, email, new ArchiveReceiving(archiveReceives, archiveUnit, archiveAddress, archivePostcode,
                        archiveContact, archivePhone), new HukouReceiving(hukouType, hukouDetails));
    }

    /** What the reviewer sees on the review item (codes; labels come from the API's enums). */
    Map<String, String> attributes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("creditCode", creditCode);
        m.put("nature", nature.name());
        m.put("industry", industry.name());
        m.put("location", location);
        m.put("address", address);
        m.put("postcode", postcode);
        m.put("contactPerson", contactPerson);
        m.put("phone", phone);
        m.put("email", email);
        m.put("archiveReceives", Boolean.toString(archiveReceives));
        m.put("hukouType", hukouType.name());
        return m;
    }

    /** It went into review (again) with {@code item} at {@code school}. */
    void submitted(ReviewItemView item, SchoolRef school, Instant now) {
        this.reviewItemId = item.id();
        this.reviewItemRef = item.publicId();
        this.homeSchoolId = school.id();
        this.homeSchoolRef = school.publicId();
        this.state = EmployerState.PENDING;
        this.rejectionReason = null;
        this.updatedAt = now;
    }

    /** Its review moved: verified, rejected with the reviewer's reason, or back in review (e.g. revoked). */
    void qualification(EmployerState newState, String reason, Instant now) {
        this.state = newState;
        this.rejectionReason = newState == EmployerState.REJECTED ? reason : null;
        if (newState == EmployerState.VERIFIED) {
            this.verifiedAt = now;
        } else {
            this.verifiedAt = null;
        }
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public EmployerState getState() {
        return state;
    }

    public Long getHomeSchoolId() {
        return homeSchoolId;
    }

    public String getHomeSchoolRef() {
        return homeSchoolRef;
    }

    public Long getReviewItemId() {
        return reviewItemId;
    }

    public boolean isVerified() {
        return state == EmployerState.VERIFIED;
    }

    public EmployerDto toDto() {
        return new EmployerDto(publicId, name, creditCode, nature, industry, location, address, postcode,
                contactPerson, phone, email, new ArchiveReceiving(archiveReceives, archiveUnit, archiveAddress,
                        archivePostcode, archiveContact, archivePhone), new HukouReceiving(hukouType, hukouDetails),
                homeSchoolRef, state, rejectionReason, reviewItemRef, registeredAt, verifiedAt, version);
    }
}
