@NullMarked
package com.certadvisor.caching;

import org.jspecify.annotations.NullMarked;
