package jp.iwaki.matching.mail;

/** The mail server could not be reached or refused the mail; {@link #getMessage()} says why, for the record. */
public class MailFailure extends Exception {
    public MailFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
