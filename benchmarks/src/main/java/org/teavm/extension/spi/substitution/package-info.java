/**
 * Stand-ins for {@code org.teavm:teavm-extension-spi:0.16.0}, which teavm-core 0.16.0's pom lists
 * but Maven Central does not have; without it TeaVM cannot start. Written here from the signatures
 * teavm-core and teavm-classlib call (seen with javap), only as far as they need them. Used only on the
 * class path of the runner's TeaVM compile step (the comparison toolchain); Cortado never sees them.
 * Delete this package, {@code ..spi.reflection} and {@code ..spi.resources} once the artifact is published.
 */
package org.teavm.extension.spi.substitution;
