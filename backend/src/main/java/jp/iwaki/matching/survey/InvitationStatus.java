package jp.iwaki.matching.survey;

/** Where an invitation stands; it only ever moves forward in this order. */
public enum InvitationStatus {
    NOT_SENT, SENT, OPENED, DRAFT, SUBMITTED;

    /** This status or {@code reached}, whichever is further. */
    public InvitationStatus atLeast(InvitationStatus reached) {
        return reached.ordinal() > ordinal() ? reached : this;
    }
}
