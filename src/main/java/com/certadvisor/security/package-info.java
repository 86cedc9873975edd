@NullMarked
package com.certadvisor.security;

import org.jspecify.annotations.NullMarked;
