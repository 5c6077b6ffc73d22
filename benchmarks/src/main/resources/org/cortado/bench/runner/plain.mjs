// Start-up baseline: a module script with no Wasm, reporting when it runs (ms since navigation start).
const firstLineMs = performance.now();
const id = new URLSearchParams(location.search).get('id');
await fetch(`/result/${id}`, { method: 'POST', body: `status 0\nfirstLineMs ${firstLineMs}\nout:plain` });
