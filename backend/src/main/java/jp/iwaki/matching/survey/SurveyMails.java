package jp.iwaki.matching.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.mail.MailFailure;
import jp.iwaki.matching.mail.MailSender;
import jp.iwaki.matching.mail.MailTemplates;
import jp.iwaki.matching.mail.OutgoingMail;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.survey.SurveyDtos.MailReport;
import jp.iwaki.matching.survey.SurveyDtos.SkipReason;

/**
 * The invitation and reminder mails. Each mail goes in three steps: a short transaction claims
 * it (the rules, a new link, the mail recorded as SENDING), the mail server is asked with no
 * transaction open, and a second short transaction records the outcome. A mail server that is
 * down or slow therefore holds no locks; its failure is recorded with the reason and the
 * invitation stays as it was, so sending can simply be tried again.
 */
@ApplicationScoped
public class SurveyMails {
    /** A claim left SENDING longer than this (the API stopped mid-send) no longer blocks a new invitation mail. */
    private static final Duration STALE_SENDING = Duration.ofMinutes(10);
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private final InvitationService invitations;
    private final MailSender sender;
    private final MailTemplates templates;
    private final IwakiConfig config;

    SurveyMails(InvitationService invitations, MailSender sender, MailTemplates templates, IwakiConfig config) {
        this.invitations = invitations;
        this.sender = sender;
        this.templates = templates;
        this.config = config;
    }

    /** A mail claimed and ready to go, or the reason it is not sent. */
    private record Claim(Long mailId, Long linkId, OutgoingMail mail, SkipReason skipped, Instant lastReminderAt) {
        static Claim skip(SkipReason reason) {
            return new Claim(null, null, null, reason, null);
        }
    }

