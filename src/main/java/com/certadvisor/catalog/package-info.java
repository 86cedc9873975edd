@NullMarked
package com.certadvisor.catalog;

import org.jspecify.annotations.NullMarked;
