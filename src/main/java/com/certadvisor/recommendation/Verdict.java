package com.certadvisor.recommendation;

import org.jspecify.annotations.Nullable;

/** The advice: one certification, or either when the scores are too close to call. */
public enum Verdict {

	CPC, CCS, EITHER;

	/** The certification id this verdict recommends, or {@code null} for EITHER. */
	public @Nullable String certificationId() {
		return (this != EITHER) ? name() : null;
	}

}
