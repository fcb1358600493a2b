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

    public static Map<Guide, Step> all() {
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

    /** The settings of a step, for reading its values back from the journal. */
    public static List<Setting> settingsOf(Guide g) {
        return all().get(g).settings();
    }
}
