package lockdown.core;

import java.util.List;
import java.util.Optional;

/** Checks shared by the value types. */
final class Values {

    private Values() {
    }

    /** The value as a list of {@code type}, when it is one. */
    @SuppressWarnings("unchecked")
    static <T> Optional<List<T>> listOf(Object value, Class<T> type) {
        return value instanceof List<?> l && l.stream().allMatch(type::isInstance) ? Optional.of((List<T>) l) : Optional.empty();
    }
}
