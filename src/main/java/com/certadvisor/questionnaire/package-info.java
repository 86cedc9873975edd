@NullMarked
package com.certadvisor.questionnaire;

import org.jspecify.annotations.NullMarked;
