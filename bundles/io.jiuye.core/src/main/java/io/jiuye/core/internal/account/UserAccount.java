package io.jiuye.core.internal.account;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.UserDto;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Jiuye user. Its password is kept only as a KDF hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends Versioned {
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne
    @JoinColumn(name = "school_id")
    private School school;
    @ManyToOne
    @JoinColumn(name = "college_id")
    private College college;
    @Column(name = "employer_ref")
    private String employerRef;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, School school, College college,
            String employerRef, String passwordHash, Instant createdAt) {
        super("usr");
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.school = school;
        this.college = college;
        this.employerRef = employerRef;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public School getSchool() {
        return school;
    }

    public College getCollege() {
        return college;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Whether a login of that name exists already (usernames are unique over the deployment). */
    public static boolean usernameTaken(EntityManager em, String username) {
        return !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :u").setParameter("u", username)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Refuses a username that exists already: {@code USERNAME_TAKEN} on the field {@code username}. */
    static void requireFreeUsername(EntityManager em, String username) {
        if (usernameTaken(em, username)) {
            throw JiuyeException.invalid("username", "USERNAME_TAKEN", username);
        }
    }

    public Principal toPrincipal() {
        return new Principal(publicId, username, role, school == null ? null : school.getPublicId(),
                college == null ? null : college.getPublicId(), employerRef);
    }

    public UserDto toDto() {
        return new UserDto(publicId, username, displayName, role, school == null ? null : school.getPublicId(),
                college == null ? null : college.getPublicId(), employerRef, enabled, createdAt, version);
    }
}
