package jp.iwaki.matching.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The tokens of survey links: 144 random bits (18 bytes, 24 characters of base64url), short
 * enough for a small QR code. Only the SHA-256 of a token is stored; with that much randomness
 * a plain hash is enough (nothing to brute-force), and it can be looked up by an index.
 */
final class LinkTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{24}");

    record Issued(String token, byte[] hash) {
    }

    private LinkTokens() {
    }

    static Issued issue() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hash(token));
    }

    /** Whether the text could be a token at all; anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
