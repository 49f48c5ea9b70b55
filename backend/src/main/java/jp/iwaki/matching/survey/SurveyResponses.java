package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.buyer.BuyerScope;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FiscalYear;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.survey.SurveyDtos.Form;
import jp.iwaki.matching.survey.SurveyDtos.FormProduct;
import jp.iwaki.matching.survey.SurveyDtos.MySurveyInvitation;
import jp.iwaki.matching.survey.SurveyDtos.PersonRef;
import jp.iwaki.matching.survey.SurveyDtos.ResponseState;
import jp.iwaki.matching.survey.SurveyDtos.ResponseStatus;
import jp.iwaki.matching.survey.SurveyDtos.Submission;

/**
 * Answering a survey, the same way through a link, signed in as the buyer, or by staff from a
 * paper sheet (proxy entry). Every save of a response holds its invitation's lock and names the
 * version it replaces, so two tabs or devices take turns: the second gets 412 and nothing of it
 * is written. A submission writes the submission, the response and the answer rows of the
 * analysis in one transaction.
 */
@ApplicationScoped
public class SurveyResponses {
    private final BuyerScope buyers;

    SurveyResponses(BuyerScope buyers) {
        this.buyers = buyers;
    }

    /** Who answers which invitation: a link's token, the signed-in buyer's invitation, or staff's (proxy). */
    public record Access(ResponseChannel channel, String token, Long invitationId, CurrentUser actor) {
        public static Access link(String token) {
            return new Access(ResponseChannel.LINK, token, null, null);
        }

        public static Access signedIn(long invitationId, CurrentUser buyer) {
            return new Access(ResponseChannel.SIGNED_IN, null, invitationId, buyer);
        }

        public static Access proxy(long invitationId, CurrentUser staff) {
            return new Access(ResponseChannel.PROXY, null, invitationId, staff);
        }
    }

    /** The form with the answers so far; the buyer opening it marks the invitation opened. */
    @Transactional
    public Form form(Access access) {
        SurveyInvitation invitation = resolve(access);
        // The buyer opened it (through its link or signed in); staff reading it do not count.
        if (access.channel() != ResponseChannel.PROXY && invitation.openedAt == null) {
            invitation.openedAt = Instant.now();
            invitation.reach(InvitationStatus.OPENED);
        }
        Survey survey = invitation.survey;
        SurveyResponse response = SurveyResponse.ofInvitation(invitation.id).orElse(null);
        SurveyTemplateVersion version = response == null ? survey.templateVersion
                : SurveyTemplateVersion.findById(response.templateVersionId);
        List<FormProduct> products = version.content.productGrid().isPresent() ? products(survey.project.id) : List.of();
        return new Form(invitation.id, survey.id, survey.title, survey.project.title, survey.project.program, survey.opensOn,
                survey.closesOn, survey.state(), invitation.company.name, invitation.contact.name,
                Language.of(invitation.contact.preferredLanguage), version.id, version.number, version.content, products,
                state(response, invitation), answers(response));
    }

    @Transactional
    public ResponseState saveDraft(Access access, long expectedVersion, Map<String, Answer> given) {
        Write write = begin(access);
        SurveyResponse response = write.response();
        if (expectedVersion != version(response)) {
            // A retry whose answer was lost, with the same answers: it was saved already.
            if (response != null && Objects.equals(check(write, given, false), answers(response))) {
                return state(response, write.invitation());
            }
            throw Etags.stale();
        }
        Map<String, Answer> answers = check(write, given, false);
        response = response != null ? response : create(write, access);
        Instant now = Instant.now();
        // Back to what was submitted: nothing is pending any more.
        boolean asSubmitted = response.status == SurveyResponse.Status.SUBMITTED
                && SurveySubmission.last(response.id).map(last -> last.answers.equals(answers)).orElse(false);
        response.draft = asSubmitted ? null : answers;
        response.draftSavedAt = now;
        saved(response, access, now);
        write.invitation().reach(InvitationStatus.DRAFT);
        return state(response, write.invitation());
    }

