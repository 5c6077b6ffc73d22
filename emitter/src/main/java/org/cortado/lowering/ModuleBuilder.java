package org.cortado.lowering;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.analysis.Reachability;
import org.cortado.analysis.Reachability.MethodInfo;
import org.cortado.analysis.RecursiveMethods;
import org.cortado.wasm.Code;
import org.cortado.wasm.DataSegment;
import org.cortado.wasm.Function;
import org.cortado.wasm.Global;
import org.cortado.wasm.HeapType;
import org.cortado.wasm.Module;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.Tag;
import org.cortado.wasm.TypeDef;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Builds the Wasm module for a reachable program: functions for methods, vtable and static-field
 * globals, string literals, class initialisers, runtime helpers and the start function.
 */
public final class ModuleBuilder {
  static final String CLASS_OF = "java/lang/Class.of(Lorg/cortado/runtime/VTable;)Ljava/lang/Class;";
  static final String THROW_NPE = "org/cortado/runtime/Exceptions.nullPointer()V";
  static final String THROW_DIV = "org/cortado/runtime/Exceptions.divisionByZero()V";
  private static final String SIMPLE_NAME = "org/cortado/runtime/VTable.simpleName(Lorg/cortado/runtime/VTable;)Ljava/lang/String;";
  static final String THROW_STACK_OVERFLOW = "org/cortado/runtime/Exceptions.stackOverflow()V";
  static final String THROW_INDEX = "org/cortado/runtime/Exceptions.indexOutOfBounds(II)V";
  static final String THROW_NEGATIVE_SIZE = "org/cortado/runtime/Exceptions.negativeArraySize(I)V";
  static final String THROW_CLASS_CAST = "org/cortado/runtime/Exceptions.classCast(Ljava/lang/Object;Ljava/lang/Class;)V";
  static final String CHECK_ARRAY_STORE = "org/cortado/runtime/Runtime.checkArrayStore(Ljava/lang/Object;Ljava/lang/Object;)V";
  static final String CHECK_CAST = "org/cortado/runtime/Runtime.checkCast(Ljava/lang/Object;Lorg/cortado/runtime/VTable;)V";
  static final String IS_INSTANCE = "org/cortado/runtime/Runtime.isInstance(Ljava/lang/Object;Lorg/cortado/runtime/VTable;)Z";
  static final String NEW_MULTI_ARRAY = "org/cortado/runtime/Runtime.newMultiArray(Lorg/cortado/runtime/VTable;[I)Ljava/lang/Object;";
  static final String INIT_ERROR = "org/cortado/runtime/Runtime.initializerError(Ljava/lang/Throwable;)Ljava/lang/Throwable;";
  static final String NO_CLASS_DEF = "org/cortado/runtime/Runtime.noClassDefFound(Ljava/lang/String;)V";
  static final String STRINGS_ADD = "org/cortado/runtime/Strings.add(Ljava/lang/String;)V";
  static final String LAUNCHER_START = "org/cortado/runtime/Launcher.start()V";
  static final String LAUNCHER_FLUSH = "org/cortado/runtime/Launcher.flush()V";

  /** Methods every module may call from generated code (reachability roots). */
  public static final List<String> RUNTIME_ROOTS = List.of(CLASS_OF, THROW_NPE, THROW_DIV, THROW_STACK_OVERFLOW, THROW_INDEX,
      THROW_NEGATIVE_SIZE, INIT_ERROR, NO_CLASS_DEF, LAUNCHER_START, LAUNCHER_FLUSH);

  /** Runtime methods that the code for one IR node may call, beyond RUNTIME_ROOTS (for reachability). */
  public static List<String> runtimeCalls(Object node) {
    if (node instanceof org.cortado.ir.Expr.CheckCast) {
      return List.of(CHECK_CAST, THROW_CLASS_CAST);
    } else if (node instanceof org.cortado.ir.Expr.InstanceOf) {
      return List.of(IS_INSTANCE);
    } else if (node instanceof org.cortado.ir.Expr.NewMultiArray) {
      return List.of(NEW_MULTI_ARRAY);
    } else if (node instanceof org.cortado.ir.Stmt.ArrayStore a
        && (a.elem().getSort() == Type.OBJECT || a.elem().getSort() == Type.ARRAY)) {
      return List.of(CHECK_ARRAY_STORE);
    }
    return List.of();
  }

  final Module module = new Module();
  /** Static methods to export to JavaScript ({@code @JSExport}); set before {@link #build}. */
  public final List<org.cortado.interop.Jso.Export> jsExportRequests = new ArrayList<>();
  /** The functions JavaScript calls in the module, for the loader; filled by {@link #build}. */
  public final org.cortado.interop.Boundary boundary = new org.cortado.interop.Boundary();
  final ClassHierarchy hierarchy;
  final Reachability reach;
  final ObjectModel model;
  final Tag javaTag;
  private final String mainKey;
  final String mainClass;
  private final Map<String, Function> functions = new HashMap<>();
  private final Map<String, Function> imports = new LinkedHashMap<>();
  private final Map<String, Global> vtables = new HashMap<>();
  private final Map<String, Global> statics = new HashMap<>();
  private final Map<String, Global> initFlags = new HashMap<>();
  private final Map<String, Function> initFunctions = new HashMap<>();
  private final Map<String, Boolean> needsInit = new HashMap<>();
  private final Map<String, Function> allocators = new HashMap<>();
  private final Map<Character, Function> newArrayHelpers = new HashMap<>();
  private final Map<String, Function> helpers = new HashMap<>();
  private final Map<String, Function> abstractStubs = new HashMap<>();
  private final Map<String, Function> cloneFunctions = new HashMap<>();
  private final Map<String, Set<String>> dispatchCache = new HashMap<>();
  private final Map<String, Integer> literalIndex = new LinkedHashMap<>();
  /** Per literal: its byte offset in the literal data, and its length × 2 + 1 if stored as UTF-16. */
  private final Global literalInfo;
  private static final String LITERAL_SEGMENT = "literals";
  /** The literal data segment's index once $literal exists (-1: no code creates literals). */
  private int literalSegment = -1;
  private final List<String[]> deferredStaticStrings = new ArrayList<>();
  private final Global literalTable;
  private final Global hashSeed;
  /**
   * Stack bytes (estimated) left for recursive methods. Engines report their own overflow as an
   * uncatchable trap, so methods on call-graph cycles charge their frame here and throw
   * StackOverflowError before the engine's stack runs out.
   */
  final Global stackLeft;
  /** Methods on a call-graph cycle: the ones that account for their stack use. */
  Set<String> recursive = Set.of();
  private final TypeDef.Array stringArray;

