package dev.meridian.privacy.web;

import dev.meridian.privacy.PrivacyRequest;
import dev.meridian.privacy.erasure.Erasures;
import dev.meridian.privacy.export.Exports;
import org.jspecify.annotations.Nullable;

/**
 * One request on the admins' list, with where it stands against its due date and what was
 * done for its customer so far.
 *
 * @param request the request
 * @param due where it stands against its due date now
 * @param export the customer's latest export, if any
 * @param erasure the customer's erasure, if one was asked for
 */
record RequestRow(PrivacyRequest request, PrivacyRequest.Due due, Exports.@Nullable Status export,
		Erasures.@Nullable Status erasure) {

	/** The CSS class of its row: overdue and due-soon requests stand out. */
	public String rowClass() {
		return switch (this.due) {
			case OVERDUE -> "overdue";
			case SOON -> "due-soon";
			default -> "";
		};
	}

}
