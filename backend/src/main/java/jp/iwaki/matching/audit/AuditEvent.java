package jp.iwaki.matching.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a registry record: who, when, and which fields from what to what. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public long entityId;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    public static List<AuditEvent> of(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by at desc, id desc", entityType, entityId);
    }
}
