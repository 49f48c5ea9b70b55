package jp.iwaki.matching.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.iwaki.matching.survey.SurveyDtos.Invitation;
import jp.iwaki.matching.survey.SurveyDtos.InvitationResponse;
import jp.iwaki.matching.survey.SurveyDtos.Mail;
import jp.iwaki.matching.survey.SurveyDtos.MailFailure;
import jp.iwaki.matching.survey.SurveyDtos.PersonRef;
import jp.iwaki.matching.survey.SurveyDtos.ResponseStatus;

/** Invitations as staff see them, a page at a time: what they need is read in one query per kind, not per row. */
final class InvitationViews {
    private InvitationViews() {
    }

    static Invitation one(SurveyInvitation invitation, boolean withMails) {
        Invitation view = of(List.of(invitation)).get(0);
        if (!withMails) {
            return view;
        }
        List<Mail> mails = SurveyMail.of(invitation.id).stream().map(InvitationViews::mail).toList();
        return new Invitation(view.id(), view.surveyId(), view.contactId(), view.contactName(), view.contactEmail(), view.buyerCompanyId(),
                view.buyerCompanyName(), view.language(), view.status(), view.revoked(), view.revokedAt(), view.sentAt(),
                view.lastReminderAt(), view.openedAt(), view.lastFailure(), view.activeLinks(), view.response(), mails);
    }

    static List<Invitation> of(List<SurveyInvitation> invitations) {
        if (invitations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = invitations.stream().map(i -> i.id).toList();
        Map<Long, SurveyResponse> responses = SurveyResponse.<SurveyResponse>list("invitationId in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.invitationId, r -> r));
        Map<Long, Long> links = new HashMap<>();
        SurveyLink.getEntityManager().createQuery("select l.invitationId, count(l) from SurveyLink l where l.invitationId in ?1"
                + " and l.endedAt is null group by l.invitationId", Object[].class).setParameter(1, ids).getResultList()
                .forEach(r -> links.put((Long) r[0], (Long) r[1]));
        Map<Long, MailFailure> failures = lastFailures(ids);
        return invitations.stream().map(i -> {
            SurveyResponse response = responses.get(i.id);
            return new Invitation(i.id, i.survey.id, i.contact.id, i.contact.name, i.contact.email, i.company.id, i.company.name,
                    Language.of(i.contact.preferredLanguage), i.status, i.isRevoked(), utc(i.revokedAt), utc(i.sentAt),
                    utc(i.lastReminderAt), utc(i.openedAt), failures.get(i.id), links.getOrDefault(i.id, 0L).intValue(),
                    response(response), null);
        }).toList();
    }

    /** The last mail of each invitation, when it failed: the reason the coordinator should see. */
    private static Map<Long, MailFailure> lastFailures(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SurveyMail.getEntityManager().createNativeQuery(
                "select distinct on (invitation_id) invitation_id, kind, status, attempted_at, error from survey_mail"
                        + " where invitation_id in (:ids) order by invitation_id, attempted_at desc, id desc")
                .setParameter("ids", ids).getResultList();
        Map<Long, MailFailure> failures = new HashMap<>();
        for (Object[] row : rows) {
            if ("FAILED".equals(row[2])) {
                failures.put(Rows.id(row[0]), new MailFailure(SurveyMail.Kind.valueOf((String) row[1]),
                        utc(Rows.instant(row[3])), (String) row[4]));
            }
        }
        return failures;
    }

    static InvitationResponse response(SurveyResponse response) {
        if (response == null) {
            return new InvitationResponse(ResponseStatus.NONE, null, 0, null, null);
        }
        return new InvitationResponse(ResponseStatus.valueOf(response.status.name()), utc(response.submittedAt),
                response.submissionCount, response.channel, proxy(response));
    }

    static PersonRef proxy(SurveyResponse response) {
        return response.proxySubject == null ? null : new PersonRef(response.proxySubject, response.proxyName);
    }

    static Mail mail(SurveyMail mail) {
        return new Mail(mail.id, mail.kind, mail.recipient, mail.language, mail.status, utc(mail.attemptedAt), mail.error,
                mail.sentBySubject == null ? null : new PersonRef(mail.sentBySubject, mail.sentByName));
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
