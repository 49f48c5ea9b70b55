package jp.iwaki.matching.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FiscalYear;

/** The meeting timetable of a project's trade meeting (商談会): its day, slots and state. */
@Entity
@Table(name = "timetable")
public class Timetable extends PanacheEntityBase implements Editable {
    /** DRAFT is seen by staff only; PUBLISHED by the buyers too, its meetings SCHEDULED negotiations. */
    public enum State {
        DRAFT, PUBLISHED
    }

    @Id
    @Column(name = "project_id")
    public Long projectId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String venue;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Column(name = "slot_minutes")
    public int slotMinutes;

    @Column(name = "gap_minutes")
    public int gapMinutes;

    @Column(name = "slot_count")
    public int slotCount;

    @Enumerated(EnumType.STRING)
    public State state = State.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Override
    public long currentVersion() {
        return version;
    }

    /** The start of a slot, as a time of day. */
    public LocalTime slotStart(int slot) {
        return startTime.plusMinutes((long) slot * (slotMinutes + gapMinutes));
    }

    public LocalTime slotEnd(int slot) {
        return slotStart(slot).plusMinutes(slotMinutes);
    }

    /** The start of a slot as a moment (the day and time in Japan). */
    public Instant slotStartAt(int slot) {
        return heldOn.atTime(slotStart(slot)).atZone(FiscalYear.JAPAN).toInstant();
    }

    public Instant slotEndAt(int slot) {
        return heldOn.atTime(slotEnd(slot)).atZone(FiscalYear.JAPAN).toInstant();
    }

    /** How many slots of this length (and the gaps between them) fit between start and end. */
    public static int slotsBetween(LocalTime start, LocalTime end, int slotMinutes, int gapMinutes) {
        int minutes = (int) java.time.Duration.between(start, end).toMinutes();
        return minutes < slotMinutes ? 0 : 1 + (minutes - slotMinutes) / (slotMinutes + gapMinutes);
    }
}
