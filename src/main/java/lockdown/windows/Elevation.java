package lockdown.windows;

/** Whether the wizard runs with administrator rights. */
public interface Elevation {

    boolean elevated();
}
