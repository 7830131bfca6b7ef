package dev.meridian.web.api;

import java.lang.annotation.Annotation;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds, from a filter that runs before Spring MVC, the controller method a request will
 * reach, so the filter can follow what that method declares.
 */
@Component
class ApiHandlers {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	ApiHandlers(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	boolean isAnnotated(HttpServletRequest request, Class<? extends Annotation> annotation) {
		RequestMappingHandlerMapping mapping = this.mappings.getIfUnique();
		if (mapping == null) {
			return false;
		}
		RequestPath parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain != null && chain.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(annotation);
		}
		catch (Exception ex) {
			// No handler, or none that can be chosen yet: the usual path applies.
			return false;
		}
		finally {
			ServletRequestPathUtils.setParsedRequestPath(parsedBefore, request);
		}
	}

}
