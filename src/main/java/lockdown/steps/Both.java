package lockdown.steps;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Two reads a step needs, sent at the same time (one round trip instead of two). A failure of
 * either is thrown as it was, the first one's first.
 */
record Both<A, B>(A first, B second) {

    static <A, B> Both<A, B> of(Supplier<A> a, Supplier<B> b) {
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<B> later = ex.submit(b::get);
            A first = a.get();
            try {
                return new Both<>(first, later.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
