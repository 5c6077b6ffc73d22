package org.cortado.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a patch method its real name when javac would reject it, e.g. {@code getClass}, which
 * a class written against the real JDK cannot declare.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Rename {
  String value();
}
