/**
 * The web request pipeline: the order of every filter and interceptor, in one place.
 * Below every module that adds one, and knowing none of them.
 */
@NullMarked
package com.certadvisor.web;

import org.jspecify.annotations.NullMarked;
