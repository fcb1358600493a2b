package lockdown.steps;

import lockdown.core.Guide;

/** The step to run SmarterMail under its own local account. Not automated yet; the page shows how to do it by hand. */
final class ServiceAccountStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.SERVICE_ACCOUNT;
    }
}
