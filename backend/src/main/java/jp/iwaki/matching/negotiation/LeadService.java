package jp.iwaki.matching.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.firm.Firm;
import jp.iwaki.matching.negotiation.LeadDtos.Input;
import jp.iwaki.matching.negotiation.LeadDtos.Lead;
import jp.iwaki.matching.negotiation.NegotiationDtos.PersonRef;
import jp.iwaki.matching.project.Project;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;

/**
 * Leads captured at a trade-show booth. A lead finds or registers the buyer company (by its
 * normalised name) and contact (by e-mail, else by name in the company) and puts the firm ×
 * company negotiation of the project in MET. The client's id makes it idempotent: a lead sent
 * again after a lost connection answers the first result and writes nothing.
 */
@ApplicationScoped
public class LeadService {
    private static final Sorting SORTS = Sorting.defaultingTo("-capturedAt").by("capturedAt", "capturedAt");

    /** The first result (replayed) or a new one (created). */
    public record Captured(Lead lead, boolean created) {
    }

    private final CurrentUser user;
    private final NegotiationService negotiations;
    private final AuditTrail audit;
    private final ObjectMapper json;

    LeadService(CurrentUser user, NegotiationService negotiations, AuditTrail audit, ObjectMapper json) {
        this.user = user;
        this.negotiations = negotiations;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public Page<Lead> list(Long projectId, boolean mine, Paging paging) {
        return ListQuery.of(TradeShowLead.class, SORTS, null)
                .equal("projectId", projectId)
                .where("capturedBySubject = :me", "me", mine ? user.subject() : null)
                .page(paging, this::lead);
    }

    @Transactional
    public Captured capture(Input input) {
        // One lead id at a time: a resend racing the first send waits for it and then finds it.
        TradeShowLead.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as locked")
                .setParameter(1, input.clientId().toString()).getSingleResult();
        String fingerprint = fingerprint(input);
        Optional<TradeShowLead> earlier = TradeShowLead.findByIdOptional(input.clientId());
        if (earlier.isPresent()) {
            if (!earlier.get().payloadSha256.equals(fingerprint)) {
                throw new ApiException(ProblemType.CONFLICT, "Another lead was sent under this id",
                        List.of(new FieldError("clientId", "lead.clientId.reused", "This id belongs to another lead")));
            }
            return new Captured(lead(earlier.get()), false);
        }
        Project project = NegotiationService.openProject(input.projectId(), "projectId");
        Firm firm = NegotiationService.firm(input.firmId(), project, "firmId");
        List<FieldError> errors = new ArrayList<>();
        NegotiationService.checkProducts(input.productIds(), firm.id, "productIds", errors);
        LocalDate capturedOn = input.capturedAt().atZoneSameInstant(FiscalYear.JAPAN).toLocalDate();
        NegotiationService.checkNotFuture(capturedOn, "capturedAt", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // As PostgreSQL keeps it (microseconds), so that a replay answers exactly what the first send did.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<BuyerContact> byEmail = contactByEmail(input.person().email());
        BuyerCompany company = byEmail.map(c -> c.company).or(() -> companyByName(input.company().name()))
                .orElse(null);
        boolean companyMatched = company != null;
        if (company == null) {
            company = registerCompany(input.company(), now);
        }
        BuyerCompany owner = company;
        BuyerContact contact = byEmail.or(() -> contactByName(owner.id, input.person().name())).orElse(null);
        boolean contactMatched = contact != null;
        if (contact == null) {
            contact = registerContact(company, input.person(), now);
        }
        Negotiation negotiation = meet(project, firm, company, contact, input, capturedOn);
        TradeShowLead lead = new TradeShowLead();
        lead.clientId = input.clientId();
        lead.projectId = project.id;
        lead.firmId = firm.id;
        lead.buyerCompanyId = company.id;
        lead.buyerContactId = contact.id;
        lead.negotiationId = negotiation.id;
        lead.companyMatched = companyMatched;
        lead.contactMatched = contactMatched;
        lead.interest = input.interest();
        lead.payloadSha256 = fingerprint;
        lead.capturedAt = input.capturedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        lead.capturedBySubject = user.subject();
        lead.capturedByName = user.displayName();
        lead.receivedAt = now;
        lead.persist();
        return new Captured(lead(lead), true);
    }

    /**
     * The open negotiation of the firm and company in the project, now in MET: a new one (CAPTURED,
     * owned by the capturing advisor, else the firm's), or one still INTRODUCED or SCHEDULED moved to
     * MET; one already further on gets the lead as a visit follow-up.
     */
    private Negotiation meet(Project project, Firm firm, BuyerCompany company, BuyerContact contact, Input input, LocalDate capturedOn) {
        String note = note(input);
        Optional<Negotiation> open = Negotiation.openOf(project.id, firm.id, company.id);
        if (open.isEmpty()) {
            PersonRef owner = user.hasRole(Roles.ADVISOR) ? new PersonRef(user.subject(), user.displayName())
                    : firm.advisorSubject == null ? null : new PersonRef(firm.advisorSubject, firm.advisorName);
            return negotiations.begin(new NegotiationService.Beginning(project, firm.id, company.id, contact.id, owner,
                    NegotiationSource.LEAD, capturedOn, input.interest(), input.productIds(), note));
        }
        Negotiation n = open.get();
        if (n.buyerContactId == null) {
            n.buyerContactId = contact.id;
        }
        if (n.interest == null) {
            n.interest = input.interest();
        }
        if (input.productIds() != null) {
            n.productIds.addAll(input.productIds());
        }
        if (n.stage.mayMoveTo(NegotiationStage.MET)) {
            negotiations.applyMove(n, NegotiationStage.MET, note, null, null);
        } else {
            FollowUp followUp = new FollowUp();
            followUp.negotiationId = n.id;
            followUp.heldOn = capturedOn;
            followUp.channel = FollowUpChannel.VISIT;
            followUp.note = note == null ? "展示会で商談" : note;
            followUp.recordedAt = Instant.now();
            followUp.recordedBySubject = user.subject();
            followUp.recordedByName = user.displayName();
            followUp.persist();
            n.touch(followUp.recordedAt, user.subject());
        }
        return n;
    }

    private static String note(Input input) {
        List<String> parts = new ArrayList<>();
        if (input.interest() != null) {
            parts.add("関心: " + input.interest());
        }
        if (input.note() != null) {
            parts.add(input.note());
        }
        String joined = String.join("\n", parts);
        return joined.isEmpty() ? null : joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    private static Optional<BuyerContact> contactByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return BuyerContact.<BuyerContact>find("lower(email) = ?1 and company.archivedAt is null order by id",
                email.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * The registered company whose name reads the same once folded and without its company form; the
     * oldest if several. PostgreSQL narrows them down by the search key without its forms (wherever
     * they stand in the registered name), the rule itself decides.
     */
    @SuppressWarnings("unchecked")
    private static Optional<BuyerCompany> companyByName(String name) {
        String key = CompanyNames.matchKey(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Number> ids = BuyerCompany.getEntityManager().createNativeQuery("""
                        select id from buyer_company
                        where archived_at is null and regexp_replace(search_key, ?1, '', 'g') like ?2 escape '\\'
                        order by id""")
                .setParameter(1, CompanyNames.formsPattern()).setParameter(2, JapaneseText.containsPattern(key)).getResultList();
        return ids.stream().map(id -> BuyerCompany.<BuyerCompany>findById(id.longValue()))
                .filter(c -> CompanyNames.matchKey(c.name).equals(key)).findFirst();
    }

    private static Optional<BuyerContact> contactByName(long companyId, String name) {
        String key = CompanyNames.personKey(name);
        return BuyerContact.ofCompany(companyId).stream().filter(c -> CompanyNames.personKey(c.name).equals(key)).findFirst();
    }

    private BuyerCompany registerCompany(LeadDtos.CompanyInput input, Instant now) {
        BuyerCompany company = new BuyerCompany();
        company.name = input.name();
        company.nameKana = Objects.requireNonNullElse(input.nameKana(), "");
        company.type = Objects.requireNonNullElse(input.type(), BuyerType.OTHER);
        company.region = Objects.requireNonNullElse(input.region(), Region.TOKYO_AREA);
        company.createdAt = company.updatedAt = now;
        company.createdBy = company.updatedBy = user.subject();
        company.persist();
        audit.created(company, user);
        return company;
    }

    private BuyerContact registerContact(BuyerCompany company, LeadDtos.PersonInput input, Instant now) {
        BuyerContact contact = new BuyerContact();
        contact.company = company;
        contact.name = input.name();
        contact.nameKana = Objects.requireNonNullElse(input.nameKana(), "");
        contact.department = input.department();
        contact.email = input.email();
        contact.phone = input.phone();
        contact.createdAt = contact.updatedAt = now;
        contact.persist();
        BuyerContact.flush();
        audit.record(contact, AuditAction.UPDATE, user, AuditTrail.changes(java.util.Map.of(), contact.auditSnapshot()));
        return contact;
    }

    /** The lead as the client sent it (after the API's normalising), hashed. */
    private String fingerprint(Input input) {
        try {
            byte[] bytes = json.writeValueAsString(input).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Lead lead(TradeShowLead lead) {
        Firm firm = Firm.findById(lead.firmId);
        BuyerCompany company = BuyerCompany.findById(lead.buyerCompanyId);
        BuyerContact contact = BuyerContact.findById(lead.buyerContactId);
        return new Lead(lead.clientId, lead.projectId, lead.firmId, firm.tradeName, lead.buyerCompanyId, company.name,
                lead.buyerContactId, contact.name, lead.negotiationId, lead.companyMatched, lead.contactMatched, lead.interest,
                NegotiationService.utc(lead.capturedAt), new PersonRef(lead.capturedBySubject, lead.capturedByName),
                NegotiationService.utc(lead.receivedAt));
    }
}
