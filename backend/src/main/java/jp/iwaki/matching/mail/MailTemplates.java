package jp.iwaki.matching.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * Mail texts as Qute templates, one file per mail and language:
 * {@code templates/mail/<name>.<language>.txt}. The first line is {@code Subject: …}, then a
 * blank line, then the body; Japanese is the fallback for a language without its own file.
 */
@ApplicationScoped
public class MailTemplates {
    private static final String SUBJECT = "Subject:";

    private final Engine engine;

    MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public OutgoingMail render(String name, String language, String to, Map<String, Object> data) {
        Template template = engine.getTemplate("mail/" + name + "." + language.toLowerCase(Locale.ROOT) + ".txt");
        if (template == null) {
            template = engine.getTemplate("mail/" + name + ".ja.txt");
        }
        if (template == null) {
            throw new IllegalStateException("No mail template " + name);
        }
        String rendered = template.data(data).render().replace("\r\n", "\n");
        int end = rendered.indexOf('\n');
        String first = end < 0 ? rendered : rendered.substring(0, end);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException("Mail template " + name + " does not start with " + SUBJECT);
        }
        return new OutgoingMail(to, first.substring(SUBJECT.length()).strip(), rendered.substring(end + 1).strip() + "\n");
    }
}
