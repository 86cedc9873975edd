@NullMarked
package com.certadvisor.classes;

import org.jspecify.annotations.NullMarked;
