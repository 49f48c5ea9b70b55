package jp.iwaki.matching.common;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The body limits for a body that declares no length (chunked): BodySizeLimit refuses a declared
 * length before reading, this counts the bytes while the body is read and refuses it with the same
 * 413 once it passes its limit (1 MB for JSON, 5 MB for a photo or an import file).
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {
    // Providers are made while the application starts, before its run-time settings exist: read them per body.
    private final Instance<IwakiConfig> config;

    StreamedBodyLimit(Instance<IwakiConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        IwakiConfig.Limits limits = config.get().limits();
        context.setInputStream(new Limited(context.getInputStream(), (json ? limits.jsonBody() : limits.photoBody()).asLongValue()));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
    }

    /** An I/O failure to the readers (Jackson passes it on unwrapped); ProblemMappers answers 413. */
    public static class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("The body may not exceed " + maxBytes + " bytes");
        }

        ApiException problem() {
            return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, getMessage(), List.of());
        }
    }
}
