package lockdown.steps;

import lockdown.core.Guide;

/** The step to make the SmarterMail service log on as that account. Not automated yet; the page shows how to do it by hand. */
final class ServiceIdentityStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.SERVICE_IDENTITY;
    }
}
