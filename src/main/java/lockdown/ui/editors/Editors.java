package lockdown.ui.editors;

import lockdown.core.ChoiceType;
import lockdown.core.EnrolmentType;
import lockdown.core.ExtensionsType;
import lockdown.core.FlagType;
import lockdown.core.NamesType;
import lockdown.core.NumberType;
import lockdown.core.PasswordType;
import lockdown.core.RecordType;
import lockdown.core.RulesByNameType;
import lockdown.core.RulesType;
import lockdown.core.Setting;
import lockdown.core.TextType;

/** The editor fit for a setting's kind. */
public final class Editors {

    private Editors() {
    }

    public static SettingEditor of(Setting<?> s, EditorContext context) {
        if (s.readOnly()) {
            return new InfoEditor(s);
        }
        return switch (s.type()) {
            case ChoiceType c -> new ChoiceEditor(s, c);
            case NumberType n -> new NumberEditor(s, n);
            case FlagType f -> new FlagEditor(s);
            case TextType t -> new TextEditor(s);
            case RulesType r -> new IpRulesEditor(s, r);
            case ExtensionsType e -> new ExtensionsEditor(s, context);
            case NamesType n -> new InfoEditor(s);
            case RecordType r -> new InfoEditor(s);
            case RulesByNameType r -> new ByAccountEditor(s, r);
            case EnrolmentType e -> new EnrolmentEditor(s, context);
            case PasswordType p -> new PasswordEditor(s);
        };
    }
}
