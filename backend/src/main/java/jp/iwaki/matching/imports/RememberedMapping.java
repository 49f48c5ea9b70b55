package jp.iwaki.matching.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The mapping a user last gave an import (table import_mapping), proposed again for the next file. */
@Entity
@Table(name = "import_mapping")
@IdClass(RememberedMapping.Key.class)
public class RememberedMapping extends PanacheEntityBase {
    @Id
    @Column(name = "user_subject")
    public String userSubject;

    @Id
    public String kind;

    /** Header as in the file → field, or null for a column left out. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> columns = new LinkedHashMap<>();

    /** Field → the value given for every row. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> constants = new LinkedHashMap<>();

    @Column(name = "updated_at")
    public Instant updatedAt;

    public record Key(String userSubject, String kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    static Optional<RememberedMapping> of(String userSubject, ImportKind kind) {
        return findByIdOptional(new Key(userSubject, kind.path));
    }
}
