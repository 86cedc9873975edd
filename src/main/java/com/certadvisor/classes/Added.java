package com.certadvisor.classes;

/** What became of a result sent to a class ({@link ClassSummaries#add}). */
enum Added {

	ADDED, ALREADY_COUNTED, FULL, UNKNOWN_CLASS

}
