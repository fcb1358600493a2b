package lockdown.steps;

import lockdown.core.Guide;

/** The step to restrict webmail by IP in IIS. Not automated yet; the page shows how to do it by hand. */
final class WebmailIpRestrictionsStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.WEBMAIL_IP_RESTRICTIONS;
    }
}
