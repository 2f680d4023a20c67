// The script of Vigil's sensor-file pages: uploads with a progress bar, and live status. It calls the JSON API with
// the UI's cookie and marks every request as the UI's own (X-Requested-With), which the API requires of cookie
// requests that change anything. Data from the server only ever goes into textContent, never into HTML.
(function () {
  'use strict';
  var UI_MARK = { 'X-Requested-With': 'vigil-ui', 'Accept': 'application/json' };
  var FINAL = ['processed', 'partial', 'failed'];
  var STATUSES = ['uploaded', 'processing', 'processed', 'partial', 'failed'];

  function getJson(url) {
    return fetch(url, { headers: UI_MARK, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function badge(status) {
    var span = document.createElement('span');
    span.className = 'status status-' + (STATUSES.indexOf(status) >= 0 ? status : 'unknown');
    span.textContent = status;
    return span;
  }

  function cell(row, text, numeric) {
    var td = row.insertCell();
    if (numeric) {
      td.className = 'num';
    }
    td.textContent = text;
    return td;
  }

  function fileRow(file) {
    var row = document.createElement('tr');
    row.dataset.fileId = file.file_id;
    var link = document.createElement('a');
    link.href = '/ui/files/' + encodeURIComponent(file.file_id);
    link.textContent = file.file_name || file.file_id;
    row.insertCell().appendChild(link);
    row.insertCell().appendChild(badge(file.status));
    cell(row, String(file.aggregates ? file.aggregates.row_count : 0), true);
    cell(row, String(file.error_count || 0), true);
    cell(row, file.uploaded_at || '');
    return row;
  }

  function refreshRecent() {
    return getJson('/files?limit=20').then(function (page) {
      var body = document.getElementById('recent');
      var rows = page.items.map(fileRow);
      body.replaceChildren.apply(body, rows);
      var none = document.getElementById('no-files');
      if (none && rows.length) {
        none.remove();
      }
      return page.items;
    });
  }

  function uploadPage() {
    var form = document.getElementById('upload');
    var input = document.getElementById('files');
    var progress = document.getElementById('upload-progress');
    var message = document.getElementById('upload-message');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!input.files.length) {
        return;
      }
      var data = new FormData();
      Array.prototype.forEach.call(input.files, function (file) {
        data.append('file', file, file.name);
      });
      var request = new XMLHttpRequest();
      request.open('POST', '/files');
      Object.keys(UI_MARK).forEach(function (name) {
        request.setRequestHeader(name, UI_MARK[name]);
      });
      progress.hidden = false;
      progress.value = 0;
      message.className = '';
      message.textContent = 'Uploading…';
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round((100 * e.loaded) / e.total);
        }
      });
      request.addEventListener('load', function () {
        var answer = {};
        try {
          answer = JSON.parse(request.responseText);
        } catch (ignored) {
          answer = {};
        }
        if (request.status === 202) {
          progress.value = 100;
          message.textContent = 'Uploaded ' + answer.files.length + ' file(s); processing.';
          form.reset();
          refreshRecent();
        } else {
          message.className = 'error';
          message.textContent = 'Upload failed: ' + (answer.message || 'HTTP ' + request.status);
        }
      });
      request.addEventListener('error', function () {
        message.className = 'error';
        message.textContent = 'Upload failed: the server could not be reached.';
      });
      request.send(data);
    });
    setInterval(function () {
      refreshRecent().catch(function () {});
    }, 2000);
  }

  function setText(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value === null || value === undefined ? '–' : String(value);
    }
  }

  function filePage() {
    var fileId = document.body.dataset.fileId;
    if (FINAL.indexOf(document.body.dataset.status) >= 0) {
      return;
    }
    var timer = setInterval(function () {
      getJson('/files/' + encodeURIComponent(fileId)).then(function (file) {
        var status = document.getElementById('status');
        status.replaceChildren(badge(file.status));
        setText('rows-seen', file.rows_seen);
        setText('row-count', file.aggregates.row_count);
        setText('error-count', file.error_count);
        setText('min-value', file.aggregates.min_value);
        setText('max-value', file.aggregates.max_value);
        setText('mean-value', file.aggregates.mean_value);
        if (FINAL.indexOf(file.status) >= 0) {
          clearInterval(timer);
          window.location.reload();
        }
      }).catch(function () {});
    }, 1000);
  }

  if (document.body.dataset.page === 'upload') {
    uploadPage();
  } else if (document.body.dataset.page === 'file') {
    filePage();
  }
})();
