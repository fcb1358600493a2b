package lockdown.steps;

import lockdown.core.Guide;

/** The step to give that account Modify on the install and data folders. Not automated yet; the page shows how to do it by hand. */
final class FolderPermissionsStep extends NotAutomatedStep {

    @Override
    public Guide id() {
        return Guide.FOLDER_PERMISSIONS;
    }
}
