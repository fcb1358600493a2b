package lockdown.windows;

import java.util.List;

/** An IIS site with its bindings, physical path and application pool. */
public record Site(String name, List<Binding> bindings, String physicalPath, String appPool) {

    public Site {
        bindings = List.copyOf(bindings);
    }
}
