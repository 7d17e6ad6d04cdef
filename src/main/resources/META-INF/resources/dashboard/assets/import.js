// The import page: sends the chosen file as the body of a post (an export can be hundreds of megabytes, more than a
// form's body should be), then shows the page the server answers with, its report in it. No text is set as HTML:
// the answer is a page rendered and escaped by the server, parsed apart from this document, its main part moved in.

const form = document.getElementById('import-form');
const running = document.getElementById('import-running');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('import-file').files[0];
  if (!file) return;
  const threads = document.getElementById('import-threads').value;
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  running.hidden = false;
  try {
    const response = await fetch('/dashboard/imports' + (threads ? '?threads=' + encodeURIComponent(threads) : ''), {
      method: 'POST',
      headers: {'Content-Type': 'application/xml', 'X-CSRF-Token': form.dataset.csrf},
      body: file,
      credentials: 'same-origin',
    });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const result = page.getElementById('import-result') || page.querySelector('main');
    document.getElementById('import-result').replaceWith(document.adoptNode(result));
    document.getElementById('import-result').scrollIntoView();
  } finally {
    button.disabled = false;
    running.hidden = true;
  }
});
