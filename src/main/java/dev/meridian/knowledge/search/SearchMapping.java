package dev.meridian.knowledge.search;

import dev.meridian.customers.Customer;
import dev.meridian.knowledge.ArticleTranslation;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import org.springframework.stereotype.Component;

/**
 * What is indexed, declared here rather than with annotations on the entities: the
 * tickets and customers modules stay unaware of search. Referenced from the Hibernate
 * Search configuration as {@code bean:searchMapping}.
 */
@Component("searchMapping")
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String ARTICLES = "knowledge-articles";

	public static final String TICKETS = "tickets";

	public static final String MESSAGES = "messages";

	public static final String CUSTOMERS = "customers";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		var mapping = context.programmaticMapping();
		TypeMappingStep articles = mapping.type(ArticleTranslation.class);
		articles.indexed().index(ARTICLES);
		articles.binder(new ArticleBinder());
		mapping.type(dev.meridian.knowledge.Article.class)
			.property("translations")
			.associationInverseSide(org.hibernate.search.mapper.pojo.model.path.PojoModelPath.parse("article"));

		TypeMappingStep tickets = mapping.type(Ticket.class);
		tickets.indexed().index(TICKETS);
		tickets.binder(ConversationBinder.tickets());

		TypeMappingStep messages = mapping.type(Message.class);
		messages.indexed().index(MESSAGES);
		messages.binder(ConversationBinder.messages());

		TypeMappingStep customers = mapping.type(Customer.class);
		customers.indexed().index(CUSTOMERS);
		customers.binder(new CustomerBinder());
	}

}
