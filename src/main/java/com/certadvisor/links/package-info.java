@NullMarked
package com.certadvisor.links;

import org.jspecify.annotations.NullMarked;
