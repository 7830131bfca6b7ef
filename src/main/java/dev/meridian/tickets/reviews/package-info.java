/**
 * Conversation reviews: supervisors score solved conversations against a rubric (correct,
 * clear and plain, empathetic, culturally appropriate, followed the playbook) with a
 * comment the reviewed agent reads in their own language; a weekly random sample of
 * conversations per agent to review; averages per agent, language and market for reports.
 */
@NullMarked
@NamedInterface("reviews")
package dev.meridian.tickets.reviews;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
