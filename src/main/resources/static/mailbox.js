// Lists what the embedded SMTP server received; the endpoint checks the administrator's session.
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
      var div = document.createElement('div');
      div.className = 'mail';
      var h = document.createElement('strong');
      h.textContent = m.subject;
      var meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = 'Gửi tới: ' + m.to + ' — lúc ' + new Date(m.sentDate).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
      var body = document.createElement('pre');
      body.textContent = m.text || '';
      div.appendChild(h); div.appendChild(meta); div.appendChild(body);
      box.appendChild(div);
    });
  })
  .catch(function (e) {
    var box = document.getElementById('mails');
    box.className = 'error';
    box.textContent = e.message;
  });
