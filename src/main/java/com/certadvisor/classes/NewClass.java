package com.certadvisor.classes;

/**
 * A class just started.
 *
 * @param id goes into the students' link
 * @param key opens the counselor's summary; shown once
 */
record NewClass(String id, String key) {

	/** Never the key: it must not reach a log. */
	@Override
	public String toString() {
		return "NewClass[id=" + this.id + "]";
	}

}
