package dev.meridian.web.api;

import dev.meridian.InvalidValueException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string in every request body is checked once, where it is read: PostgreSQL cannot
 * store NUL (U+0000), and an unpaired surrogate is not Unicode. Either is refused with a
 * 400 naming the field, instead of failing deep in the database. Everything else is kept
 * exactly as sent.
 */
@Configuration(proxyBeanMethods = false)
class StorableTextModule {

	@Bean
	JacksonModule storableText() {
		return new SimpleModule("meridian-storable-text").addDeserializer(String.class,
				new StorableStringDeserializer());
	}

	static final class StorableStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null) {
				check(value);
			}
			return value;
		}

		static void check(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '\u0000') {
					throw new InvalidValueException("", "The text contains a NUL character (U+0000)");
				}
				if (Character.isHighSurrogate(c) && i + 1 < value.length()
						&& Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					throw new InvalidValueException("", "The text contains an unpaired surrogate (invalid UTF-16)");
				}
			}
		}

	}

}
