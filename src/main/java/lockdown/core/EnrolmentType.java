package lockdown.core;

import java.util.Optional;
import lockdown.base.Messages;
import lockdown.base.Msg;

/** A two-factor enrolment being confirmed: its secret is never shown again, logged, journaled or typed on a command line. */
public record EnrolmentType() implements ValueType<Enrolment> {

    @Override
    public Optional<Enrolment> accept(Object value) {
        return value instanceof Enrolment e ? Optional.of(e) : Optional.empty();
    }

    @Override
    public Enrolment parse(String text) {
        throw new IllegalArgumentException(Msg.of("setting.not-on-command-line").text());
    }

    @Override
    public String display(String key, Enrolment value) {
        return Messages.get("setting.secret-hidden");
    }

    @Override
    public boolean secret() {
        return true;
    }
}
