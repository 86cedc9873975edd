@NullMarked
package com.certadvisor.sources;

import org.jspecify.annotations.NullMarked;
