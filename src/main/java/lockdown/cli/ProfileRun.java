package lockdown.cli;

import java.nio.file.Path;
import lockdown.core.Profile;
import lockdown.core.ProfileFile;
import lockdown.steps.Steps;

/** The {@code --profile FILE} option: read and checked before connecting, so a bad file costs no login. */
final class ProfileRun {

    private ProfileRun() {
    }

    static Profile load(Args args) {
        String file = args.get("--profile");
        return file == null ? Profile.NONE : ProfileFile.read(Path.of(file), Steps::settingsOf);
    }
}
