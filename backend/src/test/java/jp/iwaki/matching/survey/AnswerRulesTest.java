package jp.iwaki.matching.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.survey.SurveyContent.Group;
import jp.iwaki.matching.survey.SurveyContent.Option;
import jp.iwaki.matching.survey.SurveyContent.Question;
import org.junit.jupiter.api.Test;

/** The rules an answer must follow, without the API around them. */
class AnswerRulesTest {
    private static final LocalizedText TEXT = new LocalizedText("質問", "Question");
    private static final List<Option> OPTIONS = List.of(new Option("a", TEXT), new Option("b", TEXT), new Option("c", TEXT));
    private static final SurveyContent CONTENT = new SurveyContent(TEXT, null, List.of(new Group("g", TEXT, List.of(
            new Question("single", QuestionType.SINGLE_CHOICE, TEXT, null, true, OPTIONS, null, null, null, null, null, null, null),
            new Question("multi", QuestionType.MULTIPLE_CHOICE, TEXT, null, false, OPTIONS, 2, null, null, null, null, null, null),
            new Question("free", QuestionType.FREE_TEXT, TEXT, null, false, null, null, null, null, null, null, null, 10),
            new Question("amount", QuestionType.NUMBER, TEXT, null, false, null, null, TEXT, 0.0, 100.0, 1, null, null),
            new Question("scale", QuestionType.SCALE, TEXT, null, true, null, null, null, null, null, null, null, null),
            new Question("grid", QuestionType.PRODUCT_RATINGS, TEXT, null, true, null, null, null, null, null, null, null, null)))));
    /** Products 11 and 12 of firm 1; 21 of firm 2. */
    private static final Map<Long, Long> PRODUCTS = Map.of(11L, 1L, 12L, 1L, 21L, 2L);

    private static ProductRating rated(long product, int value) {
        return new ProductRating(product, value, value, value, value, value, null, false, false);
    }

    private static List<FieldError> problems(Map<String, Answer> answers, boolean submission) {
        try {
            AnswerRules.check(CONTENT, PRODUCTS, answers, submission);
            return List.of();
        } catch (ApiException e) {
            return e.errors();
        }
    }

    @Test
    void aDraftMayLeaveEverythingOutButASubmissionNamesEachMissingRequiredAnswer() {
        assertThat(problems(Map.of(), false)).isEmpty();
        assertThat(problems(Map.of(), true)).extracting(FieldError::field, FieldError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers.single", "survey.answer.required"),
                org.assertj.core.groups.Tuple.tuple("answers.scale", "survey.answer.required"),
                org.assertj.core.groups.Tuple.tuple("answers.grid", "survey.answer.required"));
    }

    @Test
    void aCompleteAnswerIsTidiedAndKeptInTheTemplatesOrder() {
        Map<String, Answer> tidy = AnswerRules.check(CONTENT, PRODUCTS, Map.of(
                "grid", Answer.ofRatings(List.of(rated(11, 4), new ProductRating(12L, null, null, null, null, null, " ", false, false))),
                "scale", Answer.ofNumber(5),
                "multi", Answer.ofChoices(List.of("b", "a", "b")),
                "free", Answer.ofText("  "),
                "single", Answer.ofChoice("a")), true);
        assertThat(tidy.keySet()).containsExactly("single", "multi", "scale", "grid");
        assertThat(tidy.get("multi").choices()).containsExactly("b", "a");
        // The untouched row of product 12 (a blank comment) is left out.
        assertThat(tidy.get("grid").ratings()).extracting(ProductRating::productId).containsExactly(11L);
    }

    @Test
    void eachAnswerMustFitItsQuestionAndEveryProblemIsNamedAtOnce() {
        List<FieldError> errors = problems(Map.of(
                "single", Answer.ofChoice("z"),
                "multi", Answer.ofChoices(List.of("a", "b", "c")),
                "free", Answer.ofText("12345678901"),
                "amount", Answer.ofNumber(100.25),
                "scale", Answer.ofNumber(6),
                "unknown", Answer.ofText("?"),
                "grid", Answer.ofRatings(List.of(rated(11, 0), rated(99, 3), rated(21, 3), rated(21, 2)))), false);
        assertThat(errors).extracting(FieldError::field, FieldError::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("answers.unknown", "survey.answer.unknownQuestion"),
                org.assertj.core.groups.Tuple.tuple("answers.single.choice", "survey.answer.unknownOption"),
                org.assertj.core.groups.Tuple.tuple("answers.multi.choices", "survey.answer.tooManyChoices"),
                org.assertj.core.groups.Tuple.tuple("answers.free.text", "validation.Size"),
                org.assertj.core.groups.Tuple.tuple("answers.amount.number", "validation.Max"),
                org.assertj.core.groups.Tuple.tuple("answers.amount.number", "survey.answer.tooManyDecimals"),
                org.assertj.core.groups.Tuple.tuple("answers.scale.number", "validation.Max"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.design", "validation.Min"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.taste", "validation.Min"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.price", "validation.Min"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.contentVolume", "validation.Min"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.package", "validation.Min"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.99", "survey.rating.productNotInProject"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.21", "survey.rating.duplicateProduct"));
        assertThat(errors.stream().filter(e -> e.field().equals("answers.scale.number")).findFirst().orElseThrow().params())
                .containsEntry("value", 5L);
    }

    @Test
    void anAnswerInTheWrongFieldForItsTypeIsRefused() {
        assertThat(problems(Map.of("single", Answer.ofText("a")), false)).extracting(FieldError::field, FieldError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answers.single", "survey.answer.wrongType"));
    }

    @Test
    void aProductIsRatedOnSomeCriteriaInADraftButOnAllOrNoneWhenSubmitted() {
        ProductRating half = new ProductRating(11L, 4, 3, null, null, null, "美味しい", true, false);
        Map<String, Answer> answers = Map.of("single", Answer.ofChoice("a"), "scale", Answer.ofNumber(3),
                "grid", Answer.ofRatings(List.of(half, rated(12, 5))));
        assertThat(problems(answers, false)).isEmpty();
        assertThat(problems(answers, true)).extracting(FieldError::field, FieldError::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.price", "survey.rating.incomplete"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.contentVolume", "survey.rating.incomplete"),
                org.assertj.core.groups.Tuple.tuple("answers.grid.ratings.11.package", "survey.rating.incomplete"));
    }

    @Test
    void aRequiredGridWantsAtLeastOneProductRatedOnAllFive() {
        Map<String, Answer> onlyWishes = Map.of("single", Answer.ofChoice("a"), "scale", Answer.ofNumber(3),
                "grid", Answer.ofRatings(List.of(new ProductRating(11L, null, null, null, null, null, null, true, true))));
        assertThat(problems(onlyWishes, true)).extracting(FieldError::field, FieldError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answers.grid", "survey.answer.required"));
        assertThatThrownBy(() -> AnswerRules.check(CONTENT, PRODUCTS, onlyWishes, true)).isInstanceOf(ApiException.class);
    }
}
