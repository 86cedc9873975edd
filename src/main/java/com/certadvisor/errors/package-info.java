@NullMarked
package com.certadvisor.errors;

import org.jspecify.annotations.NullMarked;
