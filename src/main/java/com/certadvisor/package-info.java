@NullMarked
package com.certadvisor;

import org.jspecify.annotations.NullMarked;
