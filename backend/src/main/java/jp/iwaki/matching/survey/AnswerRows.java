package jp.iwaki.matching.survey;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.hibernate.Session;

/**
 * The answers of a response's last submission as rows (survey_answer, survey_rating), which the
 * analysis aggregates in SQL. Rewritten in the submission's transaction, in two JDBC batches.
 */
final class AnswerRows {
    private AnswerRows() {
    }

    static void replace(SurveyResponse response, Map<Long, Long> productFirms, Map<String, Answer> answers) {
        SurveyResponse.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from survey_answer where response_id = ?")) {
                delete.setLong(1, response.id);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from survey_rating where response_id = ?")) {
                delete.setLong(1, response.id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into survey_answer"
                    + " (response_id, survey_id, question_key, option_key, number_value, text_value) values (?, ?, ?, ?, ?, ?)");
                    PreparedStatement rate = connection.prepareStatement("insert into survey_rating (response_id, survey_id,"
                            + " question_key, product_id, firm_id, design, taste, price, content_volume, package, comment,"
                            + " want_to_negotiate, consent_to_be_named) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Answer> entry : answers.entrySet()) {
                    String key = entry.getKey();
                    Answer answer = entry.getValue();
                    if (answer.choice() != null) {
                        add(insert, response, key, answer.choice(), null, null);
                    }
                    if (answer.choices() != null) {
                        for (String choice : answer.choices()) {
                            add(insert, response, key, choice, null, null);
                        }
                    }
                    if (answer.number() != null) {
                        add(insert, response, key, null, BigDecimal.valueOf(answer.number()), null);
                    }
                    if (answer.text() != null) {
                        add(insert, response, key, null, null, answer.text());
                    }
                    if (answer.ratings() != null) {
                        for (ProductRating rating : answer.ratings()) {
                            rate.setLong(1, response.id);
                            rate.setLong(2, response.surveyId);
                            rate.setString(3, key);
                            rate.setLong(4, rating.productId());
                            rate.setLong(5, productFirms.get(rating.productId()));
                            int column = 6;
                            for (Criterion criterion : Criterion.values()) {
                                Integer value = criterion.of(rating);
                                if (value == null) {
                                    rate.setNull(column++, Types.SMALLINT);
                                } else {
                                    rate.setShort(column++, value.shortValue());
                                }
                            }
                            rate.setString(11, rating.comment());
                            rate.setBoolean(12, rating.wants());
                            rate.setBoolean(13, rating.consents());
                            rate.addBatch();
                        }
                    }
                }
                insert.executeBatch();
                rate.executeBatch();
            }
        });
    }

    private static void add(PreparedStatement insert, SurveyResponse response, String key, String option, BigDecimal number, String text)
            throws SQLException {
        insert.setLong(1, response.id);
        insert.setLong(2, response.surveyId);
        insert.setString(3, key);
        insert.setString(4, option);
        insert.setBigDecimal(5, number);
        insert.setString(6, text);
        insert.addBatch();
    }
}
