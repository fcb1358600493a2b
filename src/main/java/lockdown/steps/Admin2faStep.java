package lockdown.steps;

import lockdown.core.Guide;

/** The step to give every system administrator two-factor authentication. Not automated yet; the page shows how to do it by hand. */
final class Admin2faStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.ADMIN_2FA;
    }
}
