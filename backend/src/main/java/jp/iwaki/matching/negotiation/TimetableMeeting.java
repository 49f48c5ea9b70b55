package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A meeting of a timetable: one buyer company × one firm in one slot. */
@Entity
@Table(name = "timetable_meeting")
public class TimetableMeeting extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public long projectId;

    public int slot;

    @Column(name = "buyer_company_id")
    public long buyerCompanyId;

    @Column(name = "firm_id")
    public long firmId;

    @Column(name = "negotiation_id")
    public Long negotiationId;

    public static List<TimetableMeeting> of(long projectId) {
        return list("projectId = ?1 order by slot, id", projectId);
    }
}
