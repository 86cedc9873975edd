@NullMarked
package com.certadvisor.api;

import org.jspecify.annotations.NullMarked;
