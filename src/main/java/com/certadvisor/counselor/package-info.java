@NullMarked
package com.certadvisor.counselor;

import org.jspecify.annotations.NullMarked;
