package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.iwaki.matching.testing.Api;
import jp.iwaki.matching.testing.DemoUser;
import jp.iwaki.matching.testing.IntegrationTest;
import jp.iwaki.matching.testing.MailTestServer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@IntegrationTest
class InvitationMailTest {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/a/([A-Za-z0-9_-]{24})");

    private static Response sendAll(long surveyId) {
        Response report = Api.as(DemoUser.COORDINATOR).post("/api/surveys/" + surveyId + "/invitations/send");
        report.then().statusCode(200);
        return report;
    }

    private static Response remind(long surveyId) {
        Response report = Api.as(DemoUser.COORDINATOR).post("/api/surveys/" + surveyId + "/reminders");
        report.then().statusCode(200);
        return report;
    }

    /** The token in the last mail to the address. */
    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(MailTestServer.text(mail));
        assertThat(link.find()).as("a link in: %s", MailTestServer.text(mail)).isTrue();
        return link.group(1);
    }

    private static Response invitation(long id) {
        Response invitation = Api.as(DemoUser.COORDINATOR).get("/api/survey-invitations/" + id);
        invitation.then().statusCode(200);
        return invitation;
    }

    @Test
    void theInvitationMailArrivesWithItsOwnLinkInTheContactsLanguage() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 3);
        Response report = sendAll(fixture.surveyId());
        assertThat(report.jsonPath().getList("sent", Long.class)).hasSize(3);
        assertThat(report.jsonPath().getList("failed")).isEmpty();

        TestSurveys.Buyer japanese = fixture.buyer(0);
        List<MimeMessage> toJapanese = MailTestServer.messagesTo(japanese.email());
        assertThat(toJapanese).hasSize(1);
        assertThat(MailTestServer.subject(toJapanese.get(0))).contains("ご回答のお願い").contains("バイヤーアンケート");
        assertThat(MailTestServer.text(toJapanese.get(0))).contains(japanese.contactName() + " 様").contains("回答期限");
        String token = linkIn(toJapanese.get(0));
        Response form = Api.publicly().get("/api/survey-links/" + token);
        form.then().statusCode(200);
        assertThat(form.<Integer>path("invitationId").longValue()).isEqualTo(japanese.invitationId());
        assertThat(form.<String>path("language")).isEqualTo("ja");

        TestSurveys.Buyer english = fixture.buyer(2);
        assertThat(english.language()).isEqualTo("en");
        MimeMessage toEnglish = MailTestServer.messagesTo(english.email()).get(0);
        assertThat(MailTestServer.subject(toEnglish)).startsWith("[Iwaki Chamber of Commerce] Please answer");
        assertThat(MailTestServer.text(toEnglish)).contains("Dear " + english.contactName()).doesNotContain("様");
        String englishToken = linkIn(toEnglish);
        assertThat(englishToken).isNotEqualTo(token);
        Response englishForm = Api.publicly().get("/api/survey-links/" + englishToken);
        assertThat(englishForm.<Integer>path("invitationId").longValue()).isEqualTo(english.invitationId());
        assertThat(englishForm.<String>path("language")).isEqualTo("en");

        Response sent = invitation(japanese.invitationId());
        assertThat(sent.<String>path("status")).isEqualTo("OPENED");
        assertThat(sent.<String>path("sentAt")).isNotNull();
        assertThat(sent.jsonPath().getList("mails.kind", String.class)).containsExactly("INVITATION");
        assertThat(sent.jsonPath().getList("mails.status", String.class)).containsExactly("SENT");
        assertThat(sent.<String>path("mails[0].to")).isEqualTo(japanese.email());
        assertThat(sent.<String>path("mails[0].sentBy.name")).isNotBlank();
        assertThat(invitation(fixture.buyer(1).invitationId()).<String>path("status")).isEqualTo("SENT");

        // Sending to all again mails nobody twice.
        Response again = sendAll(fixture.surveyId());
        assertThat(again.jsonPath().getList("sent")).isEmpty();
        assertThat(again.jsonPath().getList("skipped.reason", String.class)).containsOnly("ALREADY_SENT").hasSize(3);
        assertThat(MailTestServer.messagesTo(japanese.email())).hasSize(1);
    }

    @Test
    void aReminderGoesToEveryNonResponderOnceAndNeverTwiceWithinADay() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 3);
        sendAll(fixture.surveyId());
        String answered = linkIn(MailTestServer.messagesTo(fixture.buyer(0).email()).get(0));
        TestSurveys.submitByLink(answered, TestSurveys.foodAnswers(fixture.products(), 4)).then().statusCode(200);

        Response first = remind(fixture.surveyId());
        assertThat(first.jsonPath().getList("sent", Long.class))
                .containsExactlyInAnyOrder(fixture.buyer(1).invitationId(), fixture.buyer(2).invitationId());
        assertThat(first.<String>path("skipped[0].reason")).isEqualTo("SUBMITTED");
        List<MimeMessage> toSecond = MailTestServer.messagesTo(fixture.buyer(1).email());
        assertThat(toSecond).hasSize(2);
        assertThat(MailTestServer.subject(toSecond.get(1))).contains("再送");
        assertThat(Api.publicly().get("/api/survey-links/" + linkIn(toSecond.get(1))).then().statusCode(200).extract()
                .<Integer>path("invitationId").longValue()).isEqualTo(fixture.buyer(1).invitationId());
        assertThat(MailTestServer.subject(MailTestServer.messagesTo(fixture.buyer(2).email()).get(1))).startsWith("[Iwaki Chamber of Commerce] Reminder");

        Response second = remind(fixture.surveyId());
        assertThat(second.jsonPath().getList("sent")).isEmpty();
        assertThat(second.jsonPath().getList("skipped.reason", String.class))
                .containsExactlyInAnyOrder("SUBMITTED", "REMINDED_WITHIN_DAY", "REMINDED_WITHIN_DAY");
        assertThat(second.jsonPath().getList("skipped.lastReminderAt", String.class)).filteredOn(java.util.Objects::nonNull).hasSize(2);
        assertThat(MailTestServer.messagesTo(fixture.buyer(1).email())).hasSize(2);

        // A day later the same contacts may be reminded again.
        QuarkusTransaction.requiringNew().run(() -> SurveyMail.update("attemptedAt = ?1 where invitationId in ?2 and kind = ?3",
                Instant.now().minus(Duration.ofHours(25)), List.of(fixture.buyer(1).invitationId(), fixture.buyer(2).invitationId()),
                SurveyMail.Kind.REMINDER));
        assertThat(remind(fixture.surveyId()).jsonPath().getList("sent")).hasSize(2);
        assertThat(MailTestServer.messagesTo(fixture.buyer(1).email())).hasSize(3);
    }

    @Test
    void twoCoordinatorsRemindingAtOnceSendOneReminderPerContact() throws Exception {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 2);
        sendAll(fixture.surveyId());
        CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> remind(fixture.surveyId()));
        CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> remind(fixture.surveyId()));
        int sent = one.get().jsonPath().getList("sent").size() + two.get().jsonPath().getList("sent").size();
        assertThat(sent).isEqualTo(2);
        for (TestSurveys.Buyer buyer : fixture.buyers()) {
            assertThat(MailTestServer.messagesTo(buyer.email())).hasSize(2);
        }
    }

    @Test
    void aMailServerThatIsDownLeavesTheInvitationNotSentWithTheReasonAndSendingCanBeRetried() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 2);
        long first = fixture.buyer(0).invitationId();
        MailTestServer.down();
        try {
            Response refused = Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + first + "/send");
            refused.then().statusCode(503).contentType("application/problem+json");
            assertThat(refused.<String>path("errors[0].key")).isEqualTo("mail.unavailable");
            Response report = sendAll(fixture.surveyId());
            assertThat(report.jsonPath().getList("sent")).isEmpty();
            assertThat(report.jsonPath().getList("failed.invitationId", Long.class)).containsExactlyInAnyOrder(first, fixture.buyer(1).invitationId());
            assertThat(report.jsonPath().getList("failed.error", String.class)).allSatisfy(error -> assertThat(error).isNotBlank());
        } finally {
            MailTestServer.up();
        }
        Response notSent = invitation(first);
        assertThat(notSent.<String>path("status")).isEqualTo("NOT_SENT");
        assertThat(notSent.<String>path("sentAt")).isNull();
        assertThat(notSent.<String>path("lastFailure.error")).isNotBlank();
        assertThat(notSent.jsonPath().getList("mails.status", String.class)).containsExactly("FAILED", "FAILED");
        // No link went out, so none may open the invitation.
        assertThat(notSent.<Integer>path("activeLinks")).isZero();
        assertThat(MailTestServer.messagesTo(fixture.buyer(0).email())).isEmpty();

        Response retried = sendAll(fixture.surveyId());
        assertThat(retried.jsonPath().getList("sent")).hasSize(2);
        Response sent = invitation(first);
        assertThat(sent.<String>path("status")).isEqualTo("SENT");
        assertThat(sent.<Object>path("lastFailure")).isNull();
        assertThat(sent.jsonPath().getList("mails.status", String.class)).containsExactly("SENT", "FAILED", "FAILED");
        assertThat(MailTestServer.messagesTo(fixture.buyer(0).email())).hasSize(1);
    }

    @Test
    void aRevokedInvitationGetsNoMailAndItsLinksAnswer410UntilReissued() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 2);
        long revoked = fixture.buyer(0).invitationId();
        String sheet = TestSurveys.token(fixture, 0);
        Api.publicly().get("/api/survey-links/" + sheet).then().statusCode(200);
        Response revocation = Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + revoked + "/revoke");
        revocation.then().statusCode(200);
        assertThat(revocation.<Boolean>path("revoked")).isTrue();
        assertThat(revocation.<Integer>path("activeLinks")).isZero();
        Response gone = Api.publicly().get("/api/survey-links/" + sheet);
        gone.then().statusCode(410).contentType("application/problem+json");
        assertThat(gone.<String>path("type")).isEqualTo("urn:iwaki-matching:problem:gone");
        assertThat(gone.<String>path("errors[0].key")).isEqualTo("survey.link.revoked");

        Response report = sendAll(fixture.surveyId());
        assertThat(report.<String>path("skipped.find { it.invitationId == " + revoked + " }.reason")).isEqualTo("REVOKED");
        Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + revoked + "/send").then().statusCode(422)
                .body("errors[0].key", org.hamcrest.Matchers.equalTo("survey.invitation.revoked"));
        Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of("invitationIds", List.of(revoked)))
                .post("/api/surveys/" + fixture.surveyId() + "/sheets").then().statusCode(422);

        Response reissued = Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + revoked + "/reissue");
        reissued.then().statusCode(200);
        String fresh = reissued.path("token");
        assertThat(reissued.<String>path("url")).endsWith("/a/" + fresh);
        assertThat(Api.publicly().get("/api/survey-links/" + fresh).then().statusCode(200).extract()
                .<Integer>path("invitationId").longValue()).isEqualTo(revoked);
        Api.publicly().get("/api/survey-links/" + sheet).then().statusCode(410);

        String newer = Api.as(DemoUser.COORDINATOR).post("/api/survey-invitations/" + revoked + "/reissue").then().statusCode(200)
                .extract().path("token");
        Response replaced = Api.publicly().get("/api/survey-links/" + fresh);
        replaced.then().statusCode(410);
        assertThat(replaced.<String>path("errors[0].key")).isEqualTo("survey.link.replaced");
        Api.publicly().get("/api/survey-links/" + newer).then().statusCode(200);
    }

    @Test
    void aPrintedSheetsLinkWorksBesideTheMailedOne() {
        TestSurveys.Fixture fixture = TestSurveys.food(1, 1, 1);
        sendAll(fixture.surveyId());
        String mailed = linkIn(MailTestServer.messagesTo(fixture.buyer(0).email()).get(0));
        Response sheets = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("invitationIds", List.of(fixture.buyer(0).invitationId()))).post("/api/surveys/" + fixture.surveyId() + "/sheets");
        sheets.then().statusCode(200);
        assertThat(sheets.<String>path("[0].contactName")).isEqualTo(fixture.buyer(0).contactName());
        assertThat(sheets.<String>path("[0].buyerCompanyName")).isEqualTo(fixture.buyer(0).companyName());
        String printed = sheets.path("[0].token");
        Api.publicly().get("/api/survey-links/" + mailed).then().statusCode(200);
        Api.publicly().get("/api/survey-links/" + printed).then().statusCode(200);
        assertThat(invitation(fixture.buyer(0).invitationId()).<Integer>path("activeLinks")).isEqualTo(2);

        TestSurveys.Fixture other = TestSurveys.food(0, 0, 1);
        Response foreign = Api.badRequestAs(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("invitationIds", List.of(other.buyer(0).invitationId()))).post("/api/surveys/" + fixture.surveyId() + "/sheets");
        foreign.then().statusCode(400);
        assertThat(foreign.<String>path("errors[0].field")).isEqualTo("invitationIds[0]");
    }

    @Test
    void invitationsGoOnlyToTheProjectsExpectedContactsAndOnlyOnce() {
        TestSurveys.Fixture fixture = TestSurveys.food(0, 0, 2);
        Response again = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON).body(Map.of()).post("/api/surveys/" + fixture.surveyId() + "/invitations");
        again.then().statusCode(200);
        assertThat(again.jsonPath().getList("created")).isEmpty();
        assertThat(again.<Integer>path("alreadyInvited")).isEqualTo(2);

        TestSurveys.Fixture other = TestSurveys.food(0, 0, 1);
        Response refused = Api.as(DemoUser.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("contactIds", List.of(fixture.buyer(0).contactId(), other.buyer(0).contactId())))
                .post("/api/surveys/" + fixture.surveyId() + "/invitations");
        refused.then().statusCode(400);
        assertThat(refused.<String>path("errors[0].field")).isEqualTo("contactIds[1]");
        assertThat(refused.<String>path("errors[0].key")).isEqualTo("survey.invitation.contactNotExpected");

        Response listed = Api.as(DemoUser.ADVISOR).queryParam("q", fixture.buyer(1).companyName()).get("/api/surveys/" + fixture.surveyId() + "/invitations");
        listed.then().statusCode(200);
        assertThat(listed.jsonPath().getList("items.id", Long.class)).containsExactly(fixture.buyer(1).invitationId());
        assertThat(Api.as(DemoUser.ADVISOR).queryParam("status", "SUBMITTED").get("/api/surveys/" + fixture.surveyId() + "/invitations")
                .then().statusCode(200).extract().<Integer>path("total")).isZero();
        assertThat(Api.as(DemoUser.ADVISOR).queryParam("sort", "-status").get("/api/surveys/" + fixture.surveyId() + "/invitations")
                .then().statusCode(200).extract().<Integer>path("total")).isEqualTo(2);
        Api.badRequestAs(DemoUser.ADVISOR).queryParam("sort", "email").get("/api/surveys/" + fixture.surveyId() + "/invitations")
                .then().statusCode(400);
    }
}
