package lockdown.steps;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lockdown.core.Guide;
import lockdown.core.Setting;
import lockdown.core.Step;

/** Every step of the guide, by id. */
public final class Steps {

    private Steps() {
    }

    private static final Map<Guide, Step> ALL = java.util.Collections.unmodifiableMap(build());

    /** Every step, built once (steps keep no state: what they read lives in the session). */
    public static Map<Guide, Step> all() {
        return ALL;
    }

    private static Map<Guide, Step> build() {
        Map<Guide, Step> m = new EnumMap<>(Guide.class);
        for (Step s : List.of(new ServerBuildStep(), new ServiceAccountStep(), new LogonAsServiceStep(),
                new FolderPermissionsStep(), new ServiceIdentityStep(), new AppPoolIdentityStep(),
                new WebmailIpRestrictionsStep(), new WebmailBindingsStep(), new Admin2faStep(),
                new AdminIpRestrictionsStep(), new IdsBruteForceStep(), new ExtensionBlacklistsStep(),
                new SmtpRelayStep(), new RelayWhitelistStep())) {
            m.put(s.id(), s);
        }
        return m;
    }

    /** One call of the catalog as this server answered the connect-time check, and the steps that use it. */
    public record ApiRow(lockdown.smartermail.Endpoint endpoint, lockdown.smartermail.Evidence evidence,
                         java.util.Optional<Boolean> found, List<Guide> usedBy) {
    }

    /** Every call of the catalog: its evidence, whether this server has it, and which steps depend on it. */
    public static List<ApiRow> apiReport(lockdown.smartermail.SmarterMailApi api) {
        List<ApiRow> rows = new java.util.ArrayList<>();
        for (lockdown.smartermail.Endpoint e : lockdown.smartermail.Endpoint.values()) {
            List<Guide> users = all().values().stream().filter(s -> s instanceof ApiStep a && a.endpoints().contains(e))
                    .map(Step::id).toList();
            rows.add(new ApiRow(e, api.evidence(e), api.found(e), users));
        }
        return rows;
    }

    /** The settings of a step, for reading its values back from the journal. */
    /** The server's build, when this finding is the one that read it. */
    public static java.util.Optional<String> serverBuild(lockdown.core.Finding f) {
        return f.step() == Guide.SERVER_BUILD ? java.util.Optional.ofNullable(f.current().get(ServerBuildStep.BUILD))
                : java.util.Optional.empty();
    }

    public static List<Setting<?>> settingsOf(Guide g) {
        return ALL.get(g).settings();
    }
}
