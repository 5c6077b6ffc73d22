// Runs one compiled program in the page and POSTs its stdout back to the runner:
// ?id=<run id>&tc=cortado|teavm-wasm|teavm-js&dir=<bundle directory>&name=<bundle name>.
// firstLineMs is performance.now() (ms since navigation start) when the first stdout line arrived.
const params = new URLSearchParams(location.search);
const id = params.get('id');
const tc = params.get('tc');
const dir = params.get('dir');
const name = params.get('name');
const lines = [];
const errors = [];
let firstLineMs = -1;
function line(text) {
  if (firstLineMs < 0) {
    firstLineMs = performance.now();
  }
  lines.push(text);
}
function lineWriter(sink) {
  let pending = '';
  return (code) => {
    if (code === 10) {
      sink(pending);
      pending = '';
    } else {
      pending += String.fromCharCode(code);
    }
  };
}
let status = 0;
try {
  if (tc === 'cortado') {
    const { load } = await import(`${dir}/${name}.mjs`);
    const decoder = [null, new TextDecoder(), new TextDecoder()];
    const pending = ['', '', ''];
    const program = await load({
      write(fd, bytes) {
        pending[fd] += decoder[fd].decode(bytes, { stream: true });
        let nl;
        while ((nl = pending[fd].indexOf('\n')) >= 0) {
          (fd === 1 ? line : (t) => errors.push(t))(pending[fd].slice(0, nl));
          pending[fd] = pending[fd].slice(nl + 1);
        }
      },
    });
    status = program.main([]);
  } else if (tc === 'teavm-wasm') {
    const { load } = await import(`${dir}/runtime.mjs`);
    const teavm = await load(`${dir}/classes.wasm`, {
      installImports(imports) {
        imports.teavmConsole.putcharStdout = lineWriter(line);
        imports.teavmConsole.putcharStderr = lineWriter((t) => errors.push(t));
      },
    });
    teavm.exports.main([]);
  } else if (tc === 'teavm-js') {
    // TeaVM's JS output prints through console.info (stdout) and console.error.
    console.info = line;
    const module = await import(`${dir}/classes.mjs`);
    module.main([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  } else {
    throw new Error(`unknown toolchain ${tc}`);
  }
} catch (e) {
  status = 1;
  errors.push(String(e && e.stack || e));
}
// Plain text, one item a line (the runner has no JSON parser): status, firstLineMs, then out:/err: lines.
const body = [`status ${status}`, `firstLineMs ${firstLineMs}`, ...lines.map((l) => `out:${l}`),
  ...errors.flatMap((e) => e.split('\n')).map((l) => `err:${l}`)].join('\n');
await fetch(`/result/${id}`, { method: 'POST', body });