    @Transactional
    public ResponseState submit(Access access, long expectedVersion, Map<String, Answer> given) {
        Write write = begin(access);
        SurveyResponse response = write.response();
        if (expectedVersion != version(response)) {
            if (response != null && response.status == SurveyResponse.Status.SUBMITTED && response.draft == null
                    && Objects.equals(check(write, given, true), answers(response))) {
                return state(response, write.invitation());
            }
            throw Etags.stale();
        }
        Map<String, Answer> answers = check(write, given, true);
        response = response != null ? response : create(write, access);
        Instant now = Instant.now();
        SurveySubmission submission = new SurveySubmission();
        submission.responseId = response.id;
        submission.number = response.submissionCount + 1;
        submission.templateVersionId = response.templateVersionId;
        submission.answers = answers;
        submission.channel = access.channel();
        if (access.channel() == ResponseChannel.PROXY) {
            submission.enteredBySubject = access.actor().subject();
            submission.enteredByName = access.actor().displayName();
        }
        submission.submittedAt = now;
        submission.persist();
        response.status = SurveyResponse.Status.SUBMITTED;
        response.submissionCount = submission.number;
        response.submittedAt = now;
        response.draft = null;
        saved(response, access, now);
        SurveyResponse.flush();
        AnswerRows.replace(response, write.products(), answers);
        write.invitation().reach(InvitationStatus.SUBMITTED);
        return state(response, write.invitation());
    }

    /** Every submission of an invitation's response, oldest first. */
    @Transactional
    public List<Submission> submissions(long invitationId) {
        InvitationService.invitation(invitationId);
        return SurveyResponse.ofInvitation(invitationId).map(r -> SurveySubmission.of(r.id)).orElse(List.of()).stream()
                .map(s -> new Submission(s.number, InvitationViews.utc(s.submittedAt), s.channel,
                        s.enteredBySubject == null ? null : new PersonRef(s.enteredBySubject, s.enteredByName),
                        s.templateVersionId, s.answers))
                .toList();
    }

    /** The signed-in buyer's own invitations: those of the contact it signs in as, open surveys first. */
    @Transactional
    public List<MySurveyInvitation> mine(CurrentUser buyer) {
        if (buyers.companyId().isEmpty()) {
            return List.of();
        }
        List<SurveyInvitation> invitations = SurveyInvitation.list("contact.loginSubject = ?1 and company.id = ?2 and revokedAt is null",
                buyer.subject(), buyers.companyId().get());
        Map<Long, SurveyResponse> responses = new LinkedHashMap<>();
        if (!invitations.isEmpty()) {
            SurveyResponse.<SurveyResponse>list("invitationId in ?1", invitations.stream().map(i -> i.id).toList())
                    .forEach(r -> responses.put(r.invitationId, r));
        }
        LocalDate today = LocalDate.now(FiscalYear.JAPAN);
        return invitations.stream()
                .sorted(Comparator.comparing((SurveyInvitation i) -> i.survey.state(today) != SurveyState.OPEN)
                        .thenComparing(i -> i.survey.closesOn, Comparator.reverseOrder()))
                .map(i -> new MySurveyInvitation(i.id, i.survey.id, i.survey.title, i.survey.project.title, i.survey.project.program,
                        i.survey.opensOn, i.survey.closesOn, i.survey.state(today), InvitationViews.response(responses.get(i.id))))
                .toList();
    }

    // --- the steps of a write ---

    private record Write(SurveyInvitation invitation, SurveyResponse response, SurveyContent content, Map<Long, Long> products) {
    }

    /**
     * Resolves who writes what, takes the invitation's lock (and a share of its template version's,
     * against a template edit at the same moment), and checks the survey takes answers now.
     */
    private Write begin(Access access) {
        long invitationId = resolve(access).id;
        SurveyInvitation.lock(invitationId);
        EntityManager em = SurveyInvitation.getEntityManager();
        em.createNativeQuery("select v.id from survey_template_version v join survey s on s.template_version_id = v.id"
                + " join survey_invitation i on i.survey_id = s.id where i.id = ?1 for share of v").setParameter(1, invitationId).getResultList();
        SurveyInvitation invitation = InvitationService.invitation(invitationId);
        em.refresh(invitation);
        Survey survey = invitation.survey;
        switch (survey.state()) {
            case SCHEDULED -> throw ApiException.readOnly("opensOn", "survey.notOpenYet", "The survey opens on " + survey.opensOn);
            case CLOSED -> throw ApiException.readOnly("closesOn", "survey.closed", "The survey is closed");
            case OPEN -> { }
        }
        if (invitation.isRevoked()) {
            throw ApiException.readOnly("revoked", "survey.invitation.revoked", "The invitation is revoked");
        }
        SurveyResponse response = SurveyResponse.ofInvitation(invitationId).orElse(null);
        long versionId = response == null ? survey.templateVersion.id : response.templateVersionId;
        SurveyTemplateVersion version = SurveyTemplateVersion.findById(versionId);
        em.refresh(version);
        return new Write(invitation, response, version.content, productFirms(survey.project.id));
    }

