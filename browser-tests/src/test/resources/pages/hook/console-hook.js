// Test hook, inserted by the test server as the first script of the page under test (an external
// script: the page's CSP forbids inline ones). Records console errors, uncaught exceptions,
// unhandled rejections and CSP violations in globalThis.cortadoTestHook for the test to read.
(() => {
  const hook = { errors: [], warnings: [] };
  globalThis.cortadoTestHook = hook;
  const text = (args) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args) => {
    hook.errors.push(`console.error: ${text(args)}`);
    originalError.apply(console, args);
  };
  console.warn = (...args) => {
    hook.warnings.push(text(args));
    originalWarn.apply(console, args);
  };
  addEventListener('error', (e) => hook.errors.push(`uncaught: ${e.message} (${e.filename}:${e.lineno})`));
  addEventListener('unhandledrejection', (e) => hook.errors.push(`unhandled rejection: ${text([e.reason])}`));
  document.addEventListener('securitypolicyviolation',
    (e) => hook.errors.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
})();
