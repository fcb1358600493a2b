package lockdown.smartermail;

/**
 * A prepared write to the server: it can say what it will send (for the preview) and send it.
 * The description never contains a password or a token.
 */
public interface Call {

    /** The HTTP method, URL and JSON body, e.g. {@code POST https://host/... {"a":1}}. */
    String describe();

    void run();
}
