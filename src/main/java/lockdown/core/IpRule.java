package lockdown.core;

import lockdown.base.Texts;
import lockdown.base.Msg;
import lockdown.base.Fields;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An address or network with a description and the options of a whitelist entry. The address is
 * kept in canonical form, so two rules for the same network compare equal. {@code others} are the
 * fields of the server's record the wizard does not edit, kept as read (none for a rule the
 * administrator typed).
 */
public record IpRule(String address, String description, Set<Option> options, Fields others) implements Comparable<IpRule> {

    /** The per-entry switches of SmarterMail's security whitelist. */
    public enum Option {
        /** "Bypass SMTP Authentication": may relay without logging in. */
        SMTP_AUTH("smtp-auth"),
        /** "Brute Force": IDS brute-force rules do not count this address. */
        IDS("ids"),
        /** "Bypass spam checks". */
        SPAM("spam");

        private final String code;

        Option(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public Msg label() {
            return Msg.of("ip-option." + code);
        }

        public static Option fromCode(String code) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(o -> o.code.equals(c)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Msg.of("ip.option-unknown", code,
                            Arrays.stream(values()).map(Option::code).collect(Collectors.joining(", "))).text()));
        }
    }

    public IpRule {
        address = Cidr.parse(address).toString();
        description = description == null ? "" : description.strip();
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
        others = others == null ? Fields.NONE : others;
    }

    public IpRule(String address, String description, Set<Option> options) {
        this(address, description, options, Fields.NONE);
    }

    public static IpRule of(String address, String description, Option... options) {
        return new IpRule(address, description, options.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(options)));
    }

    public IpRule withOthers(Fields fields) {
        return new IpRule(address, description, options, fields);
    }

    /** The same rule without the server's other fields: what the administrator sees and edits. */
    public IpRule edited() {
        return withOthers(Fields.NONE);
    }

    /**
     * Whether {@code read}, as the server returned it, holds this rule: the same address,
     * description and options, and every other field this rule carries with the same value.
     */
    public boolean heldBy(IpRule read) {
        return address.equals(read.address) && description.equals(read.description) && options.equals(read.options)
                && others.heldBy(read.others);
    }

    /**
     * These rules with the other fields of the rule for the same address in {@code read} where a
     * rule carries none of its own: a rule the administrator edited keeps what the server holds
     * besides.
     */
    public static java.util.List<IpRule> keepingOthers(java.util.List<IpRule> rules, java.util.List<IpRule> read) {
        java.util.Map<String, Fields> byAddress = new java.util.HashMap<>();
        read.forEach(r -> byAddress.put(r.address(), r.others()));
        return rules.stream().map(r -> r.others().isEmpty() && byAddress.containsKey(r.address())
                ? r.withOthers(byAddress.get(r.address())) : r).toList();
    }

    /** Whether every rule of {@code wanted} is held by {@code read} and there are no others. */
    public static boolean heldBy(java.util.List<IpRule> wanted, java.util.List<IpRule> read) {
        if (wanted.size() != read.size()) {
            return false;
        }
        java.util.Map<String, IpRule> byAddress = new java.util.HashMap<>();
        read.forEach(r -> byAddress.put(r.address(), r));
        return wanted.stream().allMatch(w -> byAddress.containsKey(w.address()) && w.heldBy(byAddress.get(w.address())));
    }

    public Cidr cidr() {
        return Cidr.parse(address);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    /** The options in a fixed order, as codes ("smtp-auth,ids"). */
    public String optionCodes() {
        return new TreeSet<>(options).stream().map(Option::code).collect(Collectors.joining(","));
    }

    /**
     * Parses the command-line form {@code ADDRESS[,option...][=DESCRIPTION]}, for example
     * {@code 203.0.113.5,smtp-auth=Office scanner}.
     */
    public static IpRule parse(String text) {
        String t = text.strip();
        String description = "";
        int eq = t.indexOf('=');
        if (eq >= 0) {
            description = t.substring(eq + 1);
            t = t.substring(0, eq);
        }
        String[] parts = t.split(",", -1);
        Set<Option> options = EnumSet.noneOf(Option.class);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                options.add(Option.fromCode(parts[i]));
            }
        }
        return typed(parts[0], description, options);
    }

    /** The longest description the wizard sends (SmarterMail does not document its own limit). */
    public static final int DESCRIPTION_MAX = 255;

    /**
     * A rule as an administrator typed it: invisible characters are removed from the description
     * (they could hide what it says, or rewrite a terminal line), and its length is limited.
     */
    public static IpRule typed(String address, String description, Set<Option> options) {
        String d = Texts.clean(description);
        Cidr cidr = Cidr.parse(address);
        if (d.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException(Msg.of("ip.description-long", cidr, DESCRIPTION_MAX).text());
        }
        return new IpRule(cidr.toString(), d, options);
    }

    /** The command-line form, the inverse of {@link #parse}. */
    public String format() {
        String opts = optionCodes();
        return address + (opts.isEmpty() ? "" : "," + opts) + (description.isEmpty() ? "" : "=" + description);
    }

    /** IPv4 before IPv6, then by address, then narrower networks after wider ones. */
    @Override
    public int compareTo(IpRule o) {
        Cidr a = cidr();
        Cidr b = o.cidr();
        int c = Integer.compare(a.bits(), b.bits());
        if (c == 0) {
            c = java.util.Arrays.compareUnsigned(a.address(), b.address());
        }
        return c != 0 ? c : Integer.compare(a.prefix(), b.prefix());
    }
}