  public ModuleBuilder(ClassHierarchy hierarchy, Reachability reach, String mainClass) {
    this.hierarchy = hierarchy;
    this.reach = reach;
    this.model = new ObjectModel(module, hierarchy, reach);
    this.mainKey = Reachability.key(mainClass, "main", "([Ljava/lang/String;)V");
    this.mainClass = mainClass;
    TypeDef.Struct throwable = model.layout("java/lang/Throwable");
    javaTag = new Tag("java", module.funcType(List.of(RefType.nullable(throwable)), List.of()));
    module.tags.add(javaTag);
    module.memoryPages = 1;
    module.memoryExport = "memory";
    stringArray = module.addType(new TypeDef.Array("strings",
        TypeDef.Field.of("s", RefType.nullable(model.layout("java/lang/String")), true)));
    literalTable = module.addGlobal(new Global("literals", RefType.nullable(stringArray), true,
        new Code().refNull(stringArray)));
    literalInfo = module.addGlobal(new Global("literalInfo", RefType.nullable(model.arrayData('I')), true,
        new Code().refNull(model.arrayData('I'))));
    hashSeed = module.addGlobal(new Global("hashSeed", NumType.I32, true, new Code().i32(0x2545F491)));
    stackLeft = module.addGlobal(new Global("stackLeft", NumType.I32, true, new Code().i32(StackAccounting.BUDGET)));
  }

  /** The Java methods that exports need besides the exported methods (reachability roots). */
  public static List<String> exportRoots(List<org.cortado.interop.Jso.Export> exports) {
    return JsExports.roots(exports);
  }

  /** Builds every function and the module's data; returns the finished module. */
  public Module build() {
    for (MethodInfo mi : reach.methods.values()) {
      if (mi.body != null) {
        String name = mi.owner.name.replace('/', '.') + "." + mi.method.name + mi.method.desc;
        Function f = new Function(name, functionType(mi));
        functions.put(mi.key, f);
        module.addFunction(f);
      }
    }
    Map<String, org.cortado.ir.Body> bodies = new HashMap<>();
    reach.methods.forEach((k, mi) -> {
      if (mi.body != null) {
        bodies.put(k, mi.body);
      }
    });
    recursive = RecursiveMethods.find(bodies, this::callees);
    for (MethodInfo mi : reach.methods.values()) {
      if (mi.body != null) {
        new org.cortado.passes.SplitVariables().run(mi.body);
        new org.cortado.passes.InferTypes(hierarchy).run(mi.body);
        new FunctionLowering(this, mi, functions.get(mi.key)).lower();
      }
    }
    for (String t : new ArrayList<>(reach.types)) {
      vtable(t.startsWith("[") ? Type.getType(t) : Type.getObjectType(t));
    }
    module.exports.put("main", function(LAUNCHER_START));
    module.exports.put("flush", function(LAUNCHER_FLUSH));
    JsExports.build(this);
    buildStart();
    int literals = literalIndex.size();
    model.populateAll();
    if (literalIndex.size() != literals) {
      throw new IllegalStateException("string literal added after the literal data was written");
    }
    return module;
  }

  // ---------------------------------------------------------------- functions

  /**
   * The Wasm type of a method's function. Methods that can occupy a vtable or itable slot take
   * their receiver as Object (one type per slot); constructors and private methods are only ever
   * called directly, so they take their own class and need no cast on entry.
   */
  private TypeDef.Func functionType(MethodInfo mi) {
    boolean directOnly = mi.method.name.equals("<init>") || (mi.method.access & Opcodes.ACC_PRIVATE) != 0;
    if (mi.isStatic() || !directOnly || (mi.owner.access & Opcodes.ACC_INTERFACE) != 0) {
      return model.methodType(mi.method.desc, mi.isStatic());
    }
    TypeDef.Func erased = model.methodType(mi.method.desc, false);
    List<ValType> params = new ArrayList<>(erased.params);
    params.set(0, RefType.nullable(model.struct(mi.owner.name)));
    return module.funcType(params, erased.results);
  }

  Function function(String key) {
    Function f = functions.get(key);
    if (f == null) {
      throw new IllegalStateException("method not compiled: " + key);
    }
    return f;
  }

  Function mainFunction() {
    return function(mainKey);
  }

  /** Calls a runtime Java method; returns its result type. */
  ValType callJava(String key, Code code) {
    Function f = function(key);
    code.call(f);
    return f.type.results.isEmpty() ? null : f.type.results.get(0);
  }

  ValType callHelper(Function f, Code code) {
    code.call(f);
    return f.type.results.isEmpty() ? null : f.type.results.get(0);
  }

  void throwNullPointer(Code code) {
    code.call(function(THROW_NPE));
    code.op(Op.UNREACHABLE);
  }

  void throwDivisionByZero(Code code) {
    code.call(function(THROW_DIV));
    code.op(Op.UNREACHABLE);
  }

