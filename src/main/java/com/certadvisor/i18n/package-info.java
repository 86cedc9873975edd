@NullMarked
package com.certadvisor.i18n;

import org.jspecify.annotations.NullMarked;
