@NullMarked
package com.certadvisor.editions;

import org.jspecify.annotations.NullMarked;
