package lockdown.sim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks simulator code that answers in a shape no public source confirms: a placeholder for what
 * a real SmarterMail server might do. The endpoint catalog says the same with evidence "unverified".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
public @interface Unverified {
    /** What is guessed. */
    String value();
}