    /** Sends the invitation mail to one contact (again), with a new link; 503 when the mail server fails. */
    public SurveyDtos.Invitation sendOne(long invitationId, CurrentUser actor) {
        Claim claim = QuarkusTransaction.requiringNew().call(() -> {
            SurveyInvitation.lock(invitationId);
            SurveyInvitation invitation = InvitationService.invitation(invitationId);
            InvitationService.requireNotClosed(invitation.survey);
            if (invitation.isRevoked()) {
                throw ApiException.readOnly("revoked", "survey.invitation.revoked", "The invitation is revoked; re-issue it first");
            }
            if (blank(invitation.contact.email)) {
                throw ApiException.readOnly("contactEmail", "survey.invitation.noEmail", "The contact has no e-mail address");
            }
            return claim(invitation, SurveyMail.Kind.INVITATION, actor);
        });
        Optional<String> failure = deliver(claim);
        if (failure.isPresent()) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The mail server did not take the mail; it was recorded, try again later",
                    List.of(new FieldError("mail", "mail.unavailable", failure.get())));
        }
        return QuarkusTransaction.requiringNew().call(() -> InvitationViews.one(InvitationService.invitation(invitationId), true));
    }

    /** Sends the invitation mail to every invitation of the survey that has not had one. */
    public MailReport sendAll(long surveyId, CurrentUser actor) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            InvitationService.requireNotClosed(SurveyService.survey(surveyId));
            return invitationIds(surveyId);
        });
        return each(ids, id -> {
            SurveyInvitation invitation = InvitationService.invitation(id);
            if (invitation.isRevoked()) {
                return Claim.skip(SkipReason.REVOKED);
            }
            if (blank(invitation.contact.email)) {
                return Claim.skip(SkipReason.NO_EMAIL);
            }
            if (invitation.sentAt != null || SurveyMail.count("invitationId = ?1 and kind = ?2 and status = ?3 and attemptedAt > ?4",
                    id, SurveyMail.Kind.INVITATION, SurveyMail.Status.SENDING, Instant.now().minus(STALE_SENDING)) > 0) {
                return Claim.skip(SkipReason.ALREADY_SENT);
            }
            return claim(invitation, SurveyMail.Kind.INVITATION, actor);
        });
    }

    /**
     * Reminds every contact of the survey who has not submitted, at most once per reminder
     * interval (a day) per contact whatever the survey: the check and the claim happen under a
     * lock per contact, so two coordinators pressing at once send one reminder, not two.
     */
    public MailReport remind(long surveyId, CurrentUser actor) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            InvitationService.requireNotClosed(SurveyService.survey(surveyId));
            return invitationIds(surveyId);
        });
        return each(ids, id -> {
            SurveyInvitation invitation = InvitationService.invitation(id);
            if (invitation.isRevoked()) {
                return Claim.skip(SkipReason.REVOKED);
            }
            if (invitation.status == InvitationStatus.SUBMITTED) {
                return Claim.skip(SkipReason.SUBMITTED);
            }
            if (blank(invitation.contact.email)) {
                return Claim.skip(SkipReason.NO_EMAIL);
            }
            if (invitation.status == InvitationStatus.NOT_SENT) {
                return Claim.skip(SkipReason.NOT_SENT);
            }
            SurveyMail.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(30, cast(?1 % 2147483647 as integer))")
                    .setParameter(1, invitation.contact.id).getSingleResult();
            Instant last = SurveyMail.getEntityManager().createQuery("select max(m.attemptedAt) from SurveyMail m where m.contactId = ?1"
                    + " and m.kind = jp.iwaki.matching.survey.SurveyMail.Kind.REMINDER"
                    + " and m.status <> jp.iwaki.matching.survey.SurveyMail.Status.FAILED", Instant.class)
                    .setParameter(1, invitation.contact.id).getSingleResult();
            if (last != null && last.isAfter(Instant.now().minus(config.survey().reminderInterval()))) {
                return new Claim(null, null, null, SkipReason.REMINDED_WITHIN_DAY, last);
            }
            return claim(invitation, SurveyMail.Kind.REMINDER, actor);
        });
    }

    private interface Claimer {
        Claim claim(long invitationId);
    }

    private MailReport each(List<Long> ids, Claimer claimer) {
        List<Long> sent = new ArrayList<>();
        List<MailReport.Failed> failed = new ArrayList<>();
        List<MailReport.Skipped> skipped = new ArrayList<>();
        for (Long id : ids) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> {
                SurveyInvitation.lock(id);
                return claimer.claim(id);
            });
            if (claim.skipped() != null) {
                skipped.add(new MailReport.Skipped(id, claim.skipped(), InvitationViews.utc(claim.lastReminderAt())));
                continue;
            }
            deliver(claim).ifPresentOrElse(error -> failed.add(new MailReport.Failed(id, error)), () -> sent.add(id));
        }
        return new MailReport(sent, failed, skipped);
    }

    /** Records the mail (SENDING) with a new link of its own, and renders it in the contact's language. */
    private Claim claim(SurveyInvitation invitation, SurveyMail.Kind kind, CurrentUser actor) {
        InvitationService.NewLink link = invitations.newLink(invitation,
                kind == SurveyMail.Kind.INVITATION ? SurveyLink.Purpose.INVITATION : SurveyLink.Purpose.REMINDER, actor);
        Language language = Language.of(invitation.contact.preferredLanguage);
        SurveyMail mail = new SurveyMail();
        mail.invitationId = invitation.id;
        mail.contactId = invitation.contact.id;
        mail.kind = kind;
        mail.recipient = invitation.contact.email;
        mail.language = language;
        mail.status = SurveyMail.Status.SENDING;
        mail.attemptedAt = Instant.now();
        mail.sentBySubject = actor.subject();
        mail.sentByName = actor.displayName();
        mail.persist();
        Survey survey = invitation.survey;
        Map<String, Object> data = Map.of(
                "contactName", invitation.contact.name,
                "companyName", invitation.company.name,
                "surveyTitle", survey.title,
                "projectTitle", survey.project.title,
                "closesOn", date(survey.closesOn, language),
                "url", invitations.url(link.token()));
        String template = kind == SurveyMail.Kind.INVITATION ? "survey-invitation" : "survey-reminder";
        return new Claim(mail.id, link.id(), templates.render(template, language.name(), invitation.contact.email, data), null, null);
    }

    /** Asks the mail server, then records the outcome; the reason when it failed. */
    private Optional<String> deliver(Claim claim) {
        String error = null;
        try {
            sender.send(claim.mail());
        } catch (MailFailure e) {
            error = e.getMessage();
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            SurveyMail mail = SurveyMail.findById(claim.mailId());
            SurveyInvitation.lock(mail.invitationId);
            SurveyInvitation invitation = InvitationService.invitation(mail.invitationId);
            if (failure == null) {
                mail.status = SurveyMail.Status.SENT;
                if (mail.kind == SurveyMail.Kind.INVITATION && invitation.sentAt == null) {
                    invitation.sentAt = Instant.now();
                }
                if (mail.kind == SurveyMail.Kind.REMINDER) {
                    invitation.lastReminderAt = Instant.now();
                }
                invitation.reach(InvitationStatus.SENT);
            } else {
                mail.status = SurveyMail.Status.FAILED;
                mail.error = failure.isBlank() ? "unknown" : failure;
                // The link never reached anybody: it must not open the invitation.
                SurveyLink.deleteById(claim.linkId());
            }
        });
        return Optional.ofNullable(error);
    }

    private static List<Long> invitationIds(long surveyId) {
        return SurveyInvitation.getEntityManager()
                .createQuery("select i.id from SurveyInvitation i where i.survey.id = ?1 order by i.company.nameKana, i.contact.nameKana, i.id", Long.class)
                .setParameter(1, surveyId).getResultList();
    }

    private static String date(LocalDate day, Language language) {
        return (language == Language.en ? ENGLISH_DATE : JAPANESE_DATE).format(day);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
