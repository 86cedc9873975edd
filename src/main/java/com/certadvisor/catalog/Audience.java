package com.certadvisor.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Says a fact only applies to members, or only to non-members, of one body.
 *
 * @param membership a value of the {@code membership} question ({@code aapc} or
 * {@code ahima})
 * @param member {@code true} for the member price, {@code false} for everyone else
 */
public record Audience(String membership, Boolean member) {

	public Audience {
		membership = Checks.text(membership, "membership");
		if (member == null) {
			throw new IllegalArgumentException("'member' is missing");
		}
	}

	/**
	 * Whether a person who answered {@code membershipAnswer} (or nothing, when
	 * {@code null}) should see the fact.
	 */
	public boolean includes(@Nullable String membershipAnswer) {
		return membershipAnswer == null || this.member == this.membership.equals(membershipAnswer);
	}

}
