package lockdown.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.base.InvalidSettingsException;
import lockdown.base.Msg;

/**
 * Command-line options: {@code --name value}, {@code --flag}, and repeatable {@code --set k=v}.
 * Unknown options are an error that lists the known ones.
 */
final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> sets = new ArrayList<>();
    private final List<String> flagsSeen = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /** {@code valued} options take a value; {@code flags} do not. */
    static Args parse(List<String> args, List<String> valued, List<String> flags) {
        return parse(args, valued, flags, false);
    }

    /** As {@link #parse}, and words that are not options are files ({@link #files}). */
    static Args parseWithFiles(List<String> args, List<String> valued, List<String> flags) {
        return parse(args, valued, flags, true);
    }

    private static Args parse(List<String> args, List<String> valued, List<String> flags, boolean files) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                a.flagsSeen.add(arg);
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new InvalidSettingsException(arg.substring(2), Msg.of("cli.needs-value", arg));
                }
                String v = args.get(++i);
                if (arg.equals("--set")) {
                    a.sets.add(v);
                } else {
                    a.values.put(arg, v);
                }
            } else if (files && !arg.startsWith("-")) {
                a.positional.add(arg);
            } else {
                List<String> known = new ArrayList<>(valued);
                known.addAll(flags);
                throw new InvalidSettingsException("option", Msg.of("cli.unknown-option", arg, String.join(" ", known)));
            }
        }
        return a;
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name) || flagsSeen.contains(name);
    }

    List<String> sets() {
        return sets;
    }

    /** The words that were not options, in order (the files of merge and diff). */
    List<String> files() {
        return positional;
    }
}
