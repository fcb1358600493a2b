package lockdown.sim;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * A front end that speaks HTTP/1.0 and closes each connection right after its answer, without a
 * "Connection: close" header: the way old servers, some proxies and idle time-outs behave. A client
 * that reuses such a connection finds it closed on its next request.
 */
final class Http10Front implements AutoCloseable {

    private final ServerSocket socket;
    private final Function<SimRequest, Reply> answer;

    Http10Front(InetSocketAddress address, ExecutorService executor, Function<SimRequest, Reply> answer) throws IOException {
        this.socket = new ServerSocket();
        this.socket.bind(address);
        this.answer = answer;
        executor.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    executor.execute(() -> serve(s));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            String requestLine = line(in);
            if (requestLine == null || requestLine.isBlank()) {
                return;
            }
            String[] parts = requestLine.split(" ");
            String authorization = null;
            int length = 0;
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).strip();
                if (name.equals("authorization")) {
                    authorization = value;
                } else if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                }
            }
            byte[] body = in.readNBytes(length);
            String path = parts.length > 1 ? parts[1].replaceFirst("\\?.*", "") : "/";
            Reply reply = answer.apply(new SimRequest(parts[0], path, authorization, body,
                    s.getInetAddress().getHostAddress()));
            byte[] bytes = reply.bytes();
            String head = "HTTP/1.0 " + reply.wireStatus() + " " + (reply.wireStatus() < 400 ? "OK" : "Error") + "\r\n"
                    + "Content-Type: " + reply.contentType() + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\n"
                    + SimulatedSmarterMail.MARK + ": " + SimulatedSmarterMail.MARK_VALUE + "\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        } catch (IOException | RuntimeException broken) {
            // the client went away: nothing to answer
        }
    }

    /** One header line, without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return c == -1 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
