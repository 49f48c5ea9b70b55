package jp.iwaki.matching.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final ReactiveMailer mailer;
    private final Duration timeout;
    /*
     * Every send starts on this one event-loop context. Started from a request's worker thread, the
     * Vert.x mail client could open the socket on one event loop and attach its reader on another;
     * when the server's greeting arrived first it was dropped and the send hung until the timeout
     * (every targeted run of the two mail test classes had such a send before this change, none of
     * the runs after it). On one event loop the reader is attached before the first read.
     */
    private final Context context;

    MailSender(ReactiveMailer mailer, Vertx vertx, @ConfigProperty(name = "quarkus.mailer.timeout") Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
        this.context = ((VertxInternal) vertx).createEventLoopContext();
    }

    /**
     * Hands the mail to the SMTP server.
     *
     * @throws MailFailure when the server is down, too slow, or refuses the mail
     */
    public void send(OutgoingMail mail) throws MailFailure {
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.text());
        mail.attachments().forEach(file -> message.addAttachment(file.fileName(), file.content(), file.contentType()));
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.runOnContext(ignored -> mailer.send(message).subscribe().with(ok -> done.complete(null), done::completeExceptionally));
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(mail, e.getCause());
        } catch (TimeoutException e) {
            throw failure(mail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(mail, e);
        }
    }

    private static MailFailure failure(OutgoingMail mail, Throwable e) {
        String reason = reason(e);
        LOG.warnf("Mail to %s not sent: %s", mail.to(), reason);
        return new MailFailure(reason, e);
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
