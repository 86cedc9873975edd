@NullMarked
package com.certadvisor.feedback;

import org.jspecify.annotations.NullMarked;
