package lockdown.ui.editors;

import lockdown.core.Setting;

/** The editor fit for a setting's kind. */
public final class Editors {

    private Editors() {
    }

    public static SettingEditor of(Setting s, EditorContext context) {
        if (s.readOnly()) {
            return new InfoEditor(s);
        }
        return switch (s.kind()) {
            case CHOICE -> new ChoiceEditor(s);
            case NUMBER -> new NumberEditor(s);
            case FLAG -> new FlagEditor(s);
            case TEXT -> new TextEditor(s);
            case IP_RULES -> new IpRulesEditor(s);
            case EXTENSIONS -> new ExtensionsEditor(s, context);
            case NAMES, RECORD -> new InfoEditor(s);
            case IP_RULES_BY_NAME -> new ByAccountEditor(s);
            case SECRET -> new EnrolmentEditor(s, context);
            case ADDRESSES -> new IpRulesEditor(s);
            case PASSWORD -> new PasswordEditor(s);
        };
    }
}
