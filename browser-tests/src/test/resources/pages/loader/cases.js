// The loader's behaviour when things go wrong, one case after another; each result is POSTed as
// JSON to `result`. The same bundle (Hello) is served from three places: /ok/ as it should be,
// /wrongmime/ with its .wasm as application/octet-stream, /nowasm/ with its .wasm answering 404.
const hook = globalThis.cortadoTestHook;
const GC_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0];
const EH_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 6, 64, 11, 11];

function sameBytes(bytes, probe) {
  const a = new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength);
  return a.length === probe.length && a.every((b, i) => b === probe[i]);
}

/** Loads and runs one bundle, recording output, status, thrown message and console traffic. */
async function runCase(name, module, before = () => {}, after = () => {}) {
  hook.errors.length = 0;
  hook.warnings.length = 0;
  const out = [];
  const result = { case: name, status: null, stdout: '', message: null };
  before();
  try {
    const { load } = await import(module);
    const program = await load({ write: (fd, bytes) => out.push(new TextDecoder().decode(bytes)) });
    result.status = program.main([]);
  } catch (e) {
    result.message = `${e && e.name}: ${e && e.message}`;
  } finally {
    after();
  }
  result.stdout = out.join('');
  result.warnings = [...hook.warnings];
  result.errors = [...hook.errors];
  await fetch(`result?case=${name}`, { method: 'POST', body: JSON.stringify(result) });
}

/** Makes WebAssembly.validate reject one probe module, as an engine without that feature would. */
function withoutFeature(probe) {
  const validate = WebAssembly.validate;
  return [
    () => { WebAssembly.validate = (bytes, ...rest) => !sameBytes(bytes, probe) && validate(bytes, ...rest); },
    () => { WebAssembly.validate = validate; },
  ];
}

async function runAll() {
  await runCase('ok', '/ok/Hello.mjs');
  await runCase('wrong-mime', '/wrongmime/Hello.mjs');
  await runCase('missing-wasm', '/nowasm/Hello.mjs');
  // Query strings make fresh module instances of the same loader.
  await runCase('no-gc', '/ok/Hello.mjs?no-gc', ...withoutFeature(GC_PROBE));
  await runCase('no-eh', '/ok/Hello.mjs?no-eh', ...withoutFeature(EH_PROBE));
  document.getElementById('progress').textContent = 'done';
}

addEventListener('load', () => setTimeout(runAll, 0), { once: true });
