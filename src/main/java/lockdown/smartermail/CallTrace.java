package lockdown.smartermail;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * What happened on the wire during one call: whether it opened a new connection and whether any
 * answer began to arrive. A failure on a reused connection before any answer means the server had
 * closed that connection already: the request never reached it.
 */
final class CallTrace {

    private volatile boolean newConnection;
    private volatile boolean answerStarted;

    /** Whether {@code failure} came from a pooled connection the server had already closed. */
    boolean stale(IOException failure) {
        boolean transport = !(failure instanceof InterruptedIOException) && !(failure instanceof SSLException)
                && !(failure instanceof ConnectException) && !(failure instanceof UnknownHostException);
        return transport && !newConnection && !answerStarted;
    }

    /** Feeds a call's trace, found through the request's tag. */
    static final class Listener extends EventListener {

        private final CallTrace trace;

        Listener(Call call) {
            CallTrace t = call.request().tag(CallTrace.class);
            trace = t == null ? new CallTrace() : t;
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            trace.newConnection = true;
        }

        @Override
        public void responseHeadersStart(Call call) {
            trace.answerStarted = true;
        }
    }
}
