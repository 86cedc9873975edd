@NullMarked
package com.certadvisor.recommendation;

import org.jspecify.annotations.NullMarked;
