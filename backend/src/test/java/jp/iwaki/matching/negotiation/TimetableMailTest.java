package jp.iwaki.matching.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.TestBuyers;
import jp.iwaki.matching.negotiation.TestNegotiations.Setup;
import jp.iwaki.matching.project.TestProjects;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.MailTestServer;
import org.junit.jupiter.api.Test;

/** Each buyer's timetable by e-mail with its .ics, read back from the real SMTP server the tests run. */
@QuarkusTest
@IntegrationTest
class TimetableMailTest {

    @Test
    void eachBuyerGetsItsOwnTimetableWithItsIcsInEachContactsLanguageAndEveryMailIsRecorded() {
        Setup s = TestNegotiations.setup(null);
        String japanese = contact(s.buyerCompanyId(), "ja");
        String english = contact(s.buyerCompanyId(), "en");
        long withoutMeetings = s.inviteAnother();
        String idle = contact(withoutMeetings, "ja");
        long withoutAddress = s.inviteAnother();
        TestNegotiations.pick(s.projectId(), withoutAddress, s.productId());
        Response timetable = TestNegotiations.publish(s, TestNegotiations.timetable(s));
        String firm = timetable.path("meetings.find { it.buyerCompanyId == " + s.buyerCompanyId() + " }.firmTradeName");
        String start = timetable.path("meetings.find { it.buyerCompanyId == " + s.buyerCompanyId() + " }.startTime");
        String title = TestNegotiations.project(s.projectId()).path("title");

        Response report = mail(s.projectId(), Map.of());
        report.then().statusCode(200);
        assertThat(report.<List<Integer>>path("sent.buyerCompanyId")).containsExactly((int) s.buyerCompanyId());
        assertThat(report.<List<String>>path("sent[0].emails")).containsExactlyInAnyOrder(japanese, english);
        assertThat(report.<List<?>>path("failed")).isEmpty();
        assertThat(report.<Map<Integer, String>>path("skipped.collectEntries { [it.buyerCompanyId, it.reason] }"))
                .containsEntry((int) withoutMeetings, "NO_MEETINGS").containsEntry((int) withoutAddress, "NO_CONTACT_EMAIL").hasSize(2);
        assertThat(MailTestServer.messagesTo(idle)).isEmpty();

        MimeMessage ja = only(japanese);
        assertThat(MailTestServer.subject(ja)).contains("商談スケジュールのご案内").contains(title);
        assertThat(body(ja)).contains("様").contains(firm).contains(start + "–").contains("timetable.ics");
        String ics = attachment(ja, "timetable.ics");
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("商談: " + firm).contains("DTSTART");
        MimeMessage en = only(english);
        assertThat(MailTestServer.subject(en)).startsWith("[Iwaki Chamber of Commerce] Your meeting timetable").contains(title);
        assertThat(body(en)).contains("Dear ").contains(firm).doesNotContain("様");
        assertThat(attachment(en, "timetable.ics")).contains("BEGIN:VEVENT");

        List<TimetableMail> recorded = QuarkusTransaction.requiringNew().call(() -> TimetableMail.<TimetableMail>list("projectId", s.projectId()));
        assertThat(recorded).extracting(m -> m.recipient).containsExactlyInAnyOrder(japanese, english);
        assertThat(recorded).allSatisfy(m -> {
            assertThat(m.status).isEqualTo(TimetableMail.Status.SENT);
            assertThat(m.sentBySubject).isEqualTo(TestNegotiations.subject(DemoUser.COORDINATOR));
            assertThat(m.timetableVersion).isEqualTo(report.<Integer>path("timetableVersion").longValue());
        });
        assertThat(recorded).extracting(m -> m.language).containsExactlyInAnyOrder("ja", "en");

        // Pressed again: nobody gets this version twice, unless the coordinator asks to resend.
        Response again = mail(s.projectId(), Map.of());
        assertThat(again.<List<?>>path("sent")).isEmpty();
        assertThat(again.<String>path("skipped.find { it.buyerCompanyId == " + s.buyerCompanyId() + " }.reason")).isEqualTo("ALREADY_SENT");
        assertThat(MailTestServer.messagesTo(japanese)).hasSize(1);
        Response resent = mail(s.projectId(), Map.of("resend", true, "buyerCompanyIds", List.of(s.buyerCompanyId())));
        assertThat(resent.<List<String>>path("sent[0].emails")).containsExactlyInAnyOrder(japanese, english);
        assertThat(resent.<List<?>>path("skipped")).isEmpty();
        assertThat(MailTestServer.messagesTo(japanese)).hasSize(2);
    }

