package jp.iwaki.matching.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.iwaki.matching.common.FieldError;

/**
 * What a template version asks, in order: groups (one screen of the phone form each) of
 * questions. Stored as it is (JSON) with the version; the shape is checked by Bean Validation,
 * the rules across fields by {@link #problems()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyContent(
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText intro,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Group> groups) {

    public static final String KEY = "^[a-z][A-Za-z0-9_]{0,39}$";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(
            @NotNull @Pattern(regexp = KEY, message = "{survey.template.key}") String key,
            @NotNull @Valid LocalizedText title,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Question> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @NotNull @Pattern(regexp = KEY, message = "{survey.template.key}") String key,
            @NotNull QuestionType type,
            @NotNull @Valid LocalizedText text,
            @Valid LocalizedText help,
            @NotNull Boolean required,
            @Size(max = 30) List<@NotNull @Valid Option> options,
            @Min(1) @Max(30) Integer maxChoices,
            @Valid LocalizedText unit,
            Double min,
            Double max,
            @Min(0) @Max(3) Integer decimals,
            @Valid ScaleLabels scaleLabels,
            @Min(1) @Max(4000) Integer maxLength) {

        @JsonIgnore
        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        /** The longest free text allowed (2000 when the template says nothing). */
        public int textLimit() {
            return maxLength == null ? 2000 : maxLength;
        }

        public Optional<Option> option(String optionKey) {
            return options == null ? Optional.empty() : options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(
            @NotNull @Pattern(regexp = KEY, message = "{survey.template.key}") String key,
            @NotNull @Valid LocalizedText text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleLabels(@NotNull @Valid LocalizedText low, @NotNull @Valid LocalizedText high) {
    }

    /** Every question, in order. */
    public Stream<Question> questions() {
        return groups.stream().flatMap(g -> g.questions().stream());
    }

    public Optional<Question> question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The product grid, when the template has one. */
    public Optional<Question> productGrid() {
        return questions().filter(q -> q.type() == QuestionType.PRODUCT_RATINGS).findFirst();
    }

    /**
     * What Bean Validation cannot see: keys unique in the template and in their question, the
     * attributes each type takes, choices with 2–30 options, min not above max, one product grid.
     * Fields are named from the request body ({@code content.groups[1].questions[0].options}).
     */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int grids = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String groupPath = "content.groups[" + g + "]";
            if (!keys.add(group.key())) {
                errors.add(duplicate(groupPath + ".key", group.key()));
            }
            for (int q = 0; q < group.questions().size(); q++) {
                Question question = group.questions().get(q);
                String path = groupPath + ".questions[" + q + "]";
                if (!keys.add(question.key())) {
                    errors.add(duplicate(path + ".key", question.key()));
                }
                QuestionType type = question.type();
                if (type == QuestionType.PRODUCT_RATINGS && ++grids > 1) {
                    errors.add(new FieldError(path + ".type", "survey.template.oneProductGrid", "A template has at most one product rating grid"));
                }
                checkChoices(question, path, errors);
                notFor(type != QuestionType.MULTIPLE_CHOICE, question.maxChoices(), path + ".maxChoices", errors);
                notFor(type != QuestionType.NUMBER, question.unit(), path + ".unit", errors);
                notFor(type != QuestionType.NUMBER, question.min(), path + ".min", errors);
                notFor(type != QuestionType.NUMBER, question.max(), path + ".max", errors);
                notFor(type != QuestionType.NUMBER, question.decimals(), path + ".decimals", errors);
                notFor(type != QuestionType.SCALE, question.scaleLabels(), path + ".scaleLabels", errors);
                notFor(type != QuestionType.FREE_TEXT, question.maxLength(), path + ".maxLength", errors);
                if (question.min() != null && question.max() != null && question.min() > question.max()) {
                    errors.add(new FieldError(path + ".max", "survey.template.minAboveMax", "max is below min",
                            Map.of("min", question.min())));
                }
            }
        }
        return errors;
    }

    private static void checkChoices(Question question, String path, List<FieldError> errors) {
        if (!question.type().isChoice()) {
            notFor(true, question.options(), path + ".options", errors);
            return;
        }
        List<Option> options = question.options() == null ? List.of() : question.options();
        if (options.size() < 2) {
            errors.add(new FieldError(path + ".options", "survey.template.options", "A choice needs 2 to 30 options",
                    Map.of("min", 2, "max", 30)));
        }
        Set<String> optionKeys = new HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            if (!optionKeys.add(options.get(o).key())) {
                errors.add(duplicate(path + ".options[" + o + "].key", options.get(o).key()));
            }
        }
        if (question.maxChoices() != null && question.maxChoices() > options.size()) {
            errors.add(new FieldError(path + ".maxChoices", "validation.Max", "At most as many as there are options",
                    Map.of("value", options.size())));
        }
    }

    private static void notFor(boolean notForType, Object value, String field, List<FieldError> errors) {
        if (notForType && value != null) {
            errors.add(new FieldError(field, "survey.template.notForType", "This question type takes no " + field.substring(field.lastIndexOf('.') + 1)));
        }
    }

    private static FieldError duplicate(String field, String key) {
        return new FieldError(field, "survey.template.duplicateKey", "The key " + key + " is used twice", Map.of("key", key));
    }
}
