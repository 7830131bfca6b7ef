package dev.meridian.channels.email.intake;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a failure caused by another transaction writing the same rows at the same moment
 * (worth doing the whole work again, which then sees that writer's result) from one the
 * mail itself causes.
 */
final class ConcurrentWrites {

	private ConcurrentWrites() {
	}

	/**
	 * Whether the failure, or one of its causes, is a clash with a concurrent writer: a
	 * unique key taken meanwhile, a row whose version moved on, a lock wait that timed
	 * out or deadlocked. Flushing through the entity manager throws JPA's exceptions
	 * untranslated, repositories throw Spring's: both count.
	 */
	static boolean clashed(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataIntegrityViolationException || cause instanceof ConcurrencyFailureException
					|| cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
					|| cause instanceof LockTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
