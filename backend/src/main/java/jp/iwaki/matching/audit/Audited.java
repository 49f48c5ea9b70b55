package jp.iwaki.matching.audit;

import java.time.Instant;
import java.util.Map;

/** A record whose changes go into its history: which fields, from what to what. */
public interface Audited {
    /** The kind of record in the audit trail, e.g. firm. */
    String auditType();

    Long auditId();

    /** The audited fields as text, in display order; a change is a difference between two snapshots. */
    Map<String, String> auditSnapshot();

    /** Marks the record as last changed by this user at this moment. */
    void touch(Instant at, String subject);
}
