package lockdown.windows;

import java.util.List;

/** Whether the wizard runs with administrator rights, and starting it again with them. */
public interface Elevation {

    boolean elevated();

    /**
     * Starts the wizard again with administrator rights (Windows asks through UAC) and returns when
     * the new process has started; the caller then ends this one. A declined prompt is an error
     * with code 1223.
     */
    void restartElevated(List<String> arguments);
}