    @Test
    void aMailServerThatIsDownFailsEachMailWithItsReasonAndSendingAgainReachesExactlyThose() {
        Setup s = TestNegotiations.setup(null);
        String address = contact(s.buyerCompanyId(), "ja");
        TestNegotiations.publish(s, TestNegotiations.timetable(s));
        Response failed;
        MailTestServer.down();
        try {
            failed = mail(s.projectId(), Map.of());
        } finally {
            MailTestServer.up();
        }
        failed.then().statusCode(200);
        assertThat(failed.<List<?>>path("sent")).isEmpty();
        assertThat(failed.<String>path("failed[0].email")).isEqualTo(address);
        assertThat(failed.<String>path("failed[0].key")).isEqualTo("timetable.mail.unavailable");
        assertThat(failed.<String>path("failed[0].reason")).isNotBlank();
        TimetableMail recorded = QuarkusTransaction.requiringNew().call(() -> TimetableMail.<TimetableMail>find("projectId", s.projectId()).singleResult());
        assertThat(recorded.status).isEqualTo(TimetableMail.Status.FAILED);
        assertThat(recorded.error).isNotBlank();
        assertThat(MailTestServer.messagesTo(address)).isEmpty();

        Response retried = mail(s.projectId(), Map.of());
        assertThat(retried.<List<String>>path("sent[0].emails")).containsExactly(address);
        assertThat(retried.<List<?>>path("failed")).isEmpty();
        assertThat(MailTestServer.messagesTo(address)).hasSize(1);
    }

    @Test
    void onlyTheExpectedContactsOfTheInvitationGetIt() {
        Setup s = TestNegotiations.setup(null);
        String expected = contact(s.buyerCompanyId(), "ja");
        String other = contact(s.buyerCompanyId(), "ja");
        long expectedId = QuarkusTransaction.requiringNew().call(() ->
                jp.iwaki.matching.buyer.BuyerContact.<jp.iwaki.matching.buyer.BuyerContact>find("email", expected).singleResult().id);
        Response project = TestNegotiations.project(s.projectId());
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", project.header("ETag"))
                .body(Map.of("contactIds", List.of(expectedId))).put("/api/projects/" + s.projectId() + "/invitations/" + s.buyerCompanyId())
                .then().statusCode(200);
        TestNegotiations.publish(s, TestNegotiations.timetable(s));

        assertThat(mail(s.projectId(), Map.of()).<List<String>>path("sent[0].emails")).containsExactly(expected);
        assertThat(MailTestServer.messagesTo(expected)).hasSize(1);
        assertThat(MailTestServer.messagesTo(other)).isEmpty();
    }

    @Test
    void aDraftIsNotSentAStaleOneIs412AndOnlyCoordinatorsAndAdminsMaySend() {
        Setup s = TestNegotiations.setup(null);
        String address = contact(s.buyerCompanyId(), "ja");
        Response draft = TestNegotiations.timetable(s);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/projects/" + s.projectId() + "/timetable/mail")
                .then().statusCode(422).body("errors[0].field", equalTo("state")).body("errors[0].key", equalTo("timetable.mail.notPublished"));
        Response published = TestNegotiations.publish(s, draft);
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).header("If-Match", draft.header("ETag")).body(Map.of())
                .post("/api/projects/" + s.projectId() + "/timetable/mail").then().statusCode(412);
        for (DemoUser denied : List.of(DemoUser.ADVISOR, DemoUser.BUYER)) {
            Api.badRequestAs(denied).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/projects/" + s.projectId() + "/timetable/mail").then().statusCode(403);
        }
        Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/projects/" + Long.MAX_VALUE + "/timetable/mail").then().statusCode(404);
        assertThat(MailTestServer.messagesTo(address)).isEmpty();

        Response sent = Api.as(DemoUser.ADMIN).contentType(ContentType.JSON).header("If-Match", published.header("ETag")).body(Map.of())
                .post("/api/projects/" + s.projectId() + "/timetable/mail");
        sent.then().statusCode(200);
        assertThat(sent.<List<String>>path("sent[0].emails")).containsExactly(address);
    }

    private static Response mail(long projectId, Map<String, Object> body) {
        Response report = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(body).post("/api/projects/" + projectId + "/timetable/mail");
        report.then().statusCode(200);
        return report;
    }

    /** A new contact of the company with its own address, in the given language. */
    private static String contact(long companyId, String language) {
        String email = "timetable" + System.nanoTime() + "@buyer.example";
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "予定 太郎", "nameKana", "ヨテイ タロウ", "email", email, "preferredLanguage", language))
                .post("/api/buyer-companies/" + companyId + "/contacts").then().statusCode(201);
        return email;
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> messages = MailTestServer.messagesTo(address);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String body(MimeMessage message) {
        return part(message, null);
    }

    private static String attachment(MimeMessage message, String fileName) {
        return part(message, fileName);
    }

    /** The text part (fileName null) or the attached file of that name, decoded. */
    private static String part(MimeMessage message, String fileName) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
                if (fileName == null ? !attached && part.isMimeType("text/plain") : fileName.equals(part.getFileName())) {
                    if (fileName == null) {
                        return part.getContent().toString();
                    }
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    part.getInputStream().transferTo(bytes);
                    // iCalendar folds long lines (CRLF and a space); unfolded, a name reads whole.
                    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n ", "").replace("\n ", "");
                }
            }
            throw new AssertionError("No part " + (fileName == null ? "text/plain" : fileName));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
