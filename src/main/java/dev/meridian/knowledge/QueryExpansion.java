package dev.meridian.knowledge;

/**
 * Words related to a query's, in the query's language, that the articles answering it are
 * likely to use instead: a customer "sends back" what an article calls a <em>return</em>,
 * and their lamp "came smashed" where the article says <em>damaged</em>. Search looks for
 * them beside the query's own words, at a lower weight, so they find articles the query's
 * words miss without outranking those its words find.
 */
public interface QueryExpansion {

	/**
	 * The related words of a query text, space-separated, none of them already in it;
	 * empty when none are known.
	 * @param key the analyser key of the text's language ({@code en}, {@code de}...)
	 */
	String related(String text, String key);

}
