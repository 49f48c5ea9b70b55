package jp.iwaki.matching.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerScope;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;
import jp.iwaki.matching.negotiation.TimetableDtos.BuyerMeeting;
import jp.iwaki.matching.negotiation.TimetableDtos.BuyerTimetable;
import jp.iwaki.matching.negotiation.TimetableDtos.FirmMeeting;
import jp.iwaki.matching.negotiation.TimetableDtos.FirmTimetable;
import jp.iwaki.matching.negotiation.TimetableDtos.Meeting;
import jp.iwaki.matching.negotiation.TimetableDtos.MeetingInput;
import jp.iwaki.matching.negotiation.TimetableDtos.Settings;
import jp.iwaki.matching.negotiation.TimetableDtos.Slot;
import jp.iwaki.matching.negotiation.TimetableDtos.TimetableDto;
import jp.iwaki.matching.negotiation.TimetableDtos.Unscheduled;
import jp.iwaki.matching.project.Invitation;
import jp.iwaki.matching.project.Participation;
import jp.iwaki.matching.project.Project;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;
import jp.iwaki.matching.project.ProjectEvent;
import jp.iwaki.matching.security.CurrentUser;

/**
 * The meeting timetable of a project's trade meeting: generated from the picks by
 * {@link TimetablePlanner}, adjusted by hand with the same rule (nobody in two meetings at once,
 * which the database's unique keys also keep), published to the buyers. Publishing makes every
 * meeting a SCHEDULED negotiation; a published timetable's later changes follow into them.
 */
@ApplicationScoped
public class TimetableService {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final CurrentUser user;
    private final BuyerScope scope;
    private final NegotiationService negotiations;
    private final BuyerPickCandidates picks;

    TimetableService(CurrentUser user, BuyerScope scope, NegotiationService negotiations, BuyerPickCandidates picks) {
        this.user = user;
        this.scope = scope;
        this.negotiations = negotiations;
        this.picks = picks;
    }

    @Transactional
    public TimetableDto find(long projectId) {
        return dto(timetable(projectId));
    }

