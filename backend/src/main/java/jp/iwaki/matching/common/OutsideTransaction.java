package jp.iwaki.matching.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.util.function.Supplier;

/**
 * A call to another system (Keycloak's admin API) made from inside a transaction. It runs with the
 * transaction suspended: the reactive client answers on an event-loop thread, and a transaction
 * propagated to that thread is "active in two threads", so that a failed call could no longer roll
 * our own change back. The caller's transaction resumes afterwards and still decides commit or rollback.
 */
public final class OutsideTransaction {
    private OutsideTransaction() {
    }

    /** The action's result; its runtime exception as it was thrown. */
    public static <T> T call(Supplier<T> action) {
        try {
            return QuarkusTransaction.suspendingExisting().call(action::get);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw e;
        }
    }
}
