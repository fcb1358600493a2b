package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A SmarterMail-like server that is not our simulator and shares none of its code or assumptions:
 * it answers HTTP/1.0 and closes every connection after its answer (without saying so), answers
 * 404 to any method or path it does not route (a GET on a POST-only path included), has only the
 * version, SMTP In, whitelist and IDS-block calls, keeps fields on its records that the wizard does
 * not know, and stores every field a save sends. With {@link #dropsProtocols} it keeps only the
 * SMTP protocol of an entry it saves, whatever it was sent.
 */
final class OtherServer implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "Other-Server-Pw-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REQUEST_ONLY = Set.of("serviceList", "dataType", "address", "oldAddress");

    final MockWebServer server = new MockWebServer();
    private final List<String> calls = new ArrayList<>();
    private final ObjectNode smtpIn = JSON.createObjectNode();
    private final ArrayNode whitelist = JSON.createArrayNode();
    private int logins;
    volatile boolean dropsProtocols;

    OtherServer() throws IOException {
        smtpIn.put("allowRelay", "Anyone");
        smtpIn.put("port", 25);
        smtpIn.put("bannerText", "mail.example.net ESMTP");
        smtpIn.putObject("limits").put("maxConnections", 50).put("maxRecipients", 200);
        ObjectNode scanner = whitelist.addObject();
        scanner.put("ip", "198.51.100.8");
        scanner.put("description", "Scanner");
        scanner.put("bypass", true);
        scanner.put("spam_bypass", false);
        scanner.put("bruteForceBypass", false);
        scanner.put("protocolMask", 15);
        scanner.put("smtp", true);
        scanner.put("pop", true);
        scanner.put("imap", true);
        scanner.put("xmpp", true);
        scanner.put("greylistBypass", true);
        scanner.put("id", "wl-7");
        scanner.put("createdUtc", "2025-03-01T08:00:00Z");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (OtherServer.this) {
                    String key = request.getMethod() + " " + request.getUrl().encodedPath();
                    calls.add(key);
                    return answer(key, request);
                }
            }
        });
        server.start();
    }

    String url() {
        return server.url("/").toString();
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized int logins() {
        return logins;
    }

    /** The whitelist exactly as the server holds it, as JSON text. */
    synchronized String whitelistJson() {
        return whitelist.toString();
    }

    synchronized JsonNode entry(String ip) {
        for (JsonNode n : whitelist) {
            if (n.path("ip").asText().equals(ip)) {
                return n.deepCopy();
            }
        }
        return null;
    }

    synchronized String relay() {
        return smtpIn.path("allowRelay").asText();
    }

    synchronized String smtpInJson() {
        return smtpIn.toString();
    }

    private MockResponse answer(String key, RecordedRequest request) {
        JsonNode body = body(request);
        if (!key.startsWith("POST /api/v1/auth/") && !"Bearer other-token".equals(request.getHeaders().get("Authorization"))) {
            return reply(401, fail("Unauthorized"));
        }
        return switch (key) {
            case "POST /api/v1/auth/authenticate-user" -> login(body);
            case "GET /api/v1/settings/sysadmin/get-version" -> reply(200, ok().put("version", "Build 9511 (100.0.9511.17)"));
            case "GET /api/v1/settings/sysadmin/smtp-in" -> {
                ObjectNode b = ok();
                b.set("smtpIn", smtpIn.deepCopy());
                yield reply(200, b);
            }
            case "POST /api/v1/settings/sysadmin/smtp-in" -> {
                body.path("smtpIn").properties().forEach(p -> smtpIn.set(p.getKey(), p.getValue()));
                yield reply(200, ok());
            }
            case "POST /api/v1/settings/sysadmin/ip-access/true" -> {
                ObjectNode b = ok();
                b.set("ipAccessList", whitelist.deepCopy());
                b.put("totalCount", whitelist.size());
                yield reply(200, b);
            }
            case "POST /api/v1/settings/sysadmin/ip-access" -> save(body);
            case "POST /api/v1/settings/sysadmin/ip-access-delete" -> delete(body.path("address").asText());
            case "POST /api/v1/settings/sysadmin/blocked-ips" -> {
                ObjectNode b = ok();
                b.putArray("ipBlocks");
                yield reply(200, b);
            }
            default -> reply(404, fail("Not Found"));
        };
    }

    private MockResponse login(JsonNode body) {
        logins++;
        if (!USER.equals(body.path("username").asText()) || !PASSWORD.equals(body.path("password").asText())) {
            return reply(401, fail("USERNAME_OR_PASSWORD_INCORRECT"));
        }
        ObjectNode b = ok();
        b.put("isAdmin", true);
        b.put("username", USER);
        b.put("accessToken", "other-token");
        b.put("refreshToken", "other-refresh");
        b.put("accessTokenExpiration", Instant.now().plusSeconds(3600).toString());
        return reply(200, b);
    }

    /** Stores every field it is sent, but for the request's own ones; the address becomes "ip". */
    private MockResponse save(JsonNode body) {
        String old = body.hasNonNull("oldAddress") ? body.path("oldAddress").asText() : null;
        String address = body.path("address").asText();
        int at = index(old == null ? address : old);
        if (old == null && at >= 0) {
            return reply(200, fail("IP_ALREADY_EXISTS"));
        }
        if (old != null && at < 0) {
            return reply(200, fail("IP_NOT_FOUND"));
        }
        ObjectNode row = JSON.createObjectNode();
        row.put("ip", address);
        body.properties().forEach(p -> {
            if (!REQUEST_ONLY.contains(p.getKey())) {
                row.set(p.getKey(), p.getValue());
            }
        });
        if (dropsProtocols) {
            row.put("protocolMask", 1);
            row.put("pop", false);
            row.put("imap", false);
            row.put("xmpp", false);
        }
        if (at >= 0) {
            whitelist.set(at, row);
        } else {
            whitelist.add(row);
        }
        return reply(200, ok());
    }

    private MockResponse delete(String address) {
        int at = index(address);
        if (at < 0) {
            return reply(200, fail("IP_NOT_FOUND"));
        }
        whitelist.remove(at);
        return reply(200, ok());
    }

    private int index(String address) {
        for (int i = 0; i < whitelist.size(); i++) {
            if (whitelist.get(i).path("ip").asText().equals(address)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode body(RecordedRequest r) {
        try {
            return r.getBody() == null || r.getBody().size() == 0 ? JSON.createObjectNode() : JSON.readTree(r.getBody().utf8());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static ObjectNode ok() {
        ObjectNode b = JSON.createObjectNode();
        b.put("success", true);
        b.put("resultCode", 200);
        return b;
    }

    private static ObjectNode fail(String message) {
        ObjectNode b = JSON.createObjectNode();
        b.put("success", false);
        b.put("message", message);
        return b;
    }

    /** HTTP/1.0, and the connection closed after the answer without a "Connection: close" header. */
    private static MockResponse reply(int code, ObjectNode body) {
        return new MockResponse.Builder().status("HTTP/1.0 " + code + (code < 400 ? " OK" : " Error"))
                .setHeader("Content-Type", "application/json").body(body.toString())
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
