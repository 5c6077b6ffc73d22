// Runs conformance bundles one after another in this page through each loader's load() API and
// POSTs every result to the test server, as soon as it has it, so that a program that hangs the
// page is identified (the first one without a result) and the rest can go on after a restart.
//
// Query: run (an id echoed in every POST), from (index of the first program of list.json).
const params = new URLSearchParams(location.search);
const run = params.get('run');
const from = Number(params.get('from') ?? 0);
const progress = document.getElementById('progress');

function concat(chunks) {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  return all;
}

async function post(query, parts) {
  const response = await fetch(`result?${new URLSearchParams({ run, ...query })}`, {
    method: 'POST',
    body: concat(parts),
  });
  if (!response.ok) {
    throw new Error(`POST result: HTTP ${response.status}`);
  }
}

/** Runs list[i] like `node X.mjs args…`: output bytes per descriptor, the exit status. */
async function runProgram({ module, args }) {
  const out = [];
  const err = [];
  let status;
  let error = '';
  try {
    const { load } = await import(module);
    // write gets a fresh copy of each chunk (the loader slices the Wasm memory).
    const program = await load({ write: (fd, bytes) => (fd === 2 ? err : out).push(bytes) });
    status = program.main(args);
  } catch (e) {
    // Not a Java exception (the loader reports those on fd 2): the loader or the page failed.
    status = -2;
    error = `${e && e.name}: ${e && e.message}\n${(e && e.stack) || ''}`;
  }
  return { stdout: concat(out), stderr: concat(err), error: new TextEncoder().encode(error), status };
}

async function runAll() {
  try {
    const list = await (await fetch('list.json')).json();
    for (let i = from; i < list.length; i++) {
      progress.textContent = `${i + 1}/${list.length} ${list[i].id}`;
      const start = performance.now();
      const r = await runProgram(list[i]);
      const ms = Math.round(performance.now() - start);
      await post({
        index: i, status: r.status, ms, stdout: r.stdout.length, stderr: r.stderr.length, error: r.error.length,
      }, [r.stdout, r.stderr, r.error]);
    }
    progress.textContent = 'done';
  } catch (e) {
    await post({ fatal: 'true' }, [new TextEncoder().encode(String(e && e.stack || e))]);
  }
}

// After the load event, so that the driver's navigation has returned before the first program runs.
addEventListener('load', () => setTimeout(runAll, 0), { once: true });
