package lockdown.steps;

import lockdown.core.Guide;

/** The step to give that account the right to log on as a service. Not automated yet; the page shows how to do it by hand. */
final class LogonAsServiceStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.LOGON_AS_SERVICE;
    }
}
