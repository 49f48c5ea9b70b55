package jp.iwaki.matching.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the API tests (GreenMail, embedded, on a free port), shared by every
 * test of the one started application. Tests read what arrived, and may stop it to see how the
 * API copes with a mail server that is down.
 */
public class MailTestServer implements QuarkusTestResourceLifecycleManager {
    private static ServerSetup setup;
    private static GreenMail server;

    @Override
    public synchronized Map<String, String> start() {
        setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(setup.getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                // A refused connection fails at once whatever this says. Below REST Assured's 30 s read
                // timeout, so that a send that hangs fails the mail, not the HTTP call.
                "quarkus.mailer.timeout", "10S");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The mail server goes away (connections are refused) until {@link #up()}. */
    public static synchronized void down() {
        server.stop();
    }

    public static synchronized void up() {
        if (!server.isRunning()) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** Every mail that reached the server for this address, oldest first. */
    public static synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** The text of a mail, decoded. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
