package lockdown.steps;

import lockdown.core.Guide;

/** The step to remove the catch-all binding on port 9998. Not automated yet; the page shows how to do it by hand. */
final class WebmailBindingsStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.WEBMAIL_BINDINGS;
    }
}
