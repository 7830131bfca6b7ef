package dev.meridian.agents.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords through the delegate unless the {@link LoginThrottle} says the account
 * or address has failed too often; counts failures and forgets them on success.
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
				? String.valueOf(details.getRemoteAddress()) : "unknown";
		var wait = this.throttle.blockedFor(account, address);
		if (wait.isPresent()) {
			throw new LockedException(
					"Too many failed sign-ins; try again in " + (wait.get().toMinutes() + 1) + " minutes");
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(account);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(account, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
