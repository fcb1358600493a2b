package lockdown.steps;

import java.util.ArrayList;
import java.util.List;
import lockdown.core.Detail;
import lockdown.core.Finding;
import lockdown.core.Guide;
import lockdown.base.Msg;
import lockdown.core.Plan;
import lockdown.core.Setting;
import lockdown.core.Settings;
import lockdown.core.ProbeResult;
import lockdown.base.StepException;
import lockdown.core.Target;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.ServerVersion;
import lockdown.smartermail.SmarterMailApi;

/**
 * Flags builds that are exposed to the exploited SmarterMail vulnerabilities. Read only: upgrading
 * is done with SmarterTools' installer, and the page says how.
 */
final class ServerBuildStep extends ApiStep {

    /** A known exploited vulnerability and the first build without it. */

    ServerBuildStep() {
        super(Guide.SERVER_BUILD, List.of(BUILD));
    }

    record Vulnerability(String cve, int fixedIn) {
    }

    /** The first build that fixes every vulnerability below. */
    static final int SAFE_BUILD = 9511;

    static final List<Vulnerability> KNOWN = List.of(
            new Vulnerability("CVE-2026-23760", 9511),
            new Vulnerability("CVE-2026-24423", 9511),
            new Vulnerability("CVE-2025-52691", 9413));

    static final Setting<String> BUILD = Setting.info("build");

    @Override
    List<Endpoint> endpoints() {
        return of(Endpoint.GET_VERSION);
    }

    @Override
    Finding probe(SmarterMailApi api) {
        ServerVersion v = api.version();
        Settings current = Settings.EMPTY.with(BUILD, String.valueOf(v.build()));
        Settings recommended = Settings.EMPTY.with(BUILD, Msg.of("server-build.recommended", SAFE_BUILD).text());
        List<Detail> details = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Vulnerability k : KNOWN) {
            boolean affected = v.build() < k.fixedIn();
            if (affected) {
                open.add(k.cve());
            }
            details.add(new Detail(Msg.of(affected ? "server-build.cve-open" : "server-build.cve-fixed", k.cve(), k.fixedIn(),
                    Msg.of("cve." + k.cve())), affected));
        }
        Msg reason = open.isEmpty()
                ? Msg.of("server-build.ok", v.build(), SAFE_BUILD)
                : Msg.of("server-build.vulnerable", v.build(), String.join(", ", open), SAFE_BUILD);
        return Finding.of(id(), open.isEmpty() ? ProbeResult.COMPLIANT : ProbeResult.AT_RISK, current, recommended, reason,
                evidence(api, Endpoint.GET_VERSION), details);
    }

    @Override
    public Plan plan(Target target, Finding current, Settings desired) {
        throw new StepException(Msg.of("server-build.upgrade-by-hand"));
    }
}
