import org.cortado.runtime.JSArrays;
import org.cortado.runtime.JSException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;

/** The JS boundary in both directions: run by JsBoundaryNodeTest in Node, which knows the answers. */
public class Boundary {
  @JSFunctor interface IntOp extends JSObject { int apply(int x); }
  @JSFunctor interface Action extends JSObject { void run(); }
  @JSFunctor interface Pred extends JSObject { boolean test(String s); }
  @JSFunctor interface Mix extends JSObject { String mix(long a, double b, boolean c, String d); }

  // Conversions.
  @JSBody(params = {"i", "d", "z", "j", "s"}, script = "return [typeof i, i, typeof d, d, typeof z, z, typeof j, String(j), typeof s, s].join(' ');")
  static native String describe(int i, double d, boolean z, long j, String s);
  @JSBody(params = "s", script = "return s === null ? 'null' : s.length + ':' + s;")
  static native String jsLength(String s);
  @JSBody(script = "return undefined;")
  static native String undef();
  @JSBody(params = "x", script = "return !x;")
  static native boolean not(boolean x);
  @JSBody(params = "x", script = "return x * 3n;")
  static native long triple(long x);
  @JSBody(params = "x", script = "return x + 0.75;")
  static native long fromNumber(double x);

  // Callbacks.
  @JSBody(params = {"f", "x"}, script = "return f(x) + 1;")
  static native int callOp(IntOp f, int x);
  @JSBody(params = "f", script = "return f;")
  static native JSObject pass(Action f);
  @JSBody(params = {"a", "b"}, script = "return a === b && typeof a === 'function';")
  static native boolean sameFunction(JSObject a, JSObject b);
  @JSBody(params = {"f", "s"}, script = "const r = f(s); return typeof r + ':' + r;")
  static native String callPred(Pred f, String s);
  @JSBody(params = "f", script = "return f(2n ** 40n, 0.5, true, 'x\u00e9');")
  static native String callMix(Mix f);
  @JSBody(script = "return (x) => x * 10;")
  static native IntOp jsOp();
  @JSBody(script = "return new EventTarget();")
  static native EventTarget newTarget();
  @JSBody(params = {"t", "type"}, script = "t.dispatchEvent(new Event(type));")
  static native void fire(EventTarget t, String type);

  // Exceptions.
  @JSBody(params = "msg", script = "throw new TypeError(msg);")
  static native void jsThrow(String msg);
  @JSBody(script = "throw 42;")
  static native void jsThrowValue();
  @JSBody(script = "return null.foo;")
  static native int jsNullAccess();
  @JSBody(params = "f", script = "try { f(); return 'no error'; } catch (e) { return (e instanceof Error) + ' ' + e.name + ' | ' + e.message + ' | ' + String(e); }")
  static native String catchInJs(Action f);
  @JSBody(params = "f", script = "f();")
  static native void invoke(Action f);

  // Bulk arrays: element i of every kind is derived from the same double.
  @JSBody(params = {"kind", "n"}, script = "const T = [Int8Array, Int16Array, Uint16Array, Int32Array, Float32Array, Float64Array][kind];"
      + " const a = new T(n); for (let i = 0; i < n; i++) a[i] = ((i * 2654435761) % 65521) - 30000 + i / 8; return a;")
  static native JSObject typed(int kind, int n);
  @JSBody(params = "a", script = "let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return a.constructor.name + ' ' + a.length + ' ' + s;")
  static native String jsSum(JSObject a);

  static int count;
  static RuntimeException thrown;

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "";
    System.out.println(describe(7, 2.5, true, (1L << 53) + 1, "s"));
    System.out.println(jsLength("a\uD83D\uDE00b") + " " + jsLength(null) + " " + undef() + " " + jsLength("\uD800").length());
    System.out.println(not(true) + " " + not(false) + " " + triple(1L << 40) + " " + fromNumber(41) + " " + fromNumber(-2));

