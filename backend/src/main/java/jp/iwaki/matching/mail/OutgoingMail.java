package jp.iwaki.matching.mail;

import java.util.List;

/** A plain-text mail to one recipient, with files attached (an .ics timetable) or none. */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {
    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** The same mail with one more file attached. */
    public OutgoingMail attach(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, subject, text, all);
    }

    /** A file sent with the mail; {@code contentType} may carry parameters (charset, method). */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
