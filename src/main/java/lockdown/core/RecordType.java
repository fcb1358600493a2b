package lockdown.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lockdown.base.Fields;
import lockdown.base.Msg;

/**
 * The other fields of a server record, kept as read: never shown or typed, but journaled, sent back
 * on every write, compared on verification and restored on undo. A value read back holds the one
 * wanted when every field wanted has the same value (fields the server adds on its own do not count).
 */
public record RecordType() implements ValueType<Fields> {

    @Override
    public Optional<Fields> accept(Object value) {
        return value instanceof Fields f ? Optional.of(f) : Optional.empty();
    }

    @Override
    public Fields parse(String text) {
        throw new IllegalArgumentException(Msg.of("setting.not-on-command-line").text());
    }

    @Override
    public String display(String key, Fields value) {
        return Msg.of("value.record", value.values().size()).text();
    }

    @Override
    public Object plain(Fields value) {
        return value.values();
    }

    @Override
    public Fields fromPlain(Object plain) {
        return plain instanceof Map<?, ?> m ? new Fields(stringKeys(m)) : ValueType.super.fromPlain(plain);
    }

    static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    @Override
    public boolean holds(Fields read, Fields wanted) {
        return wanted.heldBy(read);
    }

    @Override
    public List<String> lost(Fields read, Fields wanted) {
        return wanted.differences(read);
    }

    @Override
    public boolean hidden() {
        return true;
    }
}
