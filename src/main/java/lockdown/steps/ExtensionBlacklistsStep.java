package lockdown.steps;

import lockdown.core.Guide;

/** The step to block dangerous file extensions. Not automated yet; the page shows how to do it by hand. */
final class ExtensionBlacklistsStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.EXTENSION_BLACKLISTS;
    }
}
