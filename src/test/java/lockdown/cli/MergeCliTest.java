package lockdown.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lockdown.sim.SimulatedSmarterMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge and diff on audits written by the command line itself, from two simulated servers. */
class MergeCliTest {

    @TempDir
    Path dir;
    final CliRun cli = new CliRun();
    SimulatedSmarterMail good;
    SimulatedSmarterMail bad;

    @BeforeEach
    void start() {
        good = SimulatedSmarterMail.start(0);
        bad = SimulatedSmarterMail.start(0);
    }

    @AfterEach
    void stop() {
        good.close();
        bad.close();
    }

    private Path audit(SimulatedSmarterMail sim, String name) throws Exception {
        cli.run("audit", "--server", sim.url(), "--user", "admin", "--json");
        Path p = dir.resolve(name);
        Files.writeString(p, cli.out());
        return p;
    }

    @Test
    void oneReportOfManyServersTheWorstFirstEachLinkedToItsSection() throws Exception {
        Path before = audit(good, "good-before.json");
        good.state().allowRelay("Nobody");
        Path goodNow = audit(good, "good.json");
        Path badNow = audit(bad, "bad.json");
        Path html = dir.resolve("fleet.html");
        assertThat(cli.run("merge", goodNow.toString(), badNow.toString(), "--format", "html", "--out", html.toString()))
                .isEqualTo(Cli.OK);
        String page = Files.readString(html);
        assertThat(page.indexOf(bad.url())).as("the worse server first").isLessThan(page.indexOf(good.url()));
        assertThat(page).contains("href=\"#server-1\"").contains("id=\"server-2\"").contains("At risk, per step")
                .contains("class=\"s-at-risk\"").contains("Allow relay is “Anyone”");
        Path md = dir.resolve("fleet.md");
        assertThat(cli.run("merge", goodNow.toString(), badNow.toString(), "--format", "md", "--out", md.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readString(md)).contains("| smtp-relay |").contains("](#server-1)");

        assertThat(cli.run("diff", before.toString(), goodNow.toString())).as("better is not a failure").isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("Better: smtp-relay: At risk → Compliant").contains("Drifted: smtp-relay: allow-relay was anyone, now nobody");
        assertThat(cli.run("diff", goodNow.toString(), before.toString())).as("worse fails the check").isEqualTo(Cli.AT_RISK);
        assertThat(cli.out()).contains("Worse: smtp-relay: Compliant → At risk");
    }

    @Test
    void aFileOfAnotherKindOrANewerVersionIsRefusedByName() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"rows\": []}");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"schema\": \"smartermail-lockdown-audit\", \"version\": 9, \"steps\": []}");
        Path out = dir.resolve("x.html");
        assertThat(cli.run("merge", other.toString(), "--format", "html", "--out", out.toString())).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains(other.toString()).contains("is not an audit");
        assertThat(cli.run("merge", newer.toString(), "--format", "html", "--out", out.toString())).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("newer").contains("version 9");
        assertThat(cli.run("diff", newer.toString())).isEqualTo(Cli.ERROR);
        assertThat(out).doesNotExist();
    }
}
