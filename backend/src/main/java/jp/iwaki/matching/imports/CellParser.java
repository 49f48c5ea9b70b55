package jp.iwaki.matching.imports;

import java.util.Map;

/** How the text of a cell becomes a field's value. */
@FunctionalInterface
public interface CellParser<T> {
    /**
     * The value a non-blank cell means, or null when cleaning leaves nothing.
     *
     * @throws Unreadable when the text means no value of the field (a word that is not 会員/非会員)
     */
    T parse(String cell);

    /** A cell that means no value: the problem's message key, English text and parameters. */
    final class Unreadable extends RuntimeException {
        private final String key;
        private final transient Map<String, Object> params;

        public Unreadable(String key, String message) {
            this(key, message, Map.of());
        }

        public Unreadable(String key, String message, Map<String, Object> params) {
            super(message, null, false, false);
            this.key = key;
            this.params = Map.copyOf(params);
        }

        public String key() {
            return key;
        }

        public Map<String, Object> params() {
            return params;
        }
    }
}
