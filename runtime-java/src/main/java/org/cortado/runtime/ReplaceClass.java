package org.cortado.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a patch class: replace the teavm-classlib class entirely instead of merging into it. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReplaceClass {
}
