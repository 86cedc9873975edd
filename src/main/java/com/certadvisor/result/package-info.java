@NullMarked
package com.certadvisor.result;

import org.jspecify.annotations.NullMarked;
