package jp.iwaki.matching.negotiation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.iwaki.matching.buyer.BuyerCompany;
import jp.iwaki.matching.buyer.BuyerContact;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.mail.MailFailure;
import jp.iwaki.matching.mail.MailSender;
import jp.iwaki.matching.mail.MailTemplates;
import jp.iwaki.matching.mail.OutgoingMail;
import jp.iwaki.matching.negotiation.TimetableDtos.BuyerTimetable;
import jp.iwaki.matching.negotiation.TimetableDtos.MailFailed;
import jp.iwaki.matching.negotiation.TimetableDtos.MailReport;
import jp.iwaki.matching.negotiation.TimetableDtos.MailRequest;
import jp.iwaki.matching.negotiation.TimetableDtos.MailSent;
import jp.iwaki.matching.negotiation.TimetableDtos.MailSkipReason;
import jp.iwaki.matching.negotiation.TimetableDtos.MailSkipped;
import jp.iwaki.matching.project.Invitation;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;
import jp.iwaki.matching.security.CurrentUser;

/**
 * Each buyer's own timetable by e-mail, with its .ics attached, in each contact's language.
 * As with the survey mails, a mail goes in three steps: a short transaction claims it (recorded
 * SENDING, rendered from the timetable as it stands), the mail server is asked with no
 * transaction open, and a second short transaction records the outcome. A mail server that is
 * down fails each mail with its reason, holds no locks, and leaves those contacts without this
 * version of the timetable, so sending again reaches exactly them.
 */
@ApplicationScoped
public class TimetableMails {
    /** A claim left SENDING longer than this (the API stopped mid-send) no longer counts as sent. */
    private static final Duration STALE_SENDING = Duration.ofMinutes(10);
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final String ICS_TYPE = CalendarFile.MEDIA_TYPE + "; charset=UTF-8";

    private final TimetableService timetables;
    private final MailSender sender;
    private final MailTemplates templates;
    private final CurrentUser user;

    TimetableMails(TimetableService timetables, MailSender sender, MailTemplates templates, CurrentUser user) {
        this.timetables = timetables;
        this.sender = sender;
        this.templates = templates;
        this.user = user;
    }

    private record Claimed(long mailId, OutgoingMail mail) {
    }

    /** What one buyer company's claim found: the mails to send, or why there are none. */
    private record Claim(long companyId, String companyName, List<Claimed> mails, MailSkipReason skipped) {
    }

