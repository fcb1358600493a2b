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
import lockdown.ui.FormField;

/** The editor fit for a setting's type. */
public final class Editors {

    private Editors() {
    }

    /** The editor for the field, showing its value and reporting into it. */
    public static SettingEditor of(FormField<?> field, EditorContext context) {
        AbstractEditor editor = create(field, context);
        editor.init();
        return editor;
    }

    private static AbstractEditor create(FormField<?> f, EditorContext context) {
        Setting<?> s = f.setting();
        if (s.readOnly()) {
            return new InfoEditor(f);
        }
        return switch (s.type()) {
            case ChoiceType c -> new ChoiceEditor(f, c);
            case NumberType n -> new NumberEditor(f, n);
            case FlagType x -> new FlagEditor(f);
            case TextType t -> new TextEditor(f);
            case RulesType r -> new IpRulesEditor(f, r);
            case ExtensionsType e -> new ExtensionsEditor(f, context);
            case NamesType n -> new InfoEditor(f);
            case RecordType r -> new InfoEditor(f);
            case RulesByNameType r -> new ByAccountEditor(f, r);
            case EnrolmentType e -> new EnrolmentEditor(f, context);
            case PasswordType p -> new PasswordEditor(f);
        };
    }
}
