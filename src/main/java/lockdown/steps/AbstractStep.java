package lockdown.steps;

import java.util.List;
import lockdown.core.Guide;
import lockdown.core.Setting;
import lockdown.core.Step;

/** A step of the guide with its id and its settings, fixed when it is built. */
abstract class AbstractStep implements Step {

    private final Guide id;
    private final List<Setting<?>> settings;

    AbstractStep(Guide id, List<Setting<?>> settings) {
        this.id = id;
        this.settings = List.copyOf(settings);
    }

    @Override
    public final Guide id() {
        return id;
    }

    @Override
    public final List<Setting<?>> settings() {
        return settings;
    }
}