    private static Map<String, Answer> check(Write write, Map<String, Answer> given, boolean submission) {
        return AnswerRules.check(write.content(), write.products(), given, submission);
    }

    /** The first save of an invitation's response; version 0 until this save counts it. */
    private static SurveyResponse create(Write write, Access access) {
        SurveyResponse response = new SurveyResponse();
        response.invitationId = write.invitation().id;
        response.surveyId = write.invitation().survey.id;
        response.templateVersionId = write.invitation().survey.templateVersion.id;
        response.channel = access.channel();
        response.createdAt = response.updatedAt = Instant.now();
        response.version = 0;
        response.persist();
        return response;
    }

    private static void saved(SurveyResponse response, Access access, Instant now) {
        response.channel = access.channel();
        if (access.channel() == ResponseChannel.PROXY) {
            response.proxySubject = access.actor().subject();
            response.proxyName = access.actor().displayName();
            response.proxyAt = now;
        }
        response.updatedAt = now;
        response.version++;
    }

    /** The invitation the access names, or 404/410 as the channel's rules say. */
    private SurveyInvitation resolve(Access access) {
        return switch (access.channel()) {
            case LINK -> LinkService.open(access.token());
            case SIGNED_IN -> {
                SurveyInvitation invitation = SurveyInvitation.<SurveyInvitation>findByIdOptional(access.invitationId())
                        .filter(i -> !i.isRevoked() && access.actor().subject().equals(i.contact.loginSubject))
                        .orElseThrow(() -> ApiException.notFound("Invitation " + access.invitationId()));
                buyers.requireOwnCompany(invitation.company.id, () -> ApiException.notFound("Invitation " + access.invitationId()));
                yield invitation;
            }
            case PROXY -> InvitationService.invitation(access.invitationId());
        };
    }

    // --- reading ---

    private static long version(SurveyResponse response) {
        return response == null ? 0 : response.version;
    }

    /** The draft when there is one, else the last submission, else nothing. */
    private static Map<String, Answer> answers(SurveyResponse response) {
        if (response == null) {
            return Map.of();
        }
        if (response.draft != null) {
            return response.draft;
        }
        return SurveySubmission.last(response.id).map(s -> s.answers).orElse(Map.of());
    }

    static ResponseState state(SurveyResponse response, SurveyInvitation invitation) {
        boolean editable = invitation.survey.state() == SurveyState.OPEN && !invitation.isRevoked();
        if (response == null) {
            return new ResponseState(ResponseStatus.NONE, 0, null, null, 0, false, editable, null, null);
        }
        return new ResponseState(ResponseStatus.valueOf(response.status.name()), response.version, InvitationViews.utc(response.updatedAt),
                InvitationViews.utc(response.submittedAt), response.submissionCount,
                response.status == SurveyResponse.Status.SUBMITTED && response.draft != null, editable,
                InvitationViews.proxy(response), InvitationViews.utc(response.proxyAt));
    }

    /** The project's products for the grid: by firm reading, then product reading. */
    private static List<FormProduct> products(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SurveyInvitation.getEntityManager().createNativeQuery(
                "select p.id, p.name, f.id, f.trade_name, p.category, p.content_volume, p.price_yen, p.tax_included"
                        + " from project_firm_product pfp join product p on p.id = pfp.product_id join firm f on f.id = pfp.firm_id"
                        + " where pfp.project_id = ?1 order by f.trade_name_kana, f.id, p.name_kana, p.id")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(r -> new FormProduct(Rows.id(r[0]), (String) r[1], Rows.id(r[2]), (String) r[3], (String) r[4],
                (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), Rows.flag(r[7]))).toList();
    }

    /** The project's products, each with its firm: what a grid may rate. */
    private static Map<Long, Long> productFirms(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SurveyInvitation.getEntityManager()
                .createNativeQuery("select product_id, firm_id from project_firm_product where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        Map<Long, Long> products = new LinkedHashMap<>();
        rows.forEach(r -> products.put(Rows.id(r[0]), Rows.id(r[1])));
        return products;
    }
}
