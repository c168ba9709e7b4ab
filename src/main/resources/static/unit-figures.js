// Every unit's latest figures of a year side by side (the lead unit's aggregation and leadership's
// approval link here): who sent which figure, with the unit's explanation and its evidence. The
// endpoint decides what the caller may read (a unit official sees only their own unit).
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var year = parseInt(params.get('year'), 10);
  var content = document.getElementById('content');

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function number(v) {
    return v === null || v === undefined ? '' : Number(v).toLocaleString('vi-VN');
  }

  function table(fields, reports, kind) {
    var columns = fields.filter(function (f) {
      return (f.kind === 'COUNT' || f.kind === 'PERCENT') && (f.scope === 'BOTH' || f.scope === kind);
    });
    var rows = reports.filter(function (r) { return (r.unitKind === 'UNIT' ? 'UNIT' : 'RESIDENTIAL') === kind; });
    if (!rows.length) { return null; }
    var t = el('table');
    var head = el('tr');
    ['Đơn vị, tổ dân phố', 'Lần gửi', 'Gửi lúc'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    columns.forEach(function (f) { head.appendChild(el('th', null, f.label)); });
    ['Giải trình', 'Minh chứng'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    t.appendChild(head);
    var totals = {};
    columns.forEach(function (f) {
      totals[f.key] = rows.reduce(function (sum, r) { return sum + (Number(r.figures[f.key]) || 0); }, 0);
    });
    rows.forEach(function (r) {
      var tr = el('tr');
      tr.setAttribute('data-unit', r.unitId);
      tr.appendChild(el('td', null, r.unitName));
      tr.appendChild(el('td', 'n', String(r.version)));
      var at = el('td', r.late ? 'late' : null, new Date(r.submittedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
        + (r.late ? ' (muộn)' : ''));
      tr.appendChild(at);
      columns.forEach(function (f) {
        var v = r.figures[f.key];
        // one unit holding most of a ward-wide count stands out: the first place to look for a typo
        var high = f.kind === 'COUNT' && rows.length > 2 && v > 0 && v > totals[f.key] / 2;
        var td = el('td', 'n' + (high ? ' high' : ''), f.kind === 'PERCENT' && v !== null && v !== undefined ? number(v) + '%' : number(v));
        td.setAttribute('data-field', f.key);
        tr.appendChild(td);
      });
      tr.appendChild(el('td', null, r.figuresNote || ''));
      var evidence = el('td');
      var link = el('a', null, 'Xem minh chứng');
      link.href = 'evidence.html?unit=' + encodeURIComponent(r.unitId) + '&year=' + year;
      link.target = '_blank';
      link.rel = 'noopener';
      evidence.appendChild(link);
      tr.appendChild(evidence);
      t.appendChild(tr);
    });
    var total = el('tr', 'total');
    total.appendChild(el('td', null, 'Cộng'));
    total.appendChild(el('td'));
    total.appendChild(el('td'));
    columns.forEach(function (f) { total.appendChild(el('td', 'n', f.kind === 'COUNT' ? number(totals[f.key]) : '')); });
    total.appendChild(el('td'));
    total.appendChild(el('td'));
    t.appendChild(total);
    return t;
  }

  if (!(year >= 2000 && year <= 2100)) {
    content.className = 'error';
    content.textContent = 'Địa chỉ trang thiếu năm báo cáo (ví dụ: unit-figures.html?year=2026).';
    return;
  }
  document.getElementById('title').textContent = 'Số liệu năm ' + year + ' của từng đơn vị, tổ dân phố';
  fetch('api/reports/' + year, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (r.status === 401) { throw new Error('Đề nghị đăng nhập Tasklist hoặc Cockpit rồi mở lại trang này.'); }
      if (!r.ok) { throw new Error('Không đọc được số liệu (mã ' + r.status + ').'); }
      return r.json();
    })
    .then(function (body) {
      content.textContent = '';
      if (!body.reports.length) {
        content.textContent = 'Chưa có đơn vị nào gửi báo cáo năm ' + year + '.';
        return;
      }
      [['UNIT', 'Các phòng, đơn vị'], ['RESIDENTIAL', 'Các tổ dân phố']].forEach(function (part) {
        var t = table(body.fields, body.reports, part[0]);
        if (t) {
          content.appendChild(el('h2', null, part[1]));
          content.appendChild(t);
        }
      });
    })
    .catch(function (e) {
      content.className = 'error';
      content.textContent = e.message;
    });
})();
