package jp.iwaki.matching.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Characters no text field takes: NUL and the other C0 and C1 control characters (tab, line feed
 * and carriage return excepted), DEL, a lone surrogate, and the bidirectional overrides that make a
 * name read differently than it is stored. PostgreSQL refuses NUL (a 500 before this), and the rest
 * only hide or disguise text. Every JSON string of every request body is checked while it is read
 * (registered here for the REST mapper, and by {@link CleanText}), every query and path parameter by
 * {@link RefusedCharactersFilter}, and every cell of an imported CSV file by {@link CsvImport}.
 */
public final class ControlCharacters {
    public static final String KEY = "text.controlCharacter";

    private ControlCharacters() {
    }

    public static boolean isRefused(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The first refused character of the text, if any. */
    public static OptionalInt firstRefused(String text) {
        return text == null ? OptionalInt.empty() : text.codePoints().filter(ControlCharacters::isRefused).findFirst();
    }

    /** The error for a field that holds a refused character, naming the character (U+0000). */
    public static FieldError error(String field, int character) {
        String code = String.format("U+%04X", character);
        return new FieldError(field, KEY, "The text holds a control character (" + code + ")", Map.of("character", code));
    }

    /** Refuses the value when it holds a refused character; Jackson adds the field's path on the way out. */
    static String checked(JsonParser parser, String value) throws RefusedCharacterException {
        OptionalInt refused = firstRefused(value);
        if (refused.isPresent()) {
            throw new RefusedCharacterException(parser, refused.getAsInt());
        }
        return value;
    }

    /** A JSON string with a refused character; {@link ProblemMappers} answers 400 naming its path. */
    public static class RefusedCharacterException extends JsonMappingException {
        private final int character;

        RefusedCharacterException(JsonParser parser, int character) {
            super(parser, "The text holds a control character");
            this.character = character;
        }

        public int character() {
            return character;
        }
    }

    /** Every plain String of a request body, i.e. each one without a {@link CleanText} deserializer of its own. */
    static class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    @Singleton
    static class Registration implements ObjectMapperCustomizer {
        @Override
        public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("control-characters").addDeserializer(String.class, new CheckedString()));
        }
    }

    /** The errors for the given fields (name → value), in order; empty when every value is clean. */
    public static List<FieldError> errors(Map<String, String> fields) {
        return fields.entrySet().stream()
                .filter(field -> firstRefused(field.getValue()).isPresent())
                .map(field -> error(field.getKey(), firstRefused(field.getValue()).getAsInt()))
                .toList();
    }
}
