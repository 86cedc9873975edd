package com.certadvisor.api;

import com.certadvisor.catalog.Source;

/**
 * One recorded change to the catalog's facts.
 *
 * @param edition the edition that made it
 * @param summary what changed, in the request's language
 * @param source the source the change rests on
 */
record ApiChange(String edition, String summary, Source source) {

}
