package jp.iwaki.matching.imports;

import java.util.Arrays;
import java.util.Optional;

/** What a CSV file imports; {@link #path} is how the API and the remembered mappings name it. */
public enum ImportKind {
    FIRMS("firms"), PRODUCTS("products"), BUYER_COMPANIES("buyer-companies");

    public final String path;

    ImportKind(String path) {
        this.path = path;
    }

    public static Optional<ImportKind> of(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
