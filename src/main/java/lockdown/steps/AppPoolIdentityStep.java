package lockdown.steps;

import lockdown.core.Guide;

/** The step to make the IIS application pool run as that account. Not automated yet; the page shows how to do it by hand. */
final class AppPoolIdentityStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.APP_POOL_IDENTITY;
    }
}
