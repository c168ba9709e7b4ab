// Upload page for evidence files (minh chứng); the report forms link here with ?unit=…&year=…[&task=…].
// No inline script (CSP). The endpoints check the Tasklist session and the unit's rights themselves.
(function () {
  var params = new URLSearchParams(window.location.search);
  var unit = params.get('unit') || '';
  var year = params.get('year') || '';
  var task = params.get('task') || '';
  var form = document.getElementById('upload');
  // opened from a task (the form's link carries its id): a way back to that task
  if (/^[A-Za-z0-9-]{1,64}$/.test(task)) {
    var back = document.getElementById('back');
    back.href = '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(task);
    back.hidden = false;
  }
  var message = document.getElementById('message');

  function show(text, ok) {
    message.textContent = text;
    message.className = ok ? 'ok' : 'error';
  }

  function reasonOf(response) {
    return response.json().then(function (body) { return body && body.message; }, function () { return null; })
      .then(function (text) {
        if (response.status === 401) { return text || 'Bạn cần đăng nhập Tasklist trước.'; }
        return text || ('Máy chủ từ chối yêu cầu (mã ' + response.status + ').');
      });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text || '';
    row.appendChild(td);
    return td;
  }

  function load() {
    var url = 'api/evidence?unit=' + encodeURIComponent(unit) + '&year=' + encodeURIComponent(year);
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { return reasonOf(r).then(function (t) { throw new Error(t); }); }
      return r.json();
    }).then(function (data) {
      document.getElementById('context').textContent = data.unitName + ' — năm ' + data.year;
      document.getElementById('accepted').textContent = data.accepted;
      document.getElementById('max-size').textContent = data.maxSizeText;
      form.hidden = false;
      var body = document.querySelector('#files tbody');
      body.textContent = '';
      data.files.forEach(function (f) {
        var row = document.createElement('tr');
        var link = document.createElement('a');
        link.href = f.url;
        link.textContent = f.name;
        cell(row, '').appendChild(link);
        cell(row, f.purposeLabel);
        cell(row, f.note);
        cell(row, f.sizeText);
        cell(row, f.uploadedBy);
        cell(row, f.uploadedAt);
        var actions = cell(row, '');
        if (f.removable) {
          var remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'remove';
          remove.textContent = 'Gỡ';
          remove.title = 'Gỡ tệp tải nhầm (khi báo cáo chưa gửi)';
          remove.addEventListener('click', function () { removeFile(f, remove); });
          actions.appendChild(remove);
        }
        body.appendChild(row);
      });
      document.getElementById('files').hidden = data.files.length === 0;
      document.getElementById('empty').hidden = data.files.length !== 0;
    }).catch(function (e) {
      document.getElementById('context').textContent = '';
      show(e.message, false);
    });
  }

  function removeFile(f, button) {
    if (!window.confirm('Gỡ tệp “' + f.name + '” khỏi minh chứng của đơn vị?')) { return; }
    button.disabled = true;
    fetch(f.url, {
      method: 'DELETE', credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (r) {
      if (!r.ok) { return reasonOf(r).then(function (t) { throw new Error(t); }); }
      return r.json();
    }).then(function (body) {
      show(body.message, true);
      return load();
    }).catch(function (e) {
      button.disabled = false;
      show(e.message, false);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('file').files[0];
    if (!file) { show('Chưa chọn tệp để tải lên.', false); return; }
    var data = new FormData();
    data.append('unit', unit);
    data.append('year', year);
    data.append('task', task);
    data.append('purpose', document.getElementById('purpose').value);
    data.append('note', document.getElementById('note').value);
    data.append('file', file);
    document.getElementById('send').disabled = true;
    show('Đang tải lên…', true);
    fetch('api/evidence', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (r) {
      if (!r.ok) { return reasonOf(r).then(function (t) { throw new Error(t); }); }
      return r.json();
    }).then(function (body) {
      show(body.message, true);
      form.reset();
      return load();
    }).catch(function (e) {
      show(e.message, false);
    }).then(function () {
      document.getElementById('send').disabled = false;
    });
  });

  if (!unit || !year) {
    show('Thiếu đơn vị hoặc năm: hãy mở trang này từ đường dẫn trong biểu mẫu báo cáo.', false);
  } else {
    load();
  }
})();
