package lockdown.smartermail;

import java.util.List;
import java.util.Map;
import lockdown.base.Fields;

/** The four extension blacklists, and the other fields of the object that holds them, as read. */
public record ExtensionSettings(Map<ExtensionList, List<String>> lists, Fields others) {

    public ExtensionSettings {
        lists = Map.copyOf(lists);
    }
}
