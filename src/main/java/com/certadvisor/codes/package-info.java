@NullMarked
package com.certadvisor.codes;

import org.jspecify.annotations.NullMarked;
