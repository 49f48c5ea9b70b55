package jp.iwaki.matching.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.survey.SurveyContent.Question;

/**
 * Every submitted response of a survey for the clerk who looks in Excel: one row per response
 * (its last submission), one column per question, and one per product × criterion of the grid.
 */
@ApplicationScoped
public class ResponseExport {
    private static final Sorting SORTS = Sorting.defaultingTo("submittedAt").by("submittedAt", "submittedAt");
    private static final SqlFile ANALYSIS = SqlFile.load("survey/analysis.sql");
    private static final List<String> FIXED = List.of("回答ID", "バイヤー企業", "業態", "地域", "担当者", "提出日時", "提出回数", "入力方法", "代理入力者");
    private static final Map<ResponseChannel, String> CHANNELS = Map.of(
            ResponseChannel.LINK, "回答リンク", ResponseChannel.SIGNED_IN, "ログイン", ResponseChannel.PROXY, "代理入力");

    private final IwakiConfig config;

    ResponseExport(IwakiConfig config) {
        this.config = config;
    }

    /** The file's columns and its rows, read a chunk at a time while the file is written. */
    public record Export(String name, List<String> headers, Spreadsheet.Rows rows) {
    }

    private record Column(String header, Function<Map<String, Answer>, Object> value) {
    }

    @Transactional
    public Export export(long surveyId) {
        Survey survey = SurveyService.survey(surveyId);
        SurveyContent content = survey.templateVersion.content;
        List<Column> columns = new ArrayList<>();
        content.questions().forEach(question -> {
            if (question.type() == QuestionType.PRODUCT_RATINGS) {
                for (Object[] product : ANALYSIS.rows(Survey.getEntityManager(), "products", "survey", surveyId)) {
                    columns.addAll(productColumns(question.key(), Rows.id(product[0]), product[1] + "（" + product[4] + "）"));
                }
            } else {
                columns.add(new Column(header(question), answers -> value(question, answers.get(question.key()))));
            }
        });
        List<String> headers = new ArrayList<>(FIXED);
        columns.forEach(c -> headers.add(c.header()));
        Spreadsheet.Rows rows = ListQuery.of(SurveyResponse.class, SORTS, null)
                .where("surveyId = :survey", "survey", surveyId)
                .where("status = :submitted", "submitted", SurveyResponse.Status.SUBMITTED)
                .export(config.limits().exportRows(), responses -> rows(responses, columns));
        return new Export(survey.title + "_回答一覧", headers, rows);
    }

    private static List<List<Object>> rows(List<SurveyResponse> responses, List<Column> columns) {
        List<Long> ids = responses.stream().map(r -> r.id).toList();
        List<Long> invitationIds = responses.stream().map(r -> r.invitationId).toList();
        Map<Long, SurveyInvitation> invitations = SurveyInvitation.<SurveyInvitation>list("id in ?1", invitationIds).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i));
        Map<Long, SurveySubmission> last = SurveySubmission.<SurveySubmission>list("from SurveySubmission s where s.responseId in ?1 and s.number = "
                + "(select max(t.number) from SurveySubmission t where t.responseId = s.responseId)", ids).stream()
                .collect(Collectors.toMap(s -> s.responseId, s -> s));
        return responses.stream().map(response -> {
            SurveyInvitation invitation = invitations.get(response.invitationId);
            SurveySubmission submission = last.get(response.id);
            List<Object> row = new ArrayList<>(Arrays.asList(invitation.id, invitation.company.name, invitation.company.type.labelJa,
                    invitation.company.region.labelJa, invitation.contact.name, Spreadsheet.dateTime(submission.submittedAt),
                    submission.number, CHANNELS.get(submission.channel), submission.enteredByName));
            columns.forEach(c -> row.add(c.value().apply(submission.answers)));
            return row;
        }).toList();
    }

    private static String header(Question question) {
        return question.text().ja() + (question.unit() == null ? "" : "（" + question.unit().ja() + "）");
    }

    private static Object value(Question question, Answer answer) {
        if (answer == null) {
            return null;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> question.option(answer.choice()).map(o -> o.text().ja()).orElse(answer.choice());
            case MULTIPLE_CHOICE -> answer.choices().stream()
                    .map(c -> question.option(c).map(o -> o.text().ja()).orElse(c)).collect(Collectors.joining("、"));
            case FREE_TEXT -> answer.text();
            case NUMBER, SCALE -> answer.number() == Math.rint(answer.number()) ? (Object) answer.number().longValue() : answer.number();
            case PRODUCT_RATINGS -> null;
        };
    }

    private static List<Column> productColumns(String key, long productId, String product) {
        List<Column> columns = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            columns.add(new Column(product + " " + criterion.japanese, answers -> rating(answers, key, productId, criterion::of)));
        }
        columns.add(new Column(product + " コメント", answers -> rating(answers, key, productId, ProductRating::comment)));
        columns.add(new Column(product + " 商談希望", answers -> rating(answers, key, productId, r -> r.wants() ? "○" : null)));
        columns.add(new Column(product + " 名前の開示", answers -> rating(answers, key, productId, r -> r.consents() ? "○" : null)));
        return columns;
    }

    private static Object rating(Map<String, Answer> answers, String key, long productId, Function<ProductRating, Object> value) {
        Answer answer = answers.get(key);
        if (answer == null || answer.ratings() == null) {
            return null;
        }
        return answer.ratings().stream().filter(r -> r.productId() == productId).findFirst().map(value).orElse(null);
    }
}