  /** The import for a {@code JsImports} native, typed from its descriptor. */
  Function jsImport(String name) {
    Function f = imports.get(name);
    if (f == null) {
      ClassNode cn = hierarchy.get("org/cortado/runtime/JsImports");
      MethodNode m = cn.methods.stream().filter(x -> x.name.equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no JS import " + name));
      List<ValType> params = new ArrayList<>();
      for (Type t : Type.getArgumentTypes(m.desc)) {
        params.add(boundary(t));
      }
      ValType result = boundary(Type.getReturnType(m.desc));
      f = new Function("js." + name, module.funcType(params, result == null ? List.of() : List.of(result)), "cortado", name);
      imports.put(name, f);
      module.addFunction(f);
    }
    return f;
  }

  /** JS values cross as externref; primitives as themselves. */
  private ValType boundary(Type t) {
    if (t.getSort() == Type.VOID) {
      return null;
    }
    if (t.getSort() == Type.OBJECT && org.cortado.interop.Jso.isJsType(hierarchy, t.getInternalName())) {
      return RefType.EXTERNREF;
    }
    return model.wasmType(t);
  }

  private final Map<String, Function> jsoImports = new LinkedHashMap<>();

  /** The import {@code jso.fN} for a JS function with this boundary signature. */
  Function jsoImport(String js, List<ValType> params, List<ValType> results) {
    TypeDef.Func type = module.funcType(params, results);
    return jsoImports.computeIfAbsent(js + "#" + type.name, k -> {
      String name = "f" + jsoImports.size();
      return module.addFunction(new Function("jso." + name, type, "jso", name));
    });
  }

  /** The JS functions of the {@code jso} imports, in import-name order, for the loader. */
  public List<String> jsoFunctions() {
    List<String> out = new ArrayList<>();
    for (String k : jsoImports.keySet()) {
      out.add(k.substring(0, k.lastIndexOf('#')));
    }
    return out;
  }

  /** {@code $jsWrap}: externref to JSRef (JS null and undefined become Java null). */
  Function jsWrap() {
    return helper("jsWrap", List.of(RefType.EXTERNREF), List.of(RefType.nullable(model.jsRef())), f -> {
      Code c = f.body;
      c.localGet(0).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).refNull(model.jsRef()).op(Op.RETURN).end();
      c.globalGet(vtable(Type.getObjectType(org.cortado.interop.Jso.JS_REF))).i32(0).localGet(0).structNew(model.jsRef());
    });
  }

