package org.cortado.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a constructor of a patch class: replaces the classlib constructor with the same descriptor
 * (or adds it). The patch must extend the classlib class's superclass, since its super(...) call
 * is kept as written.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface PatchConstructor {
}
