package jp.iwaki.matching.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** Reads a JSON string as {@link JapaneseText#clean}: normalised before it is validated. */
public class CleanText extends StdScalarDeserializer<String> {
    public CleanText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return JapaneseText.clean(parser.getValueAsString());
    }

    /** Reads a reading (フリガナ) as {@link JapaneseText#reading}. */
    public static class Reading extends StdScalarDeserializer<String> {
        public Reading() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return JapaneseText.reading(parser.getValueAsString());
        }
    }

    /** Reads free text as {@link JapaneseText#cleanLines}: line breaks stay. */
    public static class Lines extends StdScalarDeserializer<String> {
        public Lines() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return JapaneseText.cleanLines(parser.getValueAsString());
        }
    }
}