    /** A new timetable from the picks, or a fresh one in place of the project's (If-Match required then). */
    @Transactional
    public TimetableDto generate(long projectId, String ifMatch, Settings settings) {
        Project project = open(projectId);
        Optional<Timetable> existing = Timetable.findByIdOptional(projectId);
        if (existing.isPresent()) {
            Editable.requireCurrent(existing.get(), Etags.requireVersion(ifMatch));
        }
        LocalTime start = LocalTime.parse(settings.startTime());
        LocalTime end = LocalTime.parse(settings.endTime());
        int gap = settings.gapMinutes() == null ? 0 : settings.gapMinutes();
        List<FieldError> errors = new ArrayList<>();
        Optional<ProjectEvent> event = project.events.stream().filter(e -> e.heldOn.equals(settings.heldOn())).findFirst();
        if (event.isEmpty()) {
            errors.add(new FieldError("heldOn", "timetable.heldOn.notAnEvent", "Not a trade meeting day of the project",
                    Map.of("days", project.events.stream().map(e -> e.heldOn.toString()).toList())));
        }
        int slots = 0;
        if (!end.isAfter(start)) {
            errors.add(new FieldError("endTime", "timetable.time.order", "The end comes after the start"));
        } else {
            slots = Timetable.slotsBetween(start, end, settings.slotMinutes(), gap);
            if (slots < 1) {
                errors.add(new FieldError("slotMinutes", "timetable.slots.none", "No slot of this length fits between start and end"));
            } else if (slots > 288) {
                errors.add(new FieldError("slotMinutes", "timetable.slots.tooMany", "At most 288 slots", Map.of("max", 288)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now();
        Timetable t = existing.orElseGet(() -> {
            Timetable fresh = new Timetable();
            fresh.projectId = projectId;
            fresh.createdAt = now;
            fresh.createdBy = user.subject();
            return fresh;
        });
        List<TimetableMeeting> before = TimetableMeeting.of(projectId);
        t.heldOn = settings.heldOn();
        t.venue = event.get().venue;
        t.startTime = start;
        t.endTime = end;
        t.slotMinutes = settings.slotMinutes();
        t.gapMinutes = gap;
        t.slotCount = slots;
        t.updatedAt = now;
        t.updatedBy = user.subject();
        if (existing.isEmpty()) {
            t.persist();
        }
        // Bulk delete first: the new meetings may take the same slots, and the unique keys check each statement.
        TimetableMeeting.delete("projectId", projectId);
        List<TimetablePlanner.Pair> pairs = picks.candidates(projectId).stream()
                .map(c -> new TimetablePlanner.Pair(c.buyerCompanyId(), c.firmId())).toList();
        for (TimetablePlanner.Meeting m : TimetablePlanner.plan(pairs, slots).meetings()) {
            TimetableMeeting meeting = new TimetableMeeting();
            meeting.projectId = projectId;
            meeting.slot = m.slot();
            meeting.buyerCompanyId = m.buyerCompanyId();
            meeting.firmId = m.firmId();
            meeting.negotiationId = before.stream().filter(b -> b.buyerCompanyId == m.buyerCompanyId() && b.firmId == m.firmId())
                    .map(b -> b.negotiationId).filter(Objects::nonNull).findFirst().orElse(null);
            meeting.persist();
        }
        if (t.state == Timetable.State.PUBLISHED) {
            Set<Long> kept = new HashSet<>();
            TimetableMeeting.of(projectId).forEach(m -> kept.add(schedule(t, project, m)));
            before.stream().map(b -> b.negotiationId).filter(id -> id != null && !kept.contains(id))
                    .forEach(id -> forgetMeeting(id, null));
        }
        return saved(t);
    }

    @Transactional
    public TimetableDto addMeeting(long projectId, long version, MeetingInput input) {
        Timetable t = changeable(projectId, version);
        Project project = Project.findById(projectId);
        List<FieldError> errors = new ArrayList<>();
        if (!Invitation.exists(projectId, input.buyerCompanyId())) {
            errors.add(new FieldError("buyerCompanyId", "timetable.buyer.notInvited", "The company is not invited to the project"));
        }
        if (Participation.count("projectId = ?1 and firmId = ?2", projectId, input.firmId()) == 0) {
            errors.add(new FieldError("firmId", "timetable.firm.notParticipating", "The firm does not take part in the project"));
        }
        checkSlot(t, input.slot(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        TimetableMeeting.<TimetableMeeting>find("projectId = ?1 and buyerCompanyId = ?2 and firmId = ?3",
                projectId, input.buyerCompanyId(), input.firmId()).firstResultOptional().ifPresent(m -> {
                    throw new ApiException(ProblemType.CONFLICT, "The company and the firm already meet in this timetable",
                            List.of(new FieldError("firmId", "timetable.meeting.exists", "They already meet", Map.of("meetingId", m.id))));
                });
        checkFree(projectId, input.slot(), input.buyerCompanyId(), input.firmId(), null);
        TimetableMeeting meeting = new TimetableMeeting();
        meeting.projectId = projectId;
        meeting.slot = input.slot();
        meeting.buyerCompanyId = input.buyerCompanyId();
        meeting.firmId = input.firmId();
        meeting.persist();
        if (t.state == Timetable.State.PUBLISHED) {
            schedule(t, project, meeting);
        }
        return touched(t);
    }

    @Transactional
    public TimetableDto moveMeeting(long projectId, long meetingId, long version, int slot) {
        Timetable t = changeable(projectId, version);
        TimetableMeeting meeting = meeting(projectId, meetingId);
        List<FieldError> errors = new ArrayList<>();
        checkSlot(t, slot, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        checkFree(projectId, slot, meeting.buyerCompanyId, meeting.firmId, meeting.id);
        meeting.slot = slot;
        if (t.state == Timetable.State.PUBLISHED) {
            TimetableMeeting.flush();
            schedule(t, Project.findById(projectId), meeting);
        }
        return touched(t);
    }

    @Transactional
    public TimetableDto removeMeeting(long projectId, long meetingId, long version) {
        Timetable t = changeable(projectId, version);
        TimetableMeeting meeting = meeting(projectId, meetingId);
        if (t.state == Timetable.State.PUBLISHED && meeting.negotiationId != null) {
            forgetMeeting(meeting.negotiationId, t.slotStartAt(meeting.slot));
        }
        meeting.delete();
        return touched(t);
    }

    /** Buyers see it from now on; every meeting becomes (or stays) a SCHEDULED negotiation at its time. */
    @Transactional
    public TimetableDto publish(long projectId, long version) {
        Timetable t = changeable(projectId, version);
        Project project = Project.findById(projectId);
        for (TimetableMeeting meeting : TimetableMeeting.of(projectId)) {
            schedule(t, project, meeting);
        }
        if (t.state != Timetable.State.PUBLISHED) {
            t.state = Timetable.State.PUBLISHED;
            t.publishedAt = Instant.now();
        }
        return touched(t);
    }

    /**
     * The meeting's negotiation: the one it is linked to, else the open one of the pair, else a new
     * one (introduced by the signed-in user, source TIMETABLE, owned by the firm's advisor). One still
     * INTRODUCED moves to SCHEDULED; a SCHEDULED one gets the meeting's time; one further on keeps
     * its stage. Returns the negotiation's id.
     */
    private long schedule(Timetable t, Project project, TimetableMeeting meeting) {
        Negotiation n = Optional.ofNullable(meeting.negotiationId).<Negotiation>flatMap(id -> Negotiation.findByIdOptional(id))
                .filter(found -> found.stage.isOpen())
                .or(() -> Negotiation.openOf(project.id, meeting.firmId, meeting.buyerCompanyId))
                .orElseGet(() -> {
                    Firm firm = Firm.findById(meeting.firmId);
                    PersonRef owner = firm.advisorSubject == null ? null : new PersonRef(firm.advisorSubject, firm.advisorName);
                    Set<Long> products = picks.candidates(project.id).stream()
                            .filter(c -> c.firmId() == meeting.firmId && c.buyerCompanyId() == meeting.buyerCompanyId)
                            .findFirst().map(IntroductionSource.Candidate::productIds).orElse(Set.of());
                    return negotiations.begin(new NegotiationService.Beginning(project, meeting.firmId, meeting.buyerCompanyId, null,
                            owner, NegotiationSource.TIMETABLE, java.time.LocalDate.now(FiscalYear.JAPAN), null, products, null));
                });
        meeting.negotiationId = n.id;
        Instant at = t.slotStartAt(meeting.slot);
        if (n.stage == NegotiationStage.INTRODUCED) {
            n.meetingAt = at;
            n.meetingPlace = t.venue;
            negotiations.applyMove(n, NegotiationStage.SCHEDULED, "商談会 " + t.heldOn + " " + CLOCK.format(t.slotStart(meeting.slot)), null, null);
        } else if (n.stage == NegotiationStage.SCHEDULED && !at.equals(n.meetingAt)) {
            changeMeeting(n, at, t.venue);
        }
        return n.id;
    }

    /** A published meeting that is gone: its SCHEDULED negotiation loses the meeting time (when it still has that one). */
    private void forgetMeeting(long negotiationId, Instant at) {
        Negotiation.<Negotiation>findByIdOptional(negotiationId)
                .filter(n -> n.stage == NegotiationStage.SCHEDULED && n.meetingAt != null && (at == null || at.equals(n.meetingAt)))
                .ifPresent(n -> changeMeeting(n, null, null));
    }

    private void changeMeeting(Negotiation n, Instant at, String place) {
        Instant now = Instant.now();
        NegotiationEvent event = negotiations.event(n, EventKind.CHANGED, now);
        event.changes = new ArrayList<>(List.of(new FieldChange("meetingAt", Spreadsheet.dateTime(n.meetingAt), Spreadsheet.dateTime(at))));
        if (!Objects.equals(place, n.meetingPlace)) {
            event.changes.add(new FieldChange("meetingPlace", n.meetingPlace, place));
        }
        event.note = "商談会の予定表";
        event.persist();
        n.meetingAt = at;
        n.meetingPlace = place;
        n.touch(now, user.subject());
    }

    // --- the buyer's and the firm's own -----------------------------------------------------

    @Transactional
    public BuyerTimetable ofBuyer(long projectId, long companyId) {
        scope.requireOwnCompany(companyId, () -> ApiException.notFound("Buyer company " + companyId));
        Timetable t = timetable(projectId);
        if (!Invitation.exists(projectId, companyId) || (!user.isStaff() && t.state != Timetable.State.PUBLISHED)) {
            throw ApiException.notFound("Timetable of " + companyId);
        }
        List<TimetableMeeting> meetings = TimetableMeeting.list("projectId = ?1 and buyerCompanyId = ?2 order by slot", projectId, companyId);
        Map<Long, String> firms = Names.FIRM.of(meetings.stream().map(m -> m.firmId).collect(Collectors.toSet()));
        Map<List<Long>, List<ProductRef>> products = pickedProducts(projectId);
        return new BuyerTimetable(projectId, Project.<Project>findById(projectId).title, t.heldOn, t.venue, companyId,
                BuyerCompany.<BuyerCompany>findById(companyId).name,
                meetings.stream().map(m -> new BuyerMeeting(m.slot, CLOCK.format(t.slotStart(m.slot)), CLOCK.format(t.slotEnd(m.slot)),
                        m.firmId, firms.get(m.firmId), products.getOrDefault(List.of(m.buyerCompanyId, m.firmId), List.of()))).toList());
    }

    @Transactional
    public List<CalendarFile.Entry> calendarOf(long projectId, long companyId) {
        BuyerTimetable own = ofBuyer(projectId, companyId);
        Timetable t = timetable(projectId);
        return own.meetings().stream().map(m -> CalendarFile.Entry.timed("timetable-" + projectId + "-" + companyId + "-" + m.firmId(),
                t.slotStartAt(m.slot()), t.slotEndAt(m.slot()), "商談: " + m.firmTradeName(), own.venue(),
                own.projectTitle() + (m.products().isEmpty() ? ""
                        : "\n" + m.products().stream().map(ProductRef::name).collect(Collectors.joining("、"))))).toList();
    }

    @Transactional
    public FirmTimetable ofFirm(long projectId, long firmId) {
        Timetable t = timetable(projectId);
        if (Participation.count("projectId = ?1 and firmId = ?2", projectId, firmId) == 0) {
            throw ApiException.notFound("Timetable of firm " + firmId);
        }
        List<TimetableMeeting> meetings = TimetableMeeting.list("projectId = ?1 and firmId = ?2 order by slot", projectId, firmId);
        Map<Long, String> buyers = Names.BUYER_COMPANY.of(
                meetings.stream().map(m -> m.buyerCompanyId).collect(Collectors.toSet()));
        Map<List<Long>, List<ProductRef>> products = pickedProducts(projectId);
        return new FirmTimetable(projectId, Project.<Project>findById(projectId).title, t.heldOn, t.venue, firmId,
                Firm.<Firm>findById(firmId).tradeName, t.state,
                meetings.stream().map(m -> new FirmMeeting(m.slot, CLOCK.format(t.slotStart(m.slot)), CLOCK.format(t.slotEnd(m.slot)),
                        m.buyerCompanyId, buyers.get(m.buyerCompanyId), products.getOrDefault(List.of(m.buyerCompanyId, m.firmId), List.of())))
                        .toList());
    }

    // --- checks and shapes --------------------------------------------------------------------

    private static Project open(long projectId) {
        Project project = Project.<Project>findByIdOptional(projectId).orElseThrow(() -> ApiException.notFound("Project " + projectId));
        project.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        return project;
    }

    private static Timetable timetable(long projectId) {
        return Timetable.<Timetable>findByIdOptional(projectId).orElseThrow(() -> ApiException.notFound("Timetable of project " + projectId));
    }

    /** 404, then 412 unless the version is current, then 422 when the project is closed. */
    private static Timetable changeable(long projectId, long version) {
        Timetable t = Editable.requireCurrent(timetable(projectId), version);
        open(projectId);
        return t;
    }

    private static TimetableMeeting meeting(long projectId, long meetingId) {
        return TimetableMeeting.<TimetableMeeting>find("id = ?1 and projectId = ?2", meetingId, projectId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Meeting " + meetingId));
    }

    private static void checkSlot(Timetable t, int slot, List<FieldError> errors) {
        if (slot >= t.slotCount) {
            errors.add(new FieldError("slot", "timetable.slot.outOfRange", "No such slot", Map.of("max", t.slotCount - 1)));
        }
    }

    /** 409 naming the meeting that already takes the buyer or the firm in the slot. */
    private static void checkFree(long projectId, int slot, long buyerCompanyId, long firmId, Long self) {
        for (TimetableMeeting other : TimetableMeeting.<TimetableMeeting>list("projectId = ?1 and slot = ?2", projectId, slot)) {
            if (other.id.equals(self)) {
                continue;
            }
            if (other.buyerCompanyId == buyerCompanyId || other.firmId == firmId) {
                boolean buyer = other.buyerCompanyId == buyerCompanyId;
                throw new ApiException(ProblemType.CONFLICT, (buyer ? "The company" : "The firm") + " already has a meeting in this slot",
                        List.of(new FieldError("slot", buyer ? "timetable.slot.buyerBusy" : "timetable.slot.firmBusy",
                                "Already in a meeting then", Map.of("meetingId", other.id))));
            }
        }
    }

    private TimetableDto touched(Timetable t) {
        t.updatedAt = Instant.now();
        t.updatedBy = user.subject();
        return saved(t);
    }

    /** Flushed here so that a concurrent change surfaces as a stale version (412) now. */
    private TimetableDto saved(Timetable t) {
        Timetable.flush();
        return dto(t);
    }

    /** (buyer company, firm) → the products the company picked of the firm in the project. */
    private static Map<List<Long>, List<ProductRef>> pickedProducts(long projectId) {
        List<BuyerPick> all = BuyerPick.list("projectId", projectId);
        Map<Long, String> names = Names.PRODUCT.of(
                all.stream().map(p -> p.productId).collect(Collectors.toSet()));
        Map<List<Long>, List<ProductRef>> products = new HashMap<>();
        all.stream().sorted(Comparator.comparing((BuyerPick p) -> names.get(p.productId)).thenComparing(p -> p.productId))
                .forEach(p -> products.computeIfAbsent(List.of(p.buyerCompanyId, p.firmId), k -> new ArrayList<>())
                        .add(new ProductRef(p.productId, names.get(p.productId))));
        return products;
    }

    private TimetableDto dto(Timetable t) {
        List<TimetableMeeting> meetings = TimetableMeeting.of(t.projectId);
        List<IntroductionSource.Candidate> wanted = picks.candidates(t.projectId);
        Set<Long> companyIds = new HashSet<>();
        Set<Long> firmIds = new HashSet<>();
        meetings.forEach(m -> {
            companyIds.add(m.buyerCompanyId);
            firmIds.add(m.firmId);
        });
        wanted.forEach(c -> {
            companyIds.add(c.buyerCompanyId());
            firmIds.add(c.firmId());
        });
        Map<Long, String> companies = Names.BUYER_COMPANY.of(companyIds);
        Map<Long, String> firms = Names.FIRM.of(firmIds);
        Map<List<Long>, List<ProductRef>> products = pickedProducts(t.projectId);
        Set<List<Long>> met = meetings.stream().map(m -> List.of(m.buyerCompanyId, m.firmId)).collect(Collectors.toSet());
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < t.slotCount; i++) {
            slots.add(new Slot(i, CLOCK.format(t.slotStart(i)), CLOCK.format(t.slotEnd(i))));
        }
        List<Meeting> meetingDtos = meetings.stream()
                .map(m -> new Meeting(m.id, m.slot, CLOCK.format(t.slotStart(m.slot)), CLOCK.format(t.slotEnd(m.slot)),
                        m.buyerCompanyId, companies.get(m.buyerCompanyId), m.firmId, firms.get(m.firmId),
                        products.getOrDefault(List.of(m.buyerCompanyId, m.firmId), List.of()), m.negotiationId))
                .sorted(Comparator.comparingInt(Meeting::slot).thenComparing(Meeting::buyerCompanyName).thenComparingLong(Meeting::id))
                .toList();
        List<Unscheduled> unscheduled = wanted.stream().filter(c -> !met.contains(List.of(c.buyerCompanyId(), c.firmId())))
                .map(c -> new Unscheduled(c.buyerCompanyId(), companies.get(c.buyerCompanyId()), c.firmId(), firms.get(c.firmId()),
                        products.getOrDefault(List.of(c.buyerCompanyId(), c.firmId()), List.of())))
                .toList();
        return new TimetableDto(t.projectId, Project.<Project>findById(t.projectId).title, t.heldOn, t.venue, CLOCK.format(t.startTime),
                CLOCK.format(t.endTime), t.slotMinutes, t.gapMinutes, t.state, NegotiationService.utc(t.publishedAt), slots,
                meetingDtos, unscheduled, t.version, NegotiationService.utc(t.updatedAt));
    }
}
