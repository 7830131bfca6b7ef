package dev.meridian.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header: what the API is and that it takes bearer tokens, so
 * Swagger UI offers "Authorize".
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Meridian API", version = "v1",
		description = "Help desk for customers in every country, language and time zone. Errors are "
				+ "application/problem+json; creating requests accept an Idempotency-Key header.",
		license = @License(name = "Apache-2.0")), security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An API token: MERIDIAN_BOOTSTRAP_TOKEN, or one issued by POST /api/v1/tokens")
class OpenApiConfiguration {

}
