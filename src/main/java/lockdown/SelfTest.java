package lockdown;

import java.io.PrintStream;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import lockdown.core.Guide;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import lockdown.core.Session;
import lockdown.core.Status;
import lockdown.core.StepView;
import lockdown.core.Version;
import lockdown.report.Format;
import lockdown.report.ReportBuilder;
import lockdown.report.Renderers;
import lockdown.sim.SimulatedSmarterMail;

/**
 * {@code --self-test}: proves, without a window, that an installed or packaged wizard has what it
 * needs: its texts, the JavaFX and library classes, a working TLS trust store (the Windows one when
 * installed on Windows), JNA's native part, and a whole audit of the demo through the real HTTP
 * client, rendered in every summary format. Prints one line per check; exits 0 when all pass.
 */
final class SelfTest {

    private final PrintStream out;
    private final Wiring wiring;
    private final List<String> failures = new ArrayList<>();

    SelfTest(PrintStream out, Wiring wiring) {
        this.wiring = wiring;
        this.out = out;
    }

    int run() {
        out.println(Msg.of("self-test.start", Version.current(), Runtime.version(), System.getProperty("os.name")).text());
        check("texts", this::texts);
        check("classes", this::classes);
        check("tls", this::tls);
        check("jna", SelfTest::jna);
        check("demo-audit", this::demoAudit);
        check("window", SelfTest::window);
        return verdict();
    }

    /** Prints the verdict: 0 when every check passed, 2 when one failed. */
    int verdict() {
        out.println(failures.isEmpty() ? Msg.of("self-test.passed").text() : Msg.of("self-test.failed", String.join(", ", failures)).text());
        return failures.isEmpty() ? 0 : 2;
    }

    interface Check {
        Msg run() throws Exception;
    }

    void check(String name, Check c) {
        try {
            out.println(Msg.of("self-test.ok", name, c.run()).text());
        } catch (LockdownException e) {
            failures.add(name);
            out.println(Msg.of("self-test.check-failed", name, e.msg()).text());
        } catch (Exception | LinkageError e) {
            failures.add(name);
            out.println(Msg.of("self-test.check-failed", name, e.toString()).text());
        }
    }

    private Msg texts() {
        for (Guide g : Guide.steps()) {
            if (g.title().text().startsWith("!")) {
                throw new LockdownException(Msg.of("self-test.no-text", g.title().key()));
            }
        }
        return Msg.of("self-test.texts", Guide.steps().size());
    }

    private Msg classes() throws ClassNotFoundException {
        ClassLoader loader = SelfTest.class.getClassLoader();
        for (String c : List.of("javafx.scene.control.Button", "atlantafx.base.theme.PrimerLight", "org.controlsfx.control.SegmentedBar",
                "com.fasterxml.jackson.databind.ObjectMapper", "okhttp3.OkHttpClient", "io.nayuki.qrcodegen.QrCode",
                "com.sun.net.httpserver.HttpServer", "com.sun.jna.platform.win32.Advapi32")) {
            Class.forName(c, false, loader);
        }
        return Msg.of("self-test.classes");
    }

    private Msg tls() throws Exception {
        SSLContext.getDefault();
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        int issuers = 0;
        for (var tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                issuers += x.getAcceptedIssuers().length;
            }
        }
        if (issuers == 0) {
            throw new LockdownException(Msg.of("self-test.no-authorities"));
        }
        String type = System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType());
        return Msg.of("self-test.tls", issuers, type);
    }

    /** The JavaFX toolkit starts where the window could open; where it cannot, says why instead of failing. */
    private static Msg window() throws InterruptedException {
        var missing = WindowCheck.missing();
        if (missing.isPresent()) {
            return Msg.of("self-test.window-not-here", missing.get());
        }
        return lockdown.ui.ToolkitCheck.run();
    }

    private static Msg jna() {
        return Msg.of("self-test.jna", lockdown.windows.jna.JnaWindows.pointerBits());
    }

    private Msg demoAudit() throws Exception {
        try (Connection c = wiring.demo(); ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Session session = c.session(ex);
            session.probeAll((g, f) -> { }).get(60, TimeUnit.SECONDS);
            List<StepView> views = session.views();
            List<String> unread = views.stream().filter(v -> v.status() == Status.UNKNOWN).map(v -> v.step().id()).toList();
            if (views.size() != Guide.steps().size() || !unread.isEmpty()) {
                throw new LockdownException(Msg.of("self-test.unread", String.join(", ", unread)));
            }
            for (Format f : Format.values()) {
                String text = Renderers.render(ReportBuilder.of(session), f);
                if (text.isBlank() || text.contains(SimulatedSmarterMail.DEMO_PASSWORD)) {
                    throw new LockdownException(Msg.of("self-test.bad-summary", f.extension()));
                }
            }
            long atRisk = views.stream().filter(v -> v.status() == Status.AT_RISK).count();
            if (atRisk == 0) {
                throw new LockdownException(Msg.of("self-test.nothing-at-risk"));
            }
            return Msg.of("self-test.demo", views.size(), atRisk, Format.values().length);
        }
    }
}