    int base = 100;
    System.out.println(callOp(x -> x * 2 + base, 5));
    Action action = () -> count++;
    System.out.println(sameFunction(pass(action), pass(action)) + " " + sameFunction(pass(action), pass(() -> { })));
    System.out.println(callPred(String::isEmpty, "") + " " + callPred(String::isEmpty, "x"));
    System.out.println(callMix((a, b, c, d) -> a + ":" + b + ":" + c + ":" + d));
    System.out.println(jsOp().apply(4));
    EventTarget target = newTarget();
    EventListener<Event> listener = e -> System.out.println("event " + e.getType() + " " + (++count));
    target.addEventListener("ping", listener);
    target.addEventListener("ping", listener);
    fire(target, "ping");
    target.removeEventListener("ping", listener);
    fire(target, "ping");
    System.out.println("listener calls " + count);

    try {
      jsThrow("bad");
    } catch (JSException e) {
      System.out.println("caught " + e.getMessage() + " " + (e.getJsError() != null));
    }
    try {
      jsThrowValue();
    } catch (RuntimeException e) {
      System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
    }
    try {
      jsNullAccess();
    } catch (JSException e) {
      System.out.println("caught " + e.getMessage().startsWith("TypeError: "));
    } finally {
      System.out.println("finally");
    }
    System.out.println(catchInJs(() -> { throw new IllegalArgumentException("from java"); }));
    System.out.println(catchInJs(() -> { throw new RuntimeException(); }));
    try {
      invoke(() -> { thrown = new UnsupportedOperationException("through js"); throw thrown; });
    } catch (UnsupportedOperationException e) {
      System.out.println("back in java: " + e.getMessage() + " " + (e == thrown));
    }

    int n = 300001;
    byte[] b = JSArrays.toJava(typed(0, n), (byte[]) null);
    short[] s = JSArrays.toShortArray(typed(1, n));
    char[] c = JSArrays.toCharArray(typed(2, n));
    int[] i = JSArrays.toIntArray(typed(3, n));
    float[] f = JSArrays.toFloatArray(typed(4, n));
    double[] d = JSArrays.toDoubleArray(typed(5, n));
    long h = 0;
    for (int k = 0; k < n; k++) {
      h = h * 31 + b[k];
      h = h * 31 + s[k];
      h = h * 31 + c[k];
      h = h * 31 + i[k];
      h = h * 31 + Float.floatToIntBits(f[k]);
      h = h * 31 + Double.doubleToLongBits(d[k]);
    }
    System.out.println("checksum " + h);
    System.out.println(jsSum(JSArrays.toInt8Array(b)));
    System.out.println(jsSum(JSArrays.toInt16Array(s)));
    System.out.println(jsSum(JSArrays.toUint16Array(c)));
    System.out.println(jsSum(JSArrays.toInt32Array(i)));
    System.out.println(jsSum(JSArrays.toFloat32Array(f)));
    System.out.println(jsSum(JSArrays.toFloat64Array(d)));
    int[] part = new int[4];
    System.out.println(JSArrays.toJava(JSArrays.toInt32Array(new int[] {5, -6}), part)[1] + " " + part[2]);
    JSObject into = JSArrays.toFloat64Array(new double[5]);
    JSArrays.copyToJs(new double[] {1.5, 2.5, 3.5}, 1, into, 3, 2);
    System.out.println(jsSum(into) + " " + JSArrays.toDoubleArray(into)[4]);

    if (mode.equals("uncaught-js")) {
      jsThrow("nobody catches this");
    }
    Window.setTimeout(() -> {
      System.out.println("timer 1");
      Window.setTimeout(() -> {
        System.out.println("timer 2");
        if (mode.equals("exit")) {
          System.exit(Integer.parseInt(args[1]));
        }
        if (mode.equals("throw")) {
          throw new IllegalStateException("boom in timer");
        }
      }, 1);
      System.out.println("timer 1 done");
    }, 1);
    System.out.println("main returns");
  }
}
