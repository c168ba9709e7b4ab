// Lists what the embedded SMTP server received, newest first; the endpoint checks the administrator's
// session. The HTML part is shown as officials' mail programs show it, in a sandboxed frame (no
// scripts, no links followed from this page); the text part and the attachments (the deadline's .ics)
// below it.
function el(tag, cls, text) {
  var node = document.createElement(tag);
  if (cls) { node.className = cls; }
  if (text !== undefined && text !== null) { node.textContent = text; }
  return node;
}

function attachmentsOf(m) {
  var list = el('div', 'attachments');
  (m.attachments || []).forEach(function (a) {
    var item = el('details', 'attachment');
    item.appendChild(el('summary', null, 'Tệp đính kèm: ' + a.name + ' (' + a.contentType + ', ' + a.size + ' byte)'));
    if (a.text) { item.appendChild(el('pre', null, a.text)); }
    list.appendChild(item);
  });
  return list;
}

fetch('api/mailbox', { credentials: 'same-origin' })
  .then(function (r) {
    if (r.status === 401 || r.status === 403) { throw new Error('Bạn cần đăng nhập bằng tài khoản quản trị.'); }
    if (!r.ok) { throw new Error('Không đọc được hộp thư (mã ' + r.status + ').'); }
    return r.json();
  })
  .then(function (mails) {
    var box = document.getElementById('mails');
    box.textContent = mails.length ? '' : 'Chưa có thư nào.';
    mails.forEach(function (m) {
      var div = el('div', 'mail');
      div.appendChild(el('strong', 'subject', m.subject));
      div.appendChild(el('div', 'meta', 'Gửi tới: ' + m.to + ' — lúc '
        + (m.sentDate ? new Date(m.sentDate).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '(không rõ)')));
      if (m.html) {
        var frame = el('iframe', 'html');
        frame.setAttribute('sandbox', '');
        frame.setAttribute('title', 'Nội dung thư (HTML): ' + m.subject);
        frame.srcdoc = m.html;
        div.appendChild(frame);
        var plain = el('details', 'plain');
        plain.appendChild(el('summary', null, 'Phần văn bản thuần'));
        plain.appendChild(el('pre', null, m.text || ''));
        div.appendChild(plain);
      } else {
        div.appendChild(el('pre', 'plain', m.text || ''));
      }
      div.appendChild(attachmentsOf(m));
      box.appendChild(div);
    });
  })
  .catch(function (e) {
    var box = document.getElementById('mails');
    box.className = 'error';
    box.textContent = e.message;
  });