    public MailReport send(long projectId, String ifMatch, MailRequest request) {
        String subject = user.subject();
        String name = user.displayName();
        boolean resend = request != null && Boolean.TRUE.equals(request.resend());
        List<Long> companies = QuarkusTransaction.requiringNew().call(() -> {
            Timetable t = Timetable.<Timetable>findByIdOptional(projectId)
                    .orElseThrow(() -> ApiException.notFound("Timetable of project " + projectId));
            if (ifMatch != null) {
                Editable.requireCurrent(t, Etags.requireVersion(ifMatch));
            }
            if (t.state != Timetable.State.PUBLISHED) {
                throw new ApiException(ProblemType.UNPROCESSABLE, "Only a published timetable is sent to the buyers",
                        List.of(new FieldError("state", "timetable.mail.notPublished", "Publish the timetable before sending it")));
            }
            if (request != null && request.buyerCompanyIds() != null && !request.buyerCompanyIds().isEmpty()) {
                return request.buyerCompanyIds().stream().distinct().toList();
            }
            return Invitation.ofProject(projectId).stream().map(i -> i.buyerCompanyId).toList();
        });
        List<MailSent> sent = new ArrayList<>();
        List<MailFailed> failed = new ArrayList<>();
        List<MailSkipped> skipped = new ArrayList<>();
        long version = 0;
        for (long companyId : companies) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(projectId, companyId, resend, subject, name));
            if (claim.skipped() != null) {
                skipped.add(new MailSkipped(companyId, claim.companyName(), claim.skipped()));
                continue;
            }
            List<String> reached = new ArrayList<>();
            for (Claimed mail : claim.mails()) {
                String error = deliver(mail);
                if (error == null) {
                    reached.add(mail.mail().to());
                } else {
                    failed.add(new MailFailed(companyId, claim.companyName(), mail.mail().to(), "timetable.mail.unavailable", error));
                }
            }
            if (!reached.isEmpty()) {
                sent.add(new MailSent(companyId, claim.companyName(), reached));
            }
        }
        version = QuarkusTransaction.requiringNew().call(() -> Timetable.<Timetable>findById(projectId).version);
        return new MailReport(version, sent, failed, skipped);
    }

    /** Under a lock per buyer company: the contacts still without this version, each mail recorded SENDING and rendered. */
    private Claim claim(long projectId, long companyId, boolean resend, String subject, String name) {
        Timetable.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(41, cast(?1 % 2147483647 as integer))")
                .setParameter(1, companyId).getSingleResult();
        BuyerCompany company = BuyerCompany.findById(companyId);
        Invitation invitation = company == null ? null
                : Invitation.<Invitation>find("projectId = ?1 and buyerCompanyId = ?2", projectId, companyId).firstResult();
        if (invitation == null) {
            return new Claim(companyId, company == null ? null : company.name, List.of(), MailSkipReason.NOT_INVITED);
        }
        Timetable t = Timetable.findById(projectId);
        BuyerTimetable own = timetables.ofBuyer(projectId, companyId);
        if (own.meetings().isEmpty()) {
            return new Claim(companyId, company.name, List.of(), MailSkipReason.NO_MEETINGS);
        }
        List<BuyerContact> contacts = recipients(invitation, companyId);
        if (contacts.isEmpty()) {
            return new Claim(companyId, company.name, List.of(), MailSkipReason.NO_CONTACT_EMAIL);
        }
        byte[] calendar = CalendarFile.write(timetables.calendarOf(projectId, companyId)).getBytes(StandardCharsets.UTF_8);
        List<Claimed> mails = new ArrayList<>();
        for (BuyerContact contact : contacts) {
            if (!resend && TimetableMail.count("projectId = ?1 and contactId = ?2 and timetableVersion = ?3"
                    + " and (status = ?4 or (status = ?5 and attemptedAt > ?6))", projectId, contact.id, t.version,
                    TimetableMail.Status.SENT, TimetableMail.Status.SENDING, Instant.now().minus(STALE_SENDING)) > 0) {
                continue;
            }
            String language = "en".equals(contact.preferredLanguage) ? "en" : "ja";
            TimetableMail record = new TimetableMail();
            record.projectId = projectId;
            record.buyerCompanyId = companyId;
            record.contactId = contact.id;
            record.recipient = contact.email;
            record.language = language;
            record.timetableVersion = t.version;
            record.status = TimetableMail.Status.SENDING;
            record.attemptedAt = Instant.now();
            record.sentBySubject = subject;
            record.sentByName = name;
            record.persist();
            OutgoingMail mail = templates.render("timetable", language, contact.email, data(own, contact, language))
                    .attach(new OutgoingMail.Attachment("timetable.ics", ICS_TYPE, calendar));
            mails.add(new Claimed(record.id, mail));
        }
        if (mails.isEmpty()) {
            return new Claim(companyId, company.name, List.of(), MailSkipReason.ALREADY_SENT);
        }
        return new Claim(companyId, company.name, mails, null);
    }

    /** The invitation's expected contacts with an address; every contact with one when it names none. */
    private static List<BuyerContact> recipients(Invitation invitation, long companyId) {
        List<BuyerContact> all = BuyerContact.<BuyerContact>list("company.id = ?1", companyId);
        return all.stream()
                .filter(c -> invitation.contactIds.isEmpty() || invitation.contactIds.contains(c.id))
                .filter(c -> c.email != null && !c.email.isBlank())
                .sorted(Comparator.comparing((BuyerContact c) -> c.nameKana == null ? "" : c.nameKana).thenComparing(c -> c.id))
                .toList();
    }

    private static Map<String, Object> data(BuyerTimetable own, BuyerContact contact, String language) {
        boolean english = "en".equals(language);
        String separator = english ? ", " : "、";
        String meetings = own.meetings().stream().map(m -> m.startTime() + "–" + m.endTime() + (english ? "  " : "　") + m.firmTradeName()
                + (m.products().isEmpty() ? "" : (english ? " (" : "（")
                        + m.products().stream().map(ProductRef::name).collect(Collectors.joining(separator)) + (english ? ")" : "）")))
                .collect(Collectors.joining("\n"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("companyName", own.buyerCompanyName());
        data.put("contactName", contact.name);
        data.put("projectTitle", own.projectTitle());
        data.put("heldOn", date(own.heldOn(), english));
        data.put("venue", own.venue() == null || own.venue().isBlank() ? (english ? "to be announced" : "追ってご案内します") : own.venue());
        data.put("meetings", meetings);
        data.put("meetingCount", own.meetings().size());
        return data;
    }

    /** Asks the mail server, then records the outcome; the reason when it failed, null when sent. */
    private String deliver(Claimed claimed) {
        String error = null;
        try {
            sender.send(claimed.mail());
        } catch (MailFailure e) {
            error = e.getMessage() == null || e.getMessage().isBlank() ? "unknown" : e.getMessage();
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            TimetableMail record = TimetableMail.findById(claimed.mailId());
            record.status = failure == null ? TimetableMail.Status.SENT : TimetableMail.Status.FAILED;
            record.error = failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000));
        });
        return error;
    }

    private static String date(LocalDate day, boolean english) {
        return (english ? ENGLISH_DATE : JAPANESE_DATE).format(day);
    }
}
