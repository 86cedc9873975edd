@NullMarked
package com.certadvisor.plan;

import org.jspecify.annotations.NullMarked;
