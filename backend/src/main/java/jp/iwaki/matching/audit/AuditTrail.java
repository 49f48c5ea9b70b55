package jp.iwaki.matching.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import jp.iwaki.matching.security.CurrentUser;

/** Records changes in the transaction that makes them, so the trail and the data agree. */
@ApplicationScoped
public class AuditTrail {

    public void record(String entityType, long entityId, AuditAction action, CurrentUser actor, List<FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.actorSubject = actor.subject();
        event.actorName = actor.displayName();
        event.at = Instant.now();
        event.changes = changes;
        event.persist();
    }

    /** A new record: every field it was created with. */
    public void created(Audited record, CurrentUser actor) {
        record(record.auditType(), record.auditId(), AuditAction.CREATE, actor, changes(Map.of(), record.auditSnapshot()));
    }

    /**
     * The one audit step of a change: applies it, and when any audited field differs, marks the
     * record as changed by the actor and writes the differences into its history.
     */
    public <R extends Audited> List<FieldChange> change(R record, CurrentUser actor, Consumer<R> change) {
        Map<String, String> before = record.auditSnapshot();
        change.accept(record);
        List<FieldChange> changes = changes(before, record.auditSnapshot());
        if (!changes.isEmpty()) {
            record.touch(Instant.now(), actor.subject());
            record(record.auditType(), record.auditId(), AuditAction.UPDATE, actor, changes);
        }
        return changes;
    }

    /** A change recorded as it is (a member added or removed); the record is marked as changed. */
    public void changed(Audited record, CurrentUser actor, List<FieldChange> changes) {
        record.touch(Instant.now(), actor.subject());
        if (!changes.isEmpty()) {
            record(record.auditType(), record.auditId(), AuditAction.UPDATE, actor, changes);
        }
    }

    /** Writes changes into the record's history as they are, without marking the record as changed. */
    public void record(Audited record, AuditAction action, CurrentUser actor, List<FieldChange> changes) {
        record(record.auditType(), record.auditId(), action, actor, changes);
    }

    public void archived(Audited record, CurrentUser actor) {
        record.touch(Instant.now(), actor.subject());
        record(record.auditType(), record.auditId(), AuditAction.ARCHIVE, actor, List.of());
    }

    /** The record's history, newest first. */
    public List<AuditEventDto> of(Audited record) {
        return of(record.auditType(), record.auditId());
    }

    public List<AuditEventDto> of(String entityType, long entityId) {
        return AuditEvent.of(entityType, entityId).stream()
                .map(e -> new AuditEventDto(e.action, e.actorSubject, e.actorName, e.at.atOffset(ZoneOffset.UTC), e.changes))
                .toList();
    }

    /** The fields whose values differ between two snapshots (same keys, in order). */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }
}
