package jp.iwaki.matching.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sends mail over SMTP (Quarkus Mailer; host, port, sender and timeout in application.properties,
 * quarkus.mailer.*). Blocking, so call it outside a database transaction: a slow or absent
 * mail server must not hold locks. Every area that mails (survey invitations, timetables) goes
 * through here and records the outcome itself.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int MAX_REASON = 500;

    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    /**
     * Hands the mail to the SMTP server.
     *
     * @throws MailFailure when the server is down, too slow, or refuses the mail
     */
    public void send(OutgoingMail mail) throws MailFailure {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.warnf("Mail to %s not sent: %s", mail.to(), reason);
            throw new MailFailure(reason, e);
        }
    }

    /** The innermost message, which names what went wrong (connection refused, timeout, 550 …). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root != e && e.getMessage() != null && !e.getMessage().contains(message)) {
            message = e.getMessage() + ": " + message;
        }
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) : message;
    }
}
