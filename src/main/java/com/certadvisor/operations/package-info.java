@NullMarked
package com.certadvisor.operations;

import org.jspecify.annotations.NullMarked;
