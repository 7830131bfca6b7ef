package dev.meridian.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler whose answer carries texts Meridian writes for the caller (a
 * coverage gap in words, a reason): they are rendered from the message bundles in the
 * caller's language (the agent's UI language, else {@code Accept-Language} among the
 * workspace languages, else English), and the answer says so in {@code Content-Language}.
 * Texts people wrote keep their own language beside them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WrittenInCallersLanguage {

}
