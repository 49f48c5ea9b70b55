package jp.iwaki.matching.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.survey.SurveyContent.Question;

/**
 * What an answer must be to fit its question. A draft may leave anything out but what it gives
 * must fit (type, options, ranges, products of the project); a submission must also answer every
 * required question and rate a product on all five criteria or none. Every problem is reported
 * at once, each naming its question as {@code answers.<key>} (in the grid
 * {@code answers.<key>.ratings.<productId>.<criterion>}), so the form can show it beside the question.
 */
final class AnswerRules {
    static final int COMMENT_LIMIT = 1000;

    private AnswerRules() {
    }

    /**
     * The answers, checked and tidied. (A required product grid in a project without products
     * has nothing to rate and asks for nothing.) (unanswered questions and empty grid rows left out, repeated
     * choices once, in the template's order).
     *
     * @param products the project's products, each with its firm
     * @throws ApiException 400 with one error per problem
     */
    static Map<String, Answer> check(SurveyContent content, Map<Long, Long> products, Map<String, Answer> given, boolean submission) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> answers = given == null ? Map.of() : given;
        for (String key : answers.keySet()) {
            if (content.question(key).isEmpty()) {
                errors.add(new FieldError("answers." + key, "survey.answer.unknownQuestion", "The survey has no question " + key));
            }
        }
        Map<String, Answer> tidy = new LinkedHashMap<>();
        content.questions().forEach(question -> {
            Answer answer = answers.get(question.key());
            Answer checked = answer == null ? null : check(question, answer, products, submission, errors);
            if (checked != null) {
                tidy.put(question.key(), checked);
            } else if (submission && question.isRequired() && !hasErrorAt(errors, "answers." + question.key())
                    && !(question.type() == QuestionType.PRODUCT_RATINGS && products.isEmpty())) {
                errors.add(new FieldError("answers." + question.key(), "survey.answer.required", "An answer is required"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return tidy;
    }

    private static boolean hasErrorAt(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
    }

    /** The answer tidied, or null when it answers nothing. */
    private static Answer check(Question question, Answer answer, Map<Long, Long> products, boolean submission, List<FieldError> errors) {
        String at = "answers." + question.key();
        String expected = switch (question.type()) {
            case SINGLE_CHOICE -> "choice";
            case MULTIPLE_CHOICE -> "choices";
            case FREE_TEXT -> "text";
            case NUMBER, SCALE -> "number";
            case PRODUCT_RATINGS -> "ratings";
        };
        if (!onlyField(answer, expected)) {
            errors.add(new FieldError(at, "survey.answer.wrongType", "This question is answered with " + expected, Map.of("expected", expected)));
            return null;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> {
                if (answer.choice() == null || answer.choice().isBlank()) {
                    yield null;
                }
                if (question.option(answer.choice()).isEmpty()) {
                    errors.add(unknownOption(at + ".choice", answer.choice()));
                    yield null;
                }
                yield Answer.ofChoice(answer.choice());
            }
            case MULTIPLE_CHOICE -> {
                List<String> choices = answer.choices() == null ? List.of() : answer.choices();
                Set<String> chosen = new LinkedHashSet<>();
                for (int i = 0; i < choices.size(); i++) {
                    if (choices.get(i) == null || question.option(choices.get(i)).isEmpty()) {
                        errors.add(unknownOption(at + ".choices[" + i + "]", choices.get(i)));
                    } else {
                        chosen.add(choices.get(i));
                    }
                }
                if (question.maxChoices() != null && chosen.size() > question.maxChoices()) {
                    errors.add(new FieldError(at + ".choices", "survey.answer.tooManyChoices", "Choose at most " + question.maxChoices(),
                            Map.of("max", question.maxChoices())));
                }
                yield chosen.isEmpty() ? null : Answer.ofChoices(List.copyOf(chosen));
            }
            case FREE_TEXT -> {
                if (answer.text() == null || answer.text().isBlank()) {
                    yield null;
                }
                if (answer.text().length() > question.textLimit()) {
                    errors.add(new FieldError(at + ".text", "validation.Size", "At most " + question.textLimit() + " characters",
                            Map.of("max", question.textLimit())));
                    yield null;
                }
                yield Answer.ofText(answer.text());
            }
            case NUMBER -> answer.number() == null ? null
                    : number(at + ".number", answer.number(), question.min(), question.max(),
                            question.decimals() == null ? 0 : question.decimals(), errors);
            case SCALE -> answer.number() == null ? null : number(at + ".number", answer.number(), 1.0, 5.0, 0, errors);
            case PRODUCT_RATINGS -> ratings(question, at, answer.ratings(), products, submission, errors);
        };
    }

    private static boolean onlyField(Answer answer, String field) {
        return (answer.choice() == null || field.equals("choice"))
                && (answer.choices() == null || field.equals("choices"))
                && (answer.text() == null || field.equals("text"))
                && (answer.number() == null || field.equals("number"))
                && (answer.ratings() == null || field.equals("ratings"));
    }

    private static Answer number(String at, double value, Double min, Double max, int decimals, List<FieldError> errors) {
        int before = errors.size();
        if (min != null && value < min) {
            errors.add(new FieldError(at, "validation.Min", "At least " + plain(min), Map.of("value", plain(min))));
        }
        if (max != null && value > max) {
            errors.add(new FieldError(at, "validation.Max", "At most " + plain(max), Map.of("value", plain(max))));
        }
        if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > decimals) {
            errors.add(new FieldError(at, "survey.answer.tooManyDecimals", "At most " + decimals + " digits after the point",
                    Map.of("decimals", decimals)));
        }
        return errors.size() > before ? null : Answer.ofNumber(value);
    }

    /** 5.0 as 5, 2.5 as 2.5: the bound as a person writes it. */
    private static Object plain(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? (Object) (long) bound : (Object) bound;
    }

    private static Answer ratings(Question question, String at, List<ProductRating> given, Map<Long, Long> products,
            boolean submission, List<FieldError> errors) {
        List<ProductRating> rows = given == null ? List.of() : given;
        List<ProductRating> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean anyRated = false;
        for (int i = 0; i < rows.size(); i++) {
            ProductRating row = rows.get(i);
            if (row == null || row.productId() == null) {
                errors.add(new FieldError(at + ".ratings[" + i + "].productId", "validation.NotNull", "Name the product"));
                continue;
            }
            String rowAt = at + ".ratings." + row.productId();
            if (!products.containsKey(row.productId())) {
                errors.add(new FieldError(rowAt, "survey.rating.productNotInProject", "The product is not one of this project's",
                        Map.of("productId", row.productId())));
                continue;
            }
            if (!seen.add(row.productId())) {
                errors.add(new FieldError(rowAt, "survey.rating.duplicateProduct", "The product is rated twice",
                        Map.of("productId", row.productId())));
                continue;
            }
            int before = errors.size();
            int given5 = 0;
            for (Criterion criterion : Criterion.values()) {
                Integer value = criterion.of(row);
                if (value == null) {
                    continue;
                }
                given5++;
                if (value < 1) {
                    errors.add(new FieldError(rowAt + "." + criterion.field, "validation.Min", "At least 1", Map.of("value", 1)));
                } else if (value > 5) {
                    errors.add(new FieldError(rowAt + "." + criterion.field, "validation.Max", "At most 5", Map.of("value", 5)));
                }
            }
            if (submission && given5 > 0 && given5 < Criterion.values().length) {
                for (Criterion criterion : Criterion.values()) {
                    if (criterion.of(row) == null) {
                        errors.add(new FieldError(rowAt + "." + criterion.field, "survey.rating.incomplete",
                                "Rate all five criteria or none"));
                    }
                }
            }
            if (row.comment() != null && row.comment().length() > COMMENT_LIMIT) {
                errors.add(new FieldError(rowAt + ".comment", "validation.Size", "At most " + COMMENT_LIMIT + " characters",
                        Map.of("max", COMMENT_LIMIT)));
            }
            if (errors.size() > before) {
                continue;
            }
            String comment = row.comment() == null || row.comment().isBlank() ? null : row.comment();
            ProductRating tidy = new ProductRating(row.productId(), row.design(), row.taste(), row.price(), row.contentVolume(),
                    row.packaging(), comment, row.wants(), row.consents());
            if (!tidy.isEmpty()) {
                kept.add(tidy);
                anyRated |= tidy.isRated();
            }
        }
        if (submission && question.isRequired() && !anyRated && !products.isEmpty() && !hasErrorAt(errors, at)) {
            errors.add(new FieldError(at, "survey.answer.required", "Rate at least one product"));
        }
        return kept.isEmpty() ? null : Answer.ofRatings(kept);
    }

    private static FieldError unknownOption(String field, String option) {
        return new FieldError(field, "survey.answer.unknownOption", "Not one of the options", option == null ? Map.of() : Map.of("option", option));
    }
}
