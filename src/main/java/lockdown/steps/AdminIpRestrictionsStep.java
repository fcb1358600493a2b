package lockdown.steps;

import lockdown.core.Guide;

/** The step to restrict administrator logins by IP. Not automated yet; the page shows how to do it by hand. */
final class AdminIpRestrictionsStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.ADMIN_IP_RESTRICTIONS;
    }
}