  /** {@code $jsUnwrap}: JSRef to externref (Java null becomes JS null). */
  Function jsUnwrap() {
    return helper("jsUnwrap", List.of(RefType.nullable(model.jsRef())), List.of(RefType.EXTERNREF), f -> {
      Code c = f.body;
      c.localGet(0).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).refNull(HeapType.Abstract.NOEXTERN).op(Op.RETURN).end();
      c.localGet(0).structGet(model.jsRef(), model.fieldIndex(org.cortado.interop.Jso.JS_REF, "js"));
    });
  }

  /** The methods one call can reach (over-approximated for virtual calls), for the call graph. */
  private Set<String> callees(org.cortado.ir.Expr.Invoke inv) {
    String owner = inv.method().owner();
    if (owner.startsWith("[")) {
      return Set.of();
    }
    ClassHierarchy.Resolved<MethodNode> r = hierarchy.resolveMethod(owner, inv.method().name(), inv.method().desc());
    if (r == null) {
      return Set.of();
    }
    String key = Reachability.key(r.owner().name, inv.method().name(), inv.method().desc());
    if (inv.kind() == org.cortado.ir.Ops.InvokeKind.STATIC || inv.kind() == org.cortado.ir.Ops.InvokeKind.SPECIAL
        || (r.member().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0) {
      return Set.of(key);
    }
    return dispatchTargets(owner, inv.method().name() + inv.method().desc());
  }

  /** Throws StackOverflowError after granting the budget headroom to construct it. */
  Function stackOverflowHelper() {
    return helper("stackOverflow", List.of(), List.of(), f -> {
      f.body.globalGet(stackLeft).i32(StackAccounting.RESERVE).op(Op.I32_ADD).globalSet(stackLeft);
      f.body.call(function(THROW_STACK_OVERFLOW));
      f.body.op(Op.UNREACHABLE);
    });
  }

  /** Targets of a virtual call with this static receiver class, among instantiated classes. */
  Set<String> dispatchTargets(String owner, String sig) {
    return dispatchCache.computeIfAbsent(owner + "#" + sig, k -> {
      Set<String> out = new LinkedHashSet<>();
      int paren = sig.indexOf('(');
      for (String c : reach.instantiated) {
        if (hierarchy.ancestors(c).contains(owner)) {
          ClassHierarchy.Resolved<MethodNode> t = hierarchy.dispatch(c, sig.substring(0, paren), sig.substring(paren));
          if (t != null) {
            out.add(Reachability.key(t.owner().name, t.member().name, t.member().desc));
          }
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- globals

  Global staticField(String owner, FieldNode f) {
    String key = owner + "." + f.name;
    Global g = statics.get(key);
    if (g == null) {
      ValType t = model.wasmType(Type.getType(f.desc));
      Code init = new Code();
      Object v = f.value;
      if (t == NumType.I32) {
        init.i32(v instanceof Integer i ? i : 0);
      } else if (t == NumType.I64) {
        init.i64(v instanceof Long l ? l : 0L);
      } else if (t == NumType.F32) {
        init.f32(v instanceof Float x ? x : 0f);
      } else if (t == NumType.F64) {
        init.f64(v instanceof Double d ? d : 0d);
      } else {
        init.refNull(((RefType) t).heap());
        if (v instanceof String s) {
          deferredStaticStrings.add(new String[] {key, s});
        }
      }
      g = module.addGlobal(new Global("static." + key, t, true, init));
      statics.put(key, g);
    }
    return g;
  }

  /**
   * Pushes a string literal: {@code call $literal(index)}, which creates the String from the data
   * segment on first use and caches it, so start-up does not pay for literals never used.
   */
  ValType pushLiteral(String s, Code code) {
    code.i32(literalIndexOf(s));
    code.call(literalHelper());
    return RefType.nonNull(model.layout("java/lang/String"));
  }

  private int literalIndexOf(String s) {
    Integer idx = literalIndex.get(s);
    if (idx == null) {
      idx = literalIndex.size();
      literalIndex.put(s, idx);
    }
    return idx;
  }

  boolean needsInit(String cls) {
    Boolean cached = needsInit.get(cls);
    if (cached != null) {
      return cached;
    }
    needsInit.put(cls, false);
    boolean result = false;
    if (reach.initialized.contains(cls)) {
      ClassNode cn = hierarchy.get(cls);
      if (ClassHierarchy.declared(cn, "<clinit>", "()V") != null) {
        result = true;
      } else {
        for (String dep : initDependencies(cn)) {
          result |= needsInit(dep);
        }
      }
    }
    needsInit.put(cls, result);
    return result;
  }

  /** JLS 12.4.2: the superclass and superinterfaces declaring default methods come first. */
  private List<String> initDependencies(ClassNode cn) {
    List<String> deps = new ArrayList<>();
    if ((cn.access & Opcodes.ACC_INTERFACE) != 0) {
      return deps;
    }
    if (cn.superName != null) {
      deps.add(cn.superName);
    }
    for (String i : cn.interfaces) {
      addInterfacesWithDefaults(i, deps);
    }
    return deps;
  }

  private void addInterfacesWithDefaults(String itf, List<String> out) {
    ClassNode cn = hierarchy.get(itf);
    for (String s : cn.interfaces) {
      addInterfacesWithDefaults(s, out);
    }
    boolean hasDefault = cn.methods.stream().anyMatch(m -> (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0
        && !m.name.startsWith("<"));
    if (hasDefault && !out.contains(itf)) {
      out.add(itf);
    }
  }

  Global initFlag(String cls) {
    return initFlags.computeIfAbsent(cls, c -> module.addGlobal(new Global("init." + c, NumType.I32, true, new Code().i32(0))));
  }

  /** {@code $init.C}: runs the static initialisers once, in JLS order; 2 marks a failed class. */
  Function initFunction(String cls) {
    Function f = initFunctions.get(cls);
    if (f != null) {
      return f;
    }
    f = module.addFunction(new Function("init." + cls, module.funcType(List.of(), List.of())));
    initFunctions.put(cls, f);
    Global flag = initFlag(cls);
    Code c = f.body;
    c.globalGet(flag).i32(1).op(Op.I32_EQ);
    c.open(Op.IF, null).op(Op.RETURN).end();
    c.globalGet(flag).i32(2).op(Op.I32_EQ);
    c.open(Op.IF, null);
    pushLiteral(cls.replace('/', '.'), c);
    callJava(NO_CLASS_DEF, c);
    c.op(Op.UNREACHABLE).end();
    c.i32(1).globalSet(flag);
    ClassNode cn = hierarchy.get(cls);
    int exc = f.addLocal(RefType.nullable(model.layout("java/lang/Throwable")));
    c.open(Op.TRY, null);
    for (String dep : initDependencies(cn)) {
      if (needsInit(dep)) {
        c.call(initFunction(dep));
      }
    }
    MethodNode clinit = ClassHierarchy.declared(cn, "<clinit>", "()V");
    if (clinit != null) {
      c.call(function(Reachability.key(cls, "<clinit>", "()V")));
    }
    c.add(Op.CATCH, javaTag, 0);
    c.localSet(exc);
    c.i32(2).globalSet(flag);
    c.localGet(exc);
    callJava(INIT_ERROR, c);
    c.throwTag(javaTag);
    c.end();
    return f;
  }

  // ---------------------------------------------------------------- vtables

  /** The vtable global of a class, interface, array or primitive type. */
  Global vtable(Type t) {
    String key = t.getSort() == Type.OBJECT ? t.getInternalName() : t.getDescriptor();
    Global g = vtables.get(key);
    if (g != null) {
      return g;
    }
    Code init = new Code();
    TypeDef.Struct type;
    if (t.getSort() == Type.ARRAY) {
      Global component = vtable(Type.getType(t.getDescriptor().substring(1)));
      type = model.vtObject;
      metadata(init, -1, -1, 2, vtable(Type.getObjectType(ObjectModel.OBJECT)), component, arrayItables(), -1, null);
      objectSlots(init);
    } else if (t.getSort() != Type.OBJECT) {
      type = model.vtObject;
      int flags = 4 | (t.getDescriptor().charAt(0) << 8);
      metadata(init, literalIndexOf(t.getClassName()), literalIndexOf(t.getClassName()), flags, null, null,
          null, -1, null);
      objectSlots(init);
    } else {
      String cls = t.getInternalName();
      ClassNode cn = hierarchy.get(cls);
      boolean isInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
      boolean isEnum = isEnum(cn);
      int flags = (isInterface ? 1 : 0) | ((cn.access & Opcodes.ACC_ABSTRACT) != 0 ? 8 : 0) | (isEnum ? 16 : 0);
      Global sup = cn.superName != null && !isInterface ? vtable(Type.getObjectType(cn.superName)) : null;
      int name = literalIndexOf(cls.replace('/', '.'));
      // Simple names cost a literal per class: only when the program can ask for one.
      int simple = reach.methods.containsKey(SIMPLE_NAME) ? literalIndexOf(simpleName(cn)) : -1;
      if (isInterface) {
        type = model.vtObject;
        metadata(init, name, simple, flags, null, null, null, model.hasItable(cls) ? model.itableColor(cls) : -1, null);
        objectSlots(init);
      } else {
        type = model.vtable(cls);
        Code itables = classItables(cls);
        Function clone = cloneFunction(cls);
        metadata(init, name, simple, flags, sup, null, itables, -1, clone, isEnum ? enumValuesFunction(cn) : null);
        for (int i = ObjectModel.VT_FIRST_SLOT; i < type.fields.size(); i++) {
          slotTarget(init, cls, type.fields.get(i).name());
        }
      }
    }
    init.structNew(type);
    g = module.addGlobal(new Global("vt." + key, RefType.nonNull(type), false, init));
    vtables.put(key, g);
    return g;
  }

  private void metadata(Code c, int name, int simpleName, int flags, Global sup, Object component, Object itables,
      int itableSlot, Function clone) {
    metadata(c, name, simpleName, flags, sup, component, itables, itableSlot, clone, null);
  }

  private void metadata(Code c, int name, int simpleName, int flags, Global sup, Object component, Object itables,
      int itableSlot, Function clone, Function enumValues) {
    c.refNull(model.objectStruct);
    c.i32(name).i32(simpleName).i32(flags);
    if (sup != null) {
      c.globalGet(sup);
    } else {
      c.refNull(model.vtObject);
    }
    if (component instanceof Global g) {
      c.globalGet(g);
    } else if (component instanceof Code code) {
      c.append(code);
    } else {
      c.refNull(model.vtObject);
    }
    c.refNull(model.vtObject);
    if (itables instanceof Code code) {
      c.append(code);
    } else if (itables instanceof Global g) {
      c.globalGet(g);
    } else {
      c.globalGet(emptyItables());
    }
    c.i32(itableSlot);
    if (clone != null) {
      c.add(Op.REF_FUNC, clone, 0);
    } else {
      c.refNull(model.cloneType);
    }
    if (enumValues != null) {
      c.add(Op.REF_FUNC, enumValues, 0);
    } else {
      c.refNull(model.enumValuesType);
    }
  }

  private void objectSlots(Code c) {
    for (int i = ObjectModel.VT_FIRST_SLOT; i < model.vtObject.fields.size(); i++) {
      slotTarget(c, ObjectModel.OBJECT, model.vtObject.fields.get(i).name());
    }
  }

  private void slotTarget(Code c, String cls, String sig) {
    int paren = sig.indexOf('(');
    ClassHierarchy.Resolved<MethodNode> t = hierarchy.dispatch(cls, sig.substring(0, paren), sig.substring(paren));
    Function f = t == null ? null : functions.get(Reachability.key(t.owner().name, t.member().name, t.member().desc));
    c.add(Op.REF_FUNC, f != null ? f : abstractStub(model.methodType(sig.substring(paren), false)), 0);
  }

  private Function abstractStub(TypeDef.Func type) {
    return abstractStubs.computeIfAbsent(type.name, k -> {
      Function f = module.addFunction(new Function("abstract." + k, type));
      f.body.op(Op.UNREACHABLE);
      return f;
    });
  }

  private Global emptyItablesGlobal;

  private Global emptyItables() {
    if (emptyItablesGlobal == null) {
      Code c = new Code().i32(model.itableCount);
      c.add(Op.ARRAY_NEW_DEFAULT, model.itables, 0);
      emptyItablesGlobal = module.addGlobal(new Global("itables.none", RefType.nonNull(model.itables), false, c));
    }
    return emptyItablesGlobal;
  }

  private Global arrayItablesGlobal;

  /** Arrays implement Cloneable and Serializable. */
  private Global arrayItables() {
    if (arrayItablesGlobal == null) {
      Code c = itablesFor(List.of("java/lang/Cloneable", "java/io/Serializable"), null);
      arrayItablesGlobal = c == null ? emptyItables()
          : module.addGlobal(new Global("itables.array", RefType.nonNull(model.itables), false, c));
    }
    return arrayItablesGlobal;
  }

  private Code classItables(String cls) {
    return itablesFor(new ArrayList<>(hierarchy.ancestors(cls)), cls);
  }

  /** array.new_fixed of the itables of the given interfaces at their slots; null if none has one. */
  private Code itablesFor(List<String> types, String cls) {
    Map<Integer, String> bySlot = new HashMap<>();
    for (String t : types) {
      if (model.hasItable(t)) {
        bySlot.put(model.itableColor(t), t);
      }
    }
    if (bySlot.isEmpty()) {
      return null;
    }
    Code c = new Code();
    for (int i = 0; i < model.itableCount; i++) {
      String itf = bySlot.get(i);
      if (itf == null) {
        c.refNull(model.itableBase);
        continue;
      }
      c.globalGet(vtable(Type.getObjectType(itf)));
      TypeDef.Struct it = model.itableStruct(itf);
      for (String sig : model.itableSlots(itf).keySet()) {
        if (cls == null) {
          c.add(Op.REF_FUNC, abstractStub(model.methodType(sig.substring(sig.indexOf('(')), false)), 0);
        } else {
          slotTarget(c, cls, sig);
        }
      }
      c.structNew(it);
    }
    c.add(Op.ARRAY_NEW_FIXED, model.itables, model.itableCount);
    return c;
  }

  private static String simpleName(ClassNode cn) {
    for (InnerClassNode ic : cn.innerClasses) {
      if (ic.name.equals(cn.name)) {
        return ic.innerName == null ? "" : ic.innerName;
      }
    }
    return cn.name.substring(cn.name.lastIndexOf('/') + 1);
  }

  /** {@code Object.clone} support for instantiated Cloneable classes: a field-by-field copy. */
  private Function cloneFunction(String cls) {
    if (!reach.instantiated.contains(cls) || !hierarchy.ancestors(cls).contains("java/lang/Cloneable")) {
      return null;
    }
    return cloneFunctions.computeIfAbsent(cls, c -> {
      Function f = module.addFunction(new Function("clone." + c, model.cloneType));
      TypeDef.Struct st = model.layout(c);
      int src = f.addLocal(RefType.nullable(st));
      Code code = f.body;
      code.localGet(0).refCast(RefType.nonNull(st)).localSet(src);
      // The copy shares the source's vtable (reading the global here would recurse into vtable()).
      code.localGet(src).structGet(st, ObjectModel.OBJ_VT).i32(0);
      for (int i = 2; i < st.fields.size(); i++) {
        code.localGet(src).structGet(st, i);
      }
      code.structNew(st);
      return f;
    });
  }

  /** Class.isEnum(): declared as an enum and extending java.lang.Enum directly. */
  static boolean isEnum(ClassNode cn) {
    return (cn.access & Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(cn.superName);
  }

  /** {@code $enumValues.E}: initialises E and returns its synthetic array of constants. */
  private Function enumValuesFunction(ClassNode cn) {
    FieldNode values = null;
    for (FieldNode f : cn.fields) {
      if ((f.access & Opcodes.ACC_STATIC) != 0 && f.desc.equals("[L" + cn.name + ";")
          && (f.access & Opcodes.ACC_SYNTHETIC) != 0) {
        values = f;
      }
    }
    if (values == null || !reach.initialized.contains(cn.name)) {
      return null;
    }
    Function f = module.addFunction(new Function("enumValues." + cn.name, model.enumValuesType));
    if (needsInit(cn.name)) {
      f.body.call(initFunction(cn.name));
    }
    f.body.globalGet(staticField(cn.name, values));
    return f;
  }

  Function enumConstantsHelper() {
    RefType vt = RefType.nullable(model.vtObject);
    return helper("enumConstants", List.of(vt), List.of(RefType.nullable(model.arrayStruct('L'))), f -> {
      Code c = f.body;
      int fn = f.addLocal(RefType.nullable(model.enumValuesType));
      c.localGet(0).structGet(model.vtObject, ObjectModel.VT_ENUM_VALUES).localTee(fn).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).refNull(model.arrayStruct('L')).op(Op.RETURN).end();
      c.localGet(fn).callRef(model.enumValuesType);
    });
  }

  // ---------------------------------------------------------------- allocation helpers

  /** {@code $new.C}: allocates an instance with default field values (the constructor runs after). */
  Function allocator(String cls) {
    return allocators.computeIfAbsent(cls, c -> {
      TypeDef.Struct st = model.layout(c);
      Function f = module.addFunction(new Function("new." + c, module.funcType(List.of(), List.of(RefType.nonNull(st)))));
      Code code = f.body;
      code.globalGet(vtable(Type.getObjectType(c))).i32(0);
      for (int i = 2; i < st.fields.size(); i++) {
        defaultValue(code, st.fields.get(i).type().unpacked());
      }
      code.structNew(st);
      return f;
    });
  }

  static void defaultValue(Code code, ValType t) {
    if (t == NumType.I32) {
      code.i32(0);
    } else if (t == NumType.I64) {
      code.i64(0);
    } else if (t == NumType.F32) {
      code.f32(0);
    } else if (t == NumType.F64) {
      code.f64(0);
    } else {
      code.refNull(((RefType) t).heap());
    }
  }

  /** {@code $newArray.k(vt, length)}: NegativeArraySizeException, then a zeroed array. */
  Function newArrayHelper(char kind) {
    return newArrayHelpers.computeIfAbsent(kind, k -> {
      TypeDef.Struct st = model.arrayStruct(k);
      Function f = module.addFunction(new Function("newArray." + k,
          module.funcType(List.of(RefType.nonNull(model.vtObject), NumType.I32), List.of(RefType.nonNull(st)))));
      Code c = f.body;
      c.localGet(1).i32(0).op(Op.I32_LT_S);
      c.open(Op.IF, null).localGet(1);
      callJava(THROW_NEGATIVE_SIZE, c);
      c.op(Op.UNREACHABLE).end();
      c.localGet(0).i32(0).localGet(1);
      c.add(Op.ARRAY_NEW_DEFAULT, model.arrayData(k), 0);
      c.structNew(st);
      return f;
    });
  }

  Function helper(String name, List<ValType> params, List<ValType> results, java.util.function.Consumer<Function> body) {
    Function f = helpers.get(name);
    if (f == null) {
      f = module.addFunction(new Function(name, module.funcType(params, results)));
      helpers.put(name, f);
      body.accept(f);
    }
    return f;
  }

  private static final String KINDS = "ZBCSIJFDL";

  /** Allocates an array given its class's vtable (reflection and multianewarray). */
  Function newArrayOfVtHelper() {
    RefType obj = RefType.nonNull(model.objectStruct);
    return helper("newArrayOf", List.of(RefType.nullable(model.vtObject), NumType.I32), List.of(obj), f -> {
      Code c = f.body;
      int flags = f.addLocal(NumType.I32);
      c.localGet(0).structGet(model.vtObject, ObjectModel.VT_COMPONENT).structGet(model.vtObject, ObjectModel.VT_FLAGS);
      c.localTee(flags).i32(4).op(Op.I32_AND);
      c.open(Op.IF, null);
      for (char k : "ZBCSIJFD".toCharArray()) {
        c.localGet(flags).i32(8).op(Op.I32_SHR_U).i32(k).op(Op.I32_EQ);
        c.open(Op.IF, null);
        c.localGet(0).op(Op.REF_AS_NON_NULL).localGet(1).call(newArrayHelper(k)).op(Op.RETURN);
        c.end();
      }
      c.op(Op.UNREACHABLE);
      c.end();
      c.localGet(0).op(Op.REF_AS_NON_NULL).localGet(1).call(newArrayHelper('L'));
    });
  }

  Function arrayLengthHelper() {
    return helper("arrayLength", List.of(RefType.nullable(model.objectStruct)), List.of(NumType.I32), f -> {
      Code c = f.body;
      for (char k : KINDS.toCharArray()) {
        TypeDef.Struct st = model.arrayStruct(k);
        c.localGet(0).refTest(RefType.nonNull(st));
        c.open(Op.IF, null);
        c.localGet(0).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.ARRAY_DATA).op(Op.ARRAY_LEN).op(Op.RETURN);
        c.end();
      }
      c.op(Op.UNREACHABLE);
    });
  }

  /** Copies between two arrays of the same kind (checks were done by the caller). */
  Function arrayCopyHelper() {
    RefType obj = RefType.nullable(model.objectStruct);
    return helper("arrayCopy", List.of(obj, NumType.I32, obj, NumType.I32, NumType.I32), List.of(), f -> {
      Code c = f.body;
      for (char k : KINDS.toCharArray()) {
        TypeDef.Struct st = model.arrayStruct(k);
        c.localGet(0).refTest(RefType.nonNull(st));
        c.open(Op.IF, null);
        c.localGet(2).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.ARRAY_DATA).localGet(3);
        c.localGet(0).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.ARRAY_DATA).localGet(1);
        c.localGet(4);
        c.add(Op.ARRAY_COPY, model.arrayData(k), 0);
        c.op(Op.RETURN);
        c.end();
      }
      c.op(Op.UNREACHABLE);
    });
  }

  /** Shallow copy of an array or of a Cloneable object (through the vtable's clone function). */
  Function cloneHelper() {
    RefType obj = RefType.nullable(model.objectStruct);
    return helper("clone", List.of(obj), List.of(RefType.nonNull(model.objectStruct)), f -> {
      Code c = f.body;
      for (char k : KINDS.toCharArray()) {
        TypeDef.Struct st = model.arrayStruct(k);
        TypeDef.Array data = model.arrayData(k);
        c.localGet(0).refTest(RefType.nonNull(st));
        c.open(Op.IF, null);
        int src = f.addLocal(RefType.nullable(data));
        int copy = f.addLocal(RefType.nullable(data));
        c.localGet(0).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.ARRAY_DATA).localSet(src);
        c.localGet(src).op(Op.ARRAY_LEN).add(Op.ARRAY_NEW_DEFAULT, data, 0).localSet(copy);
        c.localGet(copy).i32(0).localGet(src).i32(0).localGet(src).op(Op.ARRAY_LEN).add(Op.ARRAY_COPY, data, 0);
        c.localGet(0).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.OBJ_VT).i32(0).localGet(copy)
            .op(Op.REF_AS_NON_NULL).structNew(st).op(Op.RETURN);
        c.end();
      }
      c.localGet(0).op(Op.REF_AS_NON_NULL);
      c.localGet(0).structGet(model.objectStruct, ObjectModel.OBJ_VT).structGet(model.vtObject, ObjectModel.VT_CLONE);
      c.callRef(model.cloneType);
    });
  }

  /** Identity hash: assigned from a pseudo-random sequence on first request, never 0. */
  Function identityHashHelper() {
    return helper("identityHash", List.of(RefType.nullable(model.objectStruct)), List.of(NumType.I32), f -> {
      Code c = f.body;
      int h = f.addLocal(NumType.I32);
      c.localGet(0).structGet(model.objectStruct, ObjectModel.OBJ_HASH).localTee(h);
      c.open(Op.IF, null).localGet(h).op(Op.RETURN).end();
      c.globalGet(hashSeed).i32(1664525).op(Op.I32_MUL).i32(1013904223).op(Op.I32_ADD).globalSet(hashSeed);
      c.globalGet(hashSeed).i32(1).op(Op.I32_SHR_U).i32(1).op(Op.I32_OR).localSet(h);
      c.localGet(0).localGet(h).structSet(model.objectStruct, ObjectModel.OBJ_HASH);
      c.localGet(h);
    });
  }

  /** {@code $literal(i)}: the i-th string literal, created from the literal data on first use. */
  Function literalHelper() {
    TypeDef.Struct string = model.layout("java/lang/String");
    return helper("literal", List.of(NumType.I32), List.of(RefType.nonNull(string)), f -> {
      Code c = f.body;
      TypeDef.Array info = model.arrayData('I');
      TypeDef.Array bytes = model.arrayData('B');
      TypeDef.Array chars = model.arrayData('C');
      int offset = f.addLocal(NumType.I32);
      int length = f.addLocal(NumType.I32);
      int latin1 = f.addLocal(RefType.nullable(bytes));
      int data = f.addLocal(RefType.nullable(chars));
      int i = f.addLocal(NumType.I32);
      int str = f.addLocal(RefType.nullable(string));
      c.open(Op.BLOCK, RefType.nonNull(string));
      c.globalGet(literalTable).localGet(0).add(Op.ARRAY_GET, stringArray, 0).add(Op.BR_ON_NON_NULL, null, 0);
      c.globalGet(literalInfo).localGet(0).i32(1).op(Op.I32_SHL).add(Op.ARRAY_GET, info, 0).localSet(offset);
      c.globalGet(literalInfo).localGet(0).i32(1).op(Op.I32_SHL).i32(1).op(Op.I32_ADD).add(Op.ARRAY_GET, info, 0)
          .localSet(length);
      int segIndex = literalSegmentIndex();
      c.localGet(length).i32(1).op(Op.I32_AND);
      c.open(Op.IF, null);
      c.localGet(offset).localGet(length).i32(1).op(Op.I32_SHR_U).add(Op.ARRAY_NEW_DATA, chars, segIndex).localSet(data);
      c.op(Op.ELSE);
      // Latin-1 text is stored a byte a character and widened here, once per literal.
      c.localGet(length).i32(1).op(Op.I32_SHR_U).localTee(length);
      c.add(Op.ARRAY_NEW_DEFAULT, chars, 0).localSet(data);
      c.localGet(offset).localGet(length).add(Op.ARRAY_NEW_DATA, bytes, segIndex).localSet(latin1);
      c.open(Op.BLOCK, null).open(Op.LOOP, null);
      c.localGet(i).localGet(length).op(Op.I32_GE_U).brIf(1);
      c.localGet(data).localGet(i).localGet(latin1).localGet(i).add(Op.ARRAY_GET_U, bytes, 0).add(Op.ARRAY_SET, chars, 0);
      c.localGet(i).i32(1).op(Op.I32_ADD).localSet(i).br(0);
      c.end().end();
      c.end();
      Global charArrayVt = vtable(Type.getType("[C"));
      int charsField = model.fieldIndex("java/lang/String", "characters");
      for (int fi = 0; fi < string.fields.size(); fi++) {
        if (fi == ObjectModel.OBJ_VT) {
          c.globalGet(vtable(Type.getObjectType("java/lang/String")));
        } else if (fi == charsField) {
          c.globalGet(charArrayVt).i32(0).localGet(data).op(Op.REF_AS_NON_NULL).structNew(model.arrayStruct('C'));
        } else {
          defaultValue(c, string.fields.get(fi).type().unpacked());
        }
      }
      c.structNew(string).localSet(str);
      c.globalGet(literalTable).localGet(0).localGet(str).add(Op.ARRAY_SET, stringArray, 0);
      c.localGet(str).op(Op.REF_AS_NON_NULL);
      c.end();
    });
  }

  /** The literal data segment's index; the segment's bytes are filled in by {@link #buildStart}. */
  private int literalSegmentIndex() {
    if (literalSegment < 0) {
      module.data.add(new DataSegment(LITERAL_SEGMENT, new byte[0]));
      literalSegment = module.data.size() - 1;
    }
    return literalSegment;
  }

  Function registerLiteralsHelper() {
    return helper("registerLiterals", List.of(), List.of(), f -> {
      Code c = f.body;
      int i = f.addLocal(NumType.I32);
      c.open(Op.BLOCK, null).open(Op.LOOP, null);
      c.localGet(i).globalGet(literalTable).op(Op.ARRAY_LEN).op(Op.I32_GE_U).brIf(1);
      c.localGet(i).call(literalHelper());
      callJava(STRINGS_ADD, c);
      c.localGet(i).i32(1).op(Op.I32_ADD).localSet(i).br(0);
      c.end().end();
    });
  }

  Function arrayOfHelper() {
    RefType vt = RefType.nullable(model.vtObject);
    return helper("arrayOf", List.of(vt), List.of(RefType.nonNull(model.vtObject)), f -> {
      Code c = f.body;
      int a = f.addLocal(vt);
      c.localGet(0).structGet(model.vtObject, ObjectModel.VT_ARRAY).localTee(a);
      c.op(Op.REF_IS_NULL).op(Op.I32_EQZ);
      c.open(Op.IF, null).localGet(a).op(Op.REF_AS_NON_NULL).op(Op.RETURN).end();
      Global objectVt = vtable(Type.getObjectType(ObjectModel.OBJECT));
      metadata(c, -1, -1, 2, objectVt, new Code().localGet(0), arrayItables(), -1, null);
      for (int i = ObjectModel.VT_FIRST_SLOT; i < model.vtObject.fields.size(); i++) {
        c.globalGet(objectVt).structGet(model.vtObject, i);
      }
      c.structNew(model.vtObject).localSet(a);
      c.localGet(0).localGet(a).structSet(model.vtObject, ObjectModel.VT_ARRAY);
      c.localGet(a).op(Op.REF_AS_NON_NULL);
    });
  }

  Function implementsHelper() {
    RefType vt = RefType.nullable(model.vtObject);
    return helper("implements", List.of(vt, vt), List.of(NumType.I32), f -> {
      Code c = f.body;
      int slot = f.addLocal(NumType.I32);
      int it = f.addLocal(RefType.nullable(model.itableBase));
      c.localGet(1).structGet(model.vtObject, ObjectModel.VT_ITABLE_SLOT).localTee(slot).i32(0).op(Op.I32_LT_S);
      c.open(Op.IF, null).i32(0).op(Op.RETURN).end();
      c.localGet(0).structGet(model.vtObject, ObjectModel.VT_ITABLES).localGet(slot).add(Op.ARRAY_GET, model.itables, 0);
      c.localTee(it).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).i32(0).op(Op.RETURN).end();
      c.localGet(it).structGet(model.itableBase, 0).localGet(1).op(Op.REF_EQ);
    });
  }

  Function ensureMemoryHelper() {
    return helper("ensureMemory", List.of(NumType.I32), List.of(), f -> {
      Code c = f.body;
      c.localGet(0).add(Op.MEMORY_SIZE, null, 0).i32(16).op(Op.I32_SHL).op(Op.I32_GT_U);
      c.open(Op.IF, null);
      c.localGet(0).i32(65535).op(Op.I32_ADD).i32(16).op(Op.I32_SHR_U).add(Op.MEMORY_SIZE, null, 0).op(Op.I32_SUB);
      c.add(Op.MEMORY_GROW, null, 0).op(Op.DROP);
      c.end();
    });
  }

  // ---------------------------------------------------------------- start

  /** Creates string literals, links compile-time array vtables, sets String constants. */
  private void buildStart() {
    for (String s : reach.literals) {
      literalIndexOf(s);
    }
    for (String[] d : deferredStaticStrings) {
      literalIndexOf(d[1]);
    }
    Function start = module.addFunction(new Function("start", module.funcType(List.of(), List.of())));
    Code c = start.body;
    if (!deferredStaticStrings.isEmpty()) {
      literalHelper();
    }
    // The literal data: Latin-1 strings a byte a character, others as UTF-16, then the info table.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(literalIndex.keySet());
    int[] info = new int[all.size() * 2];
    for (int i = 0; i < all.size(); i++) {
      String s = all.get(i);
      boolean wide = s.chars().anyMatch(ch -> ch > 0xFF);
      info[2 * i] = bytes.size();
      info[2 * i + 1] = s.length() * 2 + (wide ? 1 : 0);
      for (int k = 0; k < s.length(); k++) {
        bytes.write(s.charAt(k) & 0xFF);
        if (wide) {
          bytes.write(s.charAt(k) >>> 8);
        }
      }
    }
    int infoOffset = bytes.size();
    for (int v : info) {
      for (int k = 0; k < 4; k++) {
        bytes.write(v >>> (8 * k));
      }
    }
    if (literalSegment >= 0) {
      module.data.set(literalSegment, new DataSegment(LITERAL_SEGMENT, bytes.toByteArray()));
      c.i32(infoOffset).i32(info.length).add(Op.ARRAY_NEW_DATA, model.arrayData('I'), literalSegment).globalSet(literalInfo);
      c.i32(all.size()).add(Op.ARRAY_NEW_DEFAULT, stringArray, 0).globalSet(literalTable);
    }
    for (Map.Entry<String, Global> e : new ArrayList<>(vtables.entrySet())) {
      if (e.getKey().startsWith("[")) {
        Global component = vtables.get(componentKey(e.getKey()));
        if (component != null) {
          c.globalGet(component).globalGet(e.getValue()).structSet(model.vtObject, ObjectModel.VT_ARRAY);
        }
      }
    }
    for (String[] d : deferredStaticStrings) {
      pushLiteral(d[1], c);
      c.globalSet(statics.get(d[0]));
    }
    // Strings exist (as literals) before any code runs, so String cannot wait for a first active
    // use to be initialised: like the JVM, initialise it up front.
    if (needsInit("java/lang/String")) {
      c.call(initFunction("java/lang/String"));
    }
    module.start = start;
  }

  private static String componentKey(String arrayDesc) {
    String d = arrayDesc.substring(1);
    if (d.startsWith("L")) {
      return d.substring(1, d.length() - 1);
    }
    return d;
  }

}
