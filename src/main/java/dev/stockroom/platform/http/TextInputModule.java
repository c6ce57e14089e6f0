package dev.stockroom.platform.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Applies {@link TextInput}'s rule to every string of every JSON body, as Jackson reads
 * it: one deserializer for {@code String} instead of a constraint on each field, so a
 * request record added later is covered too. The property's name tells a multi-line field
 * from the rest. A refused string is a 400 naming the property
 * ({@code ApiExceptionHandler}), never a data error in PostgreSQL.
 */
@Component
class TextInputModule extends SimpleModule {

	TextInputModule() {
		super("stockroom-text-input");
		addDeserializer(String.class, new CheckedString(null));
	}

	private static final class CheckedString extends StringDeserializer {

		private final String property;

		CheckedString(String property) {
			this.property = property;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			return new CheckedString((property != null) ? property.getName() : null);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			String problem = (value != null) ? TextInput.problem(String.valueOf(this.property), value) : null;
			if (problem != null) {
				throw context.weirdStringException(TextInput.printable(value), String.class, problem);
			}
			return value;
		}

	}

}
