package dev.meridian.agents.access;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Takes a slot from the {@link LoginThrottle} before the delegate checks the password
 * (one bcrypt), so an attempt the throttle refuses costs no bcrypt and parallel guesses
 * are counted one by one; a success gives the slot back.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String account = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		Optional<Duration> wait = this.throttle.attempt(account, address);
		if (wait.isPresent()) {
			throw new LockedException(
					"Too many failed sign-ins; try again in " + (wait.get().toSeconds() + 59) / 60 + " minutes");
		}
		Authentication result = this.delegate.authenticate(authentication);
		this.throttle.succeeded(account, address);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
