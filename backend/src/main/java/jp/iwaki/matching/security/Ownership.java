package jp.iwaki.matching.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Objects;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;

/**
 * The advisor's ownership rule, named once: coordinators and admins change every record; an
 * advisor changes only the records it owns (the firms assigned to it, its negotiations…),
 * and reads the rest.
 */
@RequestScoped
public class Ownership {
    private final CurrentUser user;

    Ownership(CurrentUser user) {
        this.user = user;
    }

    /** Whether the signed-in user may change a record owned by {@code ownerSubject} (null: owned by nobody). */
    public boolean mayChange(String ownerSubject) {
        return user.isCoordinatorOrAdmin() || (ownerSubject != null && ownerSubject.equals(user.subject()));
    }

    /** 403 unless the user may change the record; {@code refusal} names the field and the message key. */
    public void requireMayChange(String ownerSubject, FieldError refusal) {
        if (!mayChange(ownerSubject)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Advisors change only the records they own", List.of(refusal));
        }
    }

    /** Only coordinators and admins hand a record to another owner. */
    public void requireMayReassign(String currentOwner, String newOwner, FieldError refusal) {
        if (!user.isCoordinatorOrAdmin() && !Objects.equals(currentOwner, newOwner)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only coordinators and admins hand a record to another owner", List.of(refusal));
        }
    }
}
