package lockdown.base;

/** A step could not read, plan or apply; the message names the step's setting or the failed call. */
public class StepException extends LockdownException {

    public StepException(Msg msg) {
        super(msg);
    }

    public StepException(Msg msg, Throwable cause) {
        super(msg, cause);
    }
}
