package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.project.Invitation;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.survey.SurveyDtos.InvitationIssue;
import jp.iwaki.matching.survey.SurveyDtos.InvitationSheet;
import jp.iwaki.matching.survey.SurveyDtos.IssuedInvitations;
import jp.iwaki.matching.survey.SurveyDtos.SheetRequest;

/**
 * Invitations of buyer contacts to a survey and the links that open them. A link's raw token
 * exists only in the answer (or mail) that issues it; the database keeps its hash. Revoking
 * ends every link; re-issuing replaces them with one new link.
 */
@ApplicationScoped
public class InvitationService {
    private static final Sorting SORTS = Sorting.defaultingTo("company")
            .by("company", "company.nameKana", "contact.nameKana")
            .by("status", "statusRank", "company.nameKana");

    private final IwakiConfig config;
    private final AuditTrail audit;

    InvitationService(IwakiConfig config, AuditTrail audit) {
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public Page<SurveyDtos.Invitation> list(long surveyId, InvitationQuery query, Paging paging) {
        SurveyService.survey(surveyId);
        ListQuery<SurveyInvitation> list = ListQuery.of(SurveyInvitation.class, SORTS, query.sort())
                .where("survey.id = :survey", "survey", surveyId)
                .equal("status", query.status());
        if (query.revoked() != null) {
            list.where(query.revoked() ? "revokedAt is not null" : "revokedAt is null");
        }
        String key = JapaneseText.searchKey(query.q());
        if (!key.isEmpty()) {
            list.where("(company.searchKey like :q escape '\\' or lower(replace(contact.name, ' ', '')) like :q escape '\\'"
                    + " or replace(contact.nameKana, ' ', '') like :q escape '\\')", "q", JapaneseText.containsPattern(key));
        }
        return list.pageOf(paging, InvitationViews::of);
    }

    @Transactional
    public SurveyDtos.Invitation find(long id) {
        return InvitationViews.one(invitation(id), true);
    }

    /** Invites the project's expected contacts (all, or those named) who are not invited yet. */
    @Transactional
    public IssuedInvitations issue(long surveyId, InvitationIssue input, CurrentUser actor) {
        Survey survey = SurveyService.survey(surveyId);
        requireNotClosed(survey);
        // Two coordinators issuing at once take turns, so nobody is invited twice.
        Survey.getEntityManager().createNativeQuery("select id from survey where id = ?1 for no key update")
                .setParameter(1, surveyId).getResultList();
        Map<Long, Long> expected = new LinkedHashMap<>();
        for (Invitation invited : Invitation.ofProject(survey.project.id)) {
            invited.contactIds.forEach(contact -> expected.put(contact, invited.buyerCompanyId));
        }
        List<Long> asked;
        if (input == null || input.contactIds() == null) {
            asked = List.copyOf(expected.keySet());
        } else {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < input.contactIds().size(); i++) {
                if (!expected.containsKey(input.contactIds().get(i))) {
                    errors.add(new FieldError("contactIds[" + i + "]", "survey.invitation.contactNotExpected",
                            "The project does not expect this contact", Map.of("contactId", input.contactIds().get(i))));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            asked = List.copyOf(new LinkedHashSet<>(input.contactIds()));
        }
        Set<Long> invited = new HashSet<>(SurveyInvitation.getEntityManager()
                .createQuery("select i.contact.id from SurveyInvitation i where i.survey.id = ?1", Long.class)
                .setParameter(1, surveyId).getResultList());
        Instant now = Instant.now();
        List<SurveyInvitation> created = new ArrayList<>();
        for (Long contactId : asked) {
            if (invited.contains(contactId)) {
                continue;
            }
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.survey = survey;
            invitation.contact = BuyerContact.findById(contactId);
            invitation.company = invitation.contact.company;
            invitation.createdAt = now;
            invitation.createdBy = actor.subject();
            invitation.persist();
            created.add(invitation);
        }
        if (!created.isEmpty()) {
            audit.record(survey, AuditAction.UPDATE, actor, List.of(new FieldChange("invitations", null,
                    created.stream().map(i -> i.contact.name).collect(Collectors.joining("、")))));
        }
        SurveyInvitation.flush();
        return new IssuedInvitations(InvitationViews.of(created), asked.size() - created.size());
    }

    @Transactional
    public SurveyDtos.Invitation revoke(long id, CurrentUser actor) {
        SurveyInvitation.lock(id);
        SurveyInvitation invitation = invitation(id);
        if (!invitation.isRevoked()) {
            Instant now = Instant.now();
            invitation.revokedAt = now;
            SurveyLink.endAll(id, SurveyLink.EndReason.REVOKED, now);
            audit.record(invitation.survey, AuditAction.UPDATE, actor,
                    List.of(new FieldChange("invitations[" + id + "].revoked", null, invitation.contact.name)));
        }
        return InvitationViews.one(invitation, true);
    }

    /** Ends every link of the invitation and answers with one new one; a revoked invitation becomes active again. */
    @Transactional
    public InvitationSheet reissue(long id, CurrentUser actor) {
        SurveyInvitation.lock(id);
        SurveyInvitation invitation = invitation(id);
        requireNotClosed(invitation.survey);
        Instant now = Instant.now();
        SurveyLink.endAll(id, SurveyLink.EndReason.REPLACED, now);
        if (invitation.isRevoked()) {
            audit.record(invitation.survey, AuditAction.UPDATE, actor,
                    List.of(new FieldChange("invitations[" + id + "].revoked", invitation.contact.name, null)));
            invitation.revokedAt = null;
        }
        return sheet(invitation, newLink(invitation, SurveyLink.Purpose.REISSUE, actor));
    }

    /** A new link for each invitation named, for printed sheets; the links already out keep working. */
    @Transactional
    public List<InvitationSheet> sheets(long surveyId, SheetRequest request, CurrentUser actor) {
        Survey survey = SurveyService.survey(surveyId);
        requireNotClosed(survey);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(request.invitationIds()));
        Map<Long, SurveyInvitation> found = SurveyInvitation.<SurveyInvitation>list("id in ?1 and survey.id = ?2", ids, surveyId)
                .stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.invitationIds().size(); i++) {
            SurveyInvitation invitation = found.get(request.invitationIds().get(i));
            if (invitation == null) {
                errors.add(new FieldError("invitationIds[" + i + "]", "survey.invitation.unknown", "Not an invitation of this survey"));
            } else if (invitation.isRevoked()) {
                errors.add(new FieldError("invitationIds[" + i + "]", "survey.invitation.revoked", "The invitation is revoked"));
            }
        }
        if (errors.stream().anyMatch(e -> e.key().equals("survey.invitation.unknown"))) {
            throw ApiException.invalid(errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Revoked invitations get no links; re-issue them first", errors);
        }
        return ids.stream().map(id -> sheet(found.get(id), newLink(found.get(id), SurveyLink.Purpose.SHEET, actor))).toList();
    }

    /** A link just issued: its row and its raw token, which exists nowhere else. */
    record NewLink(long id, String token) {
    }

    /** Issues a new active link of the invitation; the raw token is only in the result. */
    NewLink newLink(SurveyInvitation invitation, SurveyLink.Purpose purpose, CurrentUser actor) {
        LinkTokens.Issued issued = LinkTokens.issue();
        SurveyLink link = new SurveyLink();
        link.invitationId = invitation.id;
        link.tokenHash = issued.hash();
        link.purpose = purpose;
        link.createdAt = Instant.now();
        link.createdBy = actor == null ? null : actor.subject();
        link.persist();
        return new NewLink(link.id, issued.token());
    }

    String url(String token) {
        String base = config.survey().linkBaseUrl();
        return base.endsWith("/") ? base + token : base + "/" + token;
    }

    private InvitationSheet sheet(SurveyInvitation invitation, NewLink issued) {
        Survey survey = invitation.survey;
        return new InvitationSheet(invitation.id, url(issued.token()), issued.token(), InvitationViews.utc(survey.linksExpireAt()),
                invitation.contact.name, invitation.company.name, Language.of(invitation.contact.preferredLanguage), survey.title,
                survey.project.title, survey.closesOn);
    }

    static void requireNotClosed(Survey survey) {
        if (survey.state() == SurveyState.CLOSED) {
            throw ApiException.readOnly("closesOn", "survey.closed", "The survey is closed");
        }
    }

    static SurveyInvitation invitation(long id) {
        return SurveyInvitation.<SurveyInvitation>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Invitation " + id));
    }
}
