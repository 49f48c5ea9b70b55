package jp.iwaki.matching.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Reads a JSON string as {@link JapaneseText#clean}: normalised before it is validated. A control
 * character is refused first ({@link ControlCharacters}), as for every other string.
 */
public class CleanText extends StdScalarDeserializer<String> {
    private final transient UnaryOperator<String> normalise;

    public CleanText() {
        this(JapaneseText::clean);
    }

    CleanText(UnaryOperator<String> normalise) {
        super(String.class);
        this.normalise = normalise;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return normalise.apply(ControlCharacters.checked(parser, parser.getValueAsString()));
    }

    /** Reads a reading (フリガナ) as {@link JapaneseText#reading}. */
    public static class Reading extends CleanText {
        public Reading() {
            super(JapaneseText::reading);
        }
    }

    /** Reads free text as {@link JapaneseText#cleanLines}: line breaks stay. */
    public static class Lines extends CleanText {
        public Lines() {
            super(JapaneseText::cleanLines);
        }
    }

    /** Reads a code (phone, postal code, e-mail, 法人番号) as {@link JapaneseText#code}: every width folded. */
    public static class Code extends CleanText {
        public Code() {
            super(JapaneseText::code);
        }
    }
}
