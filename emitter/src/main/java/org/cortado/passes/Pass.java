package org.cortado.passes;

import org.cortado.ir.Body;

/** One transformation of a method's IR. */
public interface Pass {
  void run(Body body);
}
