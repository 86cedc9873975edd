@NullMarked
package com.certadvisor.seo;

import org.jspecify.annotations.NullMarked;
