package dev.meridian.knowledge.search;

import dev.meridian.customers.Customer;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a customer's names and email addresses, so an agent's search for "Chloé" or
 * "chloe@example.fr" finds that customer's tickets.
 */
final class CustomerBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("givenName").use("familyName").use("displayName").use("emails");
		IndexSchemaElement schema = context.indexSchemaElement();
		var keyword = context.typeFactory().asString().projectable(Projectable.YES).toIndexFieldType();
		var names = context.typeFactory().asString().analyzer(LanguageAnalysis.NAMES).toIndexFieldType();
		context.bridge(Customer.class,
				new Bridge(schema.field("customerId", keyword).toReference(),
						schema.field("name", names).multiValued().toReference(),
						schema.field("email", names).multiValued().toReference()));
	}

	private record Bridge(IndexFieldReference<String> id, IndexFieldReference<String> name,
			IndexFieldReference<String> email) implements TypeBridge<Customer> {

		@Override
		public void write(DocumentElement document, Customer customer, TypeBridgeWriteContext context) {
			document.addValue(this.id, customer.id().value().toString());
			document.addValue(this.name, customer.displayName());
			customer.givenName().ifPresent(given -> document.addValue(this.name, given));
			customer.familyName().ifPresent(family -> document.addValue(this.name, family));
			customer.emails().forEach(email -> document.addValue(this.email, email));
		}

	}

}
