package jp.iwaki.matching.common;

import java.util.Optional;

/**
 * A record that changes under optimistic locking: a change names the version the client read
 * (its ETag), and a record may be read-only as it stands (archived, closed).
 */
public interface Editable {
    /** The version the record has now. */
    long currentVersion();

    /** Why the record may not change as it stands, or empty when it may. */
    default Optional<ApiException> readOnlyReason() {
        return Optional.empty();
    }

    /**
     * The one check before any change: 412 when the client's version is stale, then 422 when the
     * record is read-only.
     */
    static <T extends Editable> T requireEditable(T record, long expectedVersion) {
        requireCurrent(record, expectedVersion);
        record.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        return record;
    }

    /** 412 unless the client read the record's current version (for moves that have their own rules, such as state changes). */
    static <T extends Editable> T requireCurrent(T record, long expectedVersion) {
        if (record.currentVersion() != expectedVersion) {
            throw Etags.stale();
        }
        return record;
    }
}
