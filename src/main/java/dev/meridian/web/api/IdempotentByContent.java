package dev.meridian.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler that commits its work in transactions of its own and recognises a
 * repeated request by its content (a mail by its Message-ID), such as the mail intake,
 * which must end every mail stored or quarantined even when storing fails. Its work does
 * not run inside the transaction that keeps an {@code Idempotency-Key}; the key only
 * keeps the first answer for replay. Every other creating handler's work is committed
 * together with its key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IdempotentByContent {

}
