/*
 * Phường Việt Hoà: the emulation movement's dashboard in Cockpit (docs/dashboard.md).
 *
 * Three plugins of one ES module, listed in config.js customScripts:
 *  - cockpit.dashboard: a panel on Cockpit's start page (the year at a glance);
 *  - cockpit.navigation: "Phong trào thi đua" in Cockpit's menu;
 *  - cockpit.route: the page #/phong-trao-thi-dua (units, figures and trend, mails, commendations,
 *    milestones).
 * Data comes from the application's own GET /api/dashboard?year=…, which checks the webapp session
 * (administrators, leadership, the lead unit). Plain DOM, no libraries, no inline handlers (the
 * webapps' Content-Security-Policy forbids them). Dates dd/MM/yyyy in Asia/Ho_Chi_Minh.
 */
const PAGE_PATH = '/phong-trao-thi-dua';
const ZONE = 'Asia/Ho_Chi_Minh';
const YEAR_KEY = 'viethoa.dashboard.year';

// The application's own endpoints sit beside the webapps: app-root is "<context>/camunda".
function applicationRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.substring(0, appRoot.lastIndexOf('/'));
}

function endpoint(year) {
  return applicationRoot() + '/api/dashboard' + (year ? '?year=' + encodeURIComponent(year) : '');
}

/** The year's figures for the city (docs/documents.md): the same people may read them as this page. */
function exportLinks(year) {
  const base = applicationRoot() + '/api/exports/' + year;
  const a = (href, text, title) => el('a', { href: href, download: '', title: title, className: 'vh-export' }, text);
  return el('p', { className: 'vh-exports' },
    el('strong', {}, 'Số liệu năm ' + year + ' gửi thành phố: '),
    a(base + '.xlsx', 'Excel (.xlsx)', 'Bảng tính Excel: mỗi đơn vị, tổ dân phố một dòng; trang chỉ số toàn phường'),
    ' · ',
    a(base + '.csv?variant=excel-vi', 'CSV cho Excel (máy cài đặt tiếng Việt)',
      'Phân cách bằng dấu chấm phẩy, số thập phân có dấu phẩy: mở thẳng bằng Excel trên máy cài đặt vùng Việt Nam'),
    ' · ',
    a(base + '.csv', 'CSV chuẩn (dấu phẩy)', 'Phân cách bằng dấu phẩy, số thập phân có dấu chấm: cho các phần mềm khác'));
}

function storedYear() {
  try {
    return window.sessionStorage.getItem(YEAR_KEY);
  } catch (e) {
    return null;
  }
}

function storeYear(year) {
  try {
    if (year === null) {
      window.sessionStorage.removeItem(YEAR_KEY);
    } else {
      window.sessionStorage.setItem(YEAR_KEY, String(year));
    }
  } catch (e) {
    // no storage: the choice lasts for this view only
  }
}

async function load(year) {
  const response = await fetch(endpoint(year), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    let message = null;
    try {
      message = (await response.json()).message;
    } catch (e) {
      // not JSON
    }
    if (response.status === 401) {
      message = 'Phiên đăng nhập đã hết. Hãy đăng nhập lại.';
    }
    const error = new Error(message || 'Không tải được dữ liệu (mã lỗi ' + response.status + ').');
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// ------------------------------------------------------------------------------------------------
// DOM and formats

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (key === 'className') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return node;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});

function partsOf(iso) {
  const parts = {};
  PARTS.formatToParts(new Date(iso)).forEach((p) => {
    parts[p.type] = p.value;
  });
  return parts;
}

/** "2026-11-30" or an instant → "30/11/2026" (in the ward's zone). */
function date(value) {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return d + '/' + m + '/' + y;
  }
  const p = partsOf(value);
  return p.day + '/' + p.month + '/' + p.year;
}

/** An instant → "17:00 ngày 30/11/2026" (in the ward's zone), as the server writes it. */
function dateTime(value) {
  if (!value) {
    return '';
  }
  const p = partsOf(value);
  return p.hour + ':' + p.minute + ' ngày ' + p.day + '/' + p.month + '/' + p.year;
}

/**
 * The one deadline wording (ADR 0011): "17:00 ngày 30/11", with the year only when it is not the
 * year the text is about.
 */
function deadline(value, year) {
  if (!value) {
    return '';
  }
  const p = partsOf(value);
  const day = p.hour + ':' + p.minute + ' ngày ' + p.day + '/' + p.month;
  return String(p.year) === String(year) ? day : day + '/' + p.year;
}

function number(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString('vi-VN');
}

function percent(rate) {
  return rate === null || rate === undefined ? '–' : String(rate).replace('.', ',') + '%';
}

function link(href, text, title) {
  return href ? el('a', { href: href, title: title || null }, text) : null;
}

// a link into Tasklist opens in a new tab: Cockpit stays where it was
function tasklistLink(href, text) {
  return href ? el('a', { href: href, target: '_blank', rel: 'noopener' }, text) : null;
}

const STATE_CLASS = {
  REPORTED: 'vh-ok',
  REPORTED_LATE: 'vh-late',
  OPEN: 'vh-open',
  OVERDUE: 'vh-overdue',
  NOT_ASSIGNED: 'vh-none',
  NOT_REPORTED: 'vh-overdue'
};

// the order in which units are listed: what needs attention first
const STATE_ORDER = ['OVERDUE', 'NOT_REPORTED', 'OPEN', 'NOT_ASSIGNED', 'REPORTED_LATE', 'REPORTED'];

function badge(state, label) {
  return el('span', { className: 'vh-badge ' + (STATE_CLASS[state] || '') }, label);
}

// ------------------------------------------------------------------------------------------------
// parts shared by the panel and the page

function yearSelector(data, onChange) {
  const select = el('select', { className: 'form-control input-sm vh-year', 'aria-label': 'Chọn năm' });
  data.years.forEach((y) => {
    const option = el('option', { value: y }, 'Năm ' + y + (y === data.currentYear ? ' (năm nay)' : ''));
    if (y === data.year) {
      option.selected = true;
    }
    select.appendChild(option);
  });
  select.addEventListener('change', () => {
    storeYear(select.value);
    onChange(Number(select.value));
  });
  return el('label', { className: 'vh-year-label' }, 'Năm ', select);
}

function tiles(data) {
  const c = data.counts;
  const tile = (cls, value, label, note) =>
    el('div', { className: 'vh-tile ' + cls, 'data-count': cls },
      el('div', { className: 'vh-tile-value' }, value),
      el('div', { className: 'vh-tile-label' }, label),
      note ? el('div', { className: 'vh-tile-note' }, note) : null);
  return el('div', { className: 'vh-tiles' },
    tile('vh-ok', c.reported + '/' + c.expected, 'Đã báo cáo',
      'đúng hạn ' + c.reportedOnTime + ', muộn ' + c.reportedLate),
    tile('vh-open', String(c.open), 'Chưa báo cáo, còn hạn'),
    tile('vh-overdue', String(c.overdue + c.notReported), 'Quá hạn',
      c.notReported ? 'trong đó ' + c.notReported + ' không báo cáo' : null),
    c.notAssigned ? tile('vh-none', String(c.notAssigned), 'Chưa giao báo cáo') : null);
}

function wardLine(data) {
  const r = data.reportingYear;
  return el('p', { className: 'vh-ward' },
    el('strong', {}, 'Báo cáo của phường: '), r.statusLabel + '. ',
    'Hạn báo cáo: tổ dân phố ' + deadline(r.residentialDue, data.year) + ', đơn vị ' + deadline(r.unitDue, data.year)
      + '; hạn gửi UBND thành phố: ' + deadline(r.cityDue, data.year) + '. ',
    link(r.instanceUrl, 'Xem quy trình trên Cockpit'));
}

function milestoneLine(data) {
  const current = data.milestones.find((m) => m.status === 'CURRENT');
  const next = data.milestones.find((m) => m.status === 'NEXT');
  return el('p', { className: 'vh-milestone-line' },
    current ? [el('strong', {}, 'Mốc hiện tại: '), current.title + ' (' + date(current.date) + ')',
      current.overdue ? el('span', { className: 'vh-badge vh-overdue' }, 'quá hạn') : null, '. '] : null,
    next ? [el('strong', {}, 'Tiếp theo: '), next.title + ', ngày ' + date(next.date) + '.'] : null);
}

function sortedUnits(units) {
  return units.slice().sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
}

function unitLinks(u) {
  return [tasklistLink(u.taskUrl, 'Mở công việc'), u.taskUrl && u.instanceUrl ? ' · ' : null,
    link(u.instanceUrl, 'Xem quy trình')];
}

function errorBox(error) {
  return el('div', { className: 'alert alert-danger vh-error', role: 'alert' }, error.message);
}

// ------------------------------------------------------------------------------------------------
// the panel on Cockpit's start page

function renderPanel(node, data, reload) {
  const attention = sortedUnits(data.units).filter((u) => u.state === 'OVERDUE' || u.state === 'NOT_REPORTED');
  const shown = attention.slice(0, 8);
  const n = data.notifications;
  node.replaceChildren(el('section', { className: 'vh-dash vh-panel', 'data-year': data.year },
    el('div', { className: 'vh-head' },
      el('h3', {}, 'Phong trào thi đua năm ' + data.year),
      yearSelector(data, reload),
      el('a', { className: 'btn btn-default btn-sm', href: '#' + PAGE_PATH }, 'Xem chi tiết')),
    tiles(data),
    wardLine(data),
    attention.length ? el('div', { className: 'vh-attention' },
      el('strong', {}, 'Quá hạn chưa báo cáo: '),
      shown.map((u, i) => [i ? ', ' : '', u.unitName, ' (', tasklistLink(u.taskUrl, 'mở') || 'hạn báo cáo: ' + deadline(u.due, data.year), ')']),
      attention.length > shown.length ? ' và ' + (attention.length - shown.length) + ' đơn vị khác.' : '.') : null,
    milestoneLine(data),
    el('p', { className: 'vh-mail-line' },
      el('strong', {}, 'Thư trong năm: '),
      'đã gửi ' + number(n.sent) + ', gửi lỗi ' + number(n.failed) + ', chờ gửi ' + number(n.pending)
        + ', không cần gửi nữa ' + number(n.superseded) + '.',
      n.failed ? [' ', el('a', { href: '#' + PAGE_PATH }, 'Xem thư lỗi')] : null),
    exportLinks(data.year)));
}

// ------------------------------------------------------------------------------------------------
// the page

function section(id, title, ...content) {
  return el('section', { className: 'vh-section', id: id }, el('h3', {}, title), ...content);
}

function table(headers, rows, className) {
  return el('table', { className: 'table table-condensed vh-table ' + (className || '') },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

function milestonesSection(data) {
  return section('moc', 'Các mốc của phong trào',
    table(['Mốc', 'Ngày', 'Tình trạng', 'Ghi chú'], data.milestones.map((m) =>
      el('tr', { className: 'vh-ms-' + m.status.toLowerCase() + (m.year === data.year ? ' vh-selected' : '') },
        el('td', {}, m.title),
        el('td', {}, date(m.date)),
        el('td', {}, el('span', { className: 'vh-badge ' + (m.overdue ? 'vh-overdue' : m.status === 'DONE' ? 'vh-ok'
          : m.status === 'CURRENT' ? 'vh-open' : 'vh-none') }, m.statusLabel),
          m.doneOn ? el('span', { className: 'vh-muted' }, ' ngày ' + date(m.doneOn)) : null),
        el('td', {}, m.detail)))));
}

function unitsSection(data) {
  const counts = {};
  data.units.forEach((u) => {
    counts[u.state] = (counts[u.state] || 0) + 1;
  });
  const filters = [
    ['ALL', 'Tất cả', data.units.length],
    ['OVERDUE', 'Quá hạn', (counts.OVERDUE || 0) + (counts.NOT_REPORTED || 0)],
    ['OPEN', 'Còn hạn', counts.OPEN || 0],
    ['REPORTED', 'Đã báo cáo', (counts.REPORTED || 0) + (counts.REPORTED_LATE || 0)],
    ['NOT_ASSIGNED', 'Chưa giao', counts.NOT_ASSIGNED || 0]
  ].filter((f) => f[0] === 'ALL' || f[2] > 0);
  const matches = (filter, u) => filter === 'ALL' || u.state === filter
    || (filter === 'OVERDUE' && u.state === 'NOT_REPORTED') || (filter === 'REPORTED' && u.state === 'REPORTED_LATE');

  const body = el('tbody');
  const fill = (filter) => {
    body.replaceChildren(...sortedUnits(data.units).filter((u) => matches(filter, u)).map((u) =>
      el('tr', { 'data-unit': u.unitId, 'data-state': u.state },
        el('td', {}, u.unitName, el('div', { className: 'vh-muted' }, u.kindLabel)),
        el('td', {}, badge(u.state, u.stateLabel), u.version > 1 ? el('div', { className: 'vh-muted' }, 'phiên bản ' + u.version) : null),
        el('td', {}, deadline(u.due, data.year)),
        el('td', {}, dateTime(u.submittedAt)),
        el('td', {}, u.submittedByName || u.submittedBy || (u.assigneeName ? 'đang xử lý: ' + u.assigneeName : '')),
        el('td', {}, u.shortfalls.join('; ')),
        el('td', { className: 'vh-links' }, unitLinks(u)))));
  };
  const buttons = el('div', { className: 'btn-group btn-group-sm vh-filters', role: 'group', 'aria-label': 'Lọc theo tình trạng' });
  filters.forEach(([key, label, count], i) => {
    const button = el('button', { type: 'button', className: 'btn btn-default' + (i === 0 ? ' active' : ''), 'data-filter': key },
      label + ' (' + count + ')');
    button.addEventListener('click', () => {
      buttons.querySelectorAll('button').forEach((b) => b.classList.remove('active'));
      button.classList.add('active');
      fill(key);
    });
    buttons.appendChild(button);
  });
  fill('ALL');

  return section('don-vi', 'Báo cáo năm ' + data.year + ' của các đơn vị và tổ dân phố',
    wardLine(data),
    data.wardTasks.length ? el('div', { className: 'vh-ward-tasks' },
      el('strong', {}, 'Việc của phường đang mở: '),
      data.wardTasks.map((t, i) => [i ? '; ' : '', t.name, t.due ? ' – hạn xử lý: ' + deadline(t.due, data.year) : '',
        t.overdue ? el('span', { className: 'vh-badge vh-overdue' }, 'quá hạn') : null,
        t.assigneeName ? ' (' + t.assigneeName + ')' : '', ' ', tasklistLink(t.taskUrl, 'Mở công việc')])) : null,
    buttons,
    el('table', { className: 'table table-condensed vh-table vh-units' },
      el('thead', {}, el('tr', {}, ['Đơn vị, tổ dân phố', 'Tình trạng', 'Hạn', 'Báo cáo lúc', 'Người báo cáo',
        'Chưa đạt chỉ tiêu', 'Liên kết'].map((h) => el('th', { scope: 'col' }, h)))),
      body));
}

function bar(rate) {
  if (rate === null || rate === undefined) {
    return null;
  }
  const fill = el('span', { className: 'vh-bar-fill' });
  fill.style.width = Math.max(0, Math.min(100, Number(rate))) + '%';
  return el('span', { className: 'vh-bar', 'aria-hidden': 'true' }, fill);
}

function figuresSection(data) {
  const targets = data.figures.targets;
  return section('so-lieu', 'Số liệu toàn phường so với chỉ tiêu của Kế hoạch',
    table(['Chỉ tiêu', 'Kết quả năm ' + data.year, 'Chỉ tiêu', 'Đánh giá', 'Chi tiết'], targets.map((t) =>
      el('tr', { 'data-target': t.key },
        el('td', {}, t.label),
        el('td', {}, t.valueText, t.key.endsWith('Rate') ? bar(t.value) : null),
        el('td', {}, t.targetText),
        el('td', {}, t.met === null ? el('span', { className: 'vh-badge vh-none' }, 'Chưa có số liệu')
          : el('span', { className: 'vh-badge ' + (t.met ? 'vh-ok' : 'vh-overdue') }, t.met ? 'Đạt' : 'Chưa đạt')),
        el('td', { className: 'vh-muted' }, t.detail)))),
    el('h4', {}, 'Qua các năm'),
    table(['Năm', 'Đã báo cáo', 'Hộ có địa chỉ số', 'Cán bộ thành thạo nền tảng số', 'Đơn vị có sáng kiến',
      'Số sáng kiến', 'Báo cáo của phường'], data.figures.trend.map((y) =>
      el('tr', { className: y.year === data.year ? 'vh-selected' : null },
        el('td', {}, String(y.year)),
        el('td', {}, y.reported + '/' + y.expected),
        el('td', {}, percent(y.householdsDigitalAddressRate), bar(y.householdsDigitalAddressRate)),
        el('td', {}, percent(y.staffProficiencyRate), bar(y.staffProficiencyRate)),
        el('td', {}, y.unitsWithInitiative + '/' + y.unitsReported),
        el('td', {}, number(y.initiatives)),
        el('td', {}, y.wardReportStatusLabel)))));
}

function mailsSection(data) {
  const n = data.notifications;
  return section('thu', 'Thư thông báo, nhắc hạn, báo quá hạn và báo cáo lãnh đạo năm ' + data.year,
    table(['Loại thư', 'Đã gửi', 'Gửi lỗi', 'Chờ gửi', 'Không cần gửi nữa', 'Tổng'], n.kinds.map((k) =>
      el('tr', { 'data-kind': k.kind },
        el('td', {}, k.label), el('td', {}, number(k.sent)),
        el('td', { className: k.failed ? 'vh-overdue-text' : null }, number(k.failed)),
        el('td', {}, number(k.pending)), el('td', { className: 'vh-muted' }, number(k.superseded)), el('td', {}, number(k.total))))
      .concat([el('tr', { className: 'vh-total' }, el('td', {}, 'Cộng'), el('td', {}, number(n.sent)),
        el('td', {}, number(n.failed)), el('td', {}, number(n.pending)), el('td', {}, number(n.superseded)),
        el('td', {}, number(n.total)))])),
    el('p', { className: 'vh-muted' }, '“Không cần gửi nữa”: thư nhắc đã được thay bằng thư mới hơn, hoặc công việc đã xong '
      + 'trước khi đến lúc gửi. Không phải lỗi, không cần xử lý.'),
    n.failures.length
      ? [el('h4', {}, 'Thư gửi lỗi' + (n.failed > n.failures.length ? ' (' + n.failures.length + ' thư gần nhất)' : '')),
        table(['Thời điểm', 'Loại', 'Người nhận', 'Nội dung', 'Số lần thử', 'Lỗi', 'Liên kết'], n.failures.map((f) =>
          el('tr', { 'data-failure': f.id },
            el('td', {}, dateTime(f.createdAt)),
            el('td', {}, f.kindLabel),
            el('td', {}, f.recipientName || f.recipientUser || '', el('div', { className: 'vh-muted' }, f.recipientEmail)),
            el('td', {}, f.subject),
            el('td', {}, String(f.attempts)),
            el('td', { className: 'vh-error-text' }, f.lastError || ''),
            el('td', { className: 'vh-links' },
              f.incidentUrl ? el('a', { href: f.incidentUrl, className: 'vh-incident' }, 'Xem sự cố') : f.incidentId ? 'Có sự cố' : null,
              f.incidentId || f.incidentUrl ? el('br') : null,
              tasklistLink(f.taskUrl, 'Mở công việc')))))]
      : el('p', { className: 'vh-muted' }, 'Không có thư gửi lỗi.'),
    el('p', { className: 'vh-muted' }, 'Sự cố gửi thư đang mở (mọi năm): ' + number(n.openIncidents)
      + '. Khi máy chủ thư hoạt động lại, quản trị viên bấm nút thử lại (biểu tượng mũi tên vòng) trên thẻ “Sự cố”.'));
}

function commendationsSection(data) {
  const c = data.commendations;
  if (!c.available) {
    return section('khen-thuong', 'Khen thưởng năm ' + data.year, el('p', { className: 'vh-muted' }, c.note));
  }
  return section('khen-thuong', 'Khen thưởng năm ' + data.year,
    c.note ? el('p', { className: 'vh-muted' }, c.note) : null,
    table(['Tình trạng đề nghị', 'Số lượng'], c.byState.map((s) =>
      el('tr', { 'data-state': s.state }, el('td', {}, s.label), el('td', {}, number(s.count))))
      .concat([el('tr', { className: 'vh-total' }, el('td', {}, 'Cộng'), el('td', {}, number(c.total)))])),
    el('h4', {}, 'Đang chờ UBND thành phố quyết định'),
    c.awaitingCity.length
      ? table(['Đối tượng', 'Hình thức', 'Đơn vị đề nghị', 'Tờ trình', 'Từ ngày', ''], c.awaitingCity.map((w) =>
        el('tr', {}, el('td', {}, w.candidate), el('td', {}, w.form), el('td', {}, w.proposingUnit),
          el('td', {}, w.dossierNumber || ''), el('td', {}, date(w.since)), el('td', {}, link(w.instanceUrl, 'Xem quy trình')))))
      : el('p', { className: 'vh-muted' }, 'Không có đề nghị nào đang chờ thành phố.'));
}

function renderPage(node, data, reload) {
  node.replaceChildren(el('div', { className: 'vh-dash vh-page', 'data-year': data.year },
    el('div', { className: 'vh-head' },
      el('h2', {}, 'Phong trào thi đua ' + data.years[0] + ' – ' + data.years[data.years.length - 1]),
      yearSelector(data, reload),
      (() => {
        const button = el('button', { type: 'button', className: 'btn btn-default btn-sm' }, 'Tải lại');
        button.addEventListener('click', () => reload(data.year));
        return button;
      })(),
      el('span', { className: 'vh-muted' }, 'Số liệu lúc ' + dateTime(data.generatedAt) + ' (giờ Việt Nam)')),
    el('nav', { className: 'vh-toc' },
      [['moc', 'Các mốc'], ['don-vi', 'Đơn vị, tổ dân phố'], ['so-lieu', 'Số liệu, chỉ tiêu'], ['thu', 'Thư nhắc hạn'],
        ['khen-thuong', 'Khen thưởng']].map(([id, label], i) => {
        const a = el('a', { href: '#' + PAGE_PATH }, label);
        // in-page jumps without touching Cockpit's hash route
        a.addEventListener('click', (event) => {
          event.preventDefault();
          const target = node.querySelector('#' + id);
          if (target) {
            target.scrollIntoView({ behavior: 'smooth' });
          }
        });
        return [i ? ' · ' : '', a];
      })),
    // configuration warnings (a holiday calendar ending within 12 months), for administrators to act on
    (data.notices || []).map((n) => el('div', { className: 'alert alert-warning vh-notice', role: 'alert' }, n)),
    tiles(data),
    milestoneLine(data),
    exportLinks(data.year),
    milestonesSection(data),
    unitsSection(data),
    figuresSection(data),
    mailsSection(data),
    commendationsSection(data)));
}

// ------------------------------------------------------------------------------------------------
// plugins

function mount(node, render) {
  node.classList.add('vh-mount');
  const show = (year) => {
    node.replaceChildren(el('p', { className: 'vh-muted vh-loading' }, 'Đang tải dữ liệu…'));
    load(year)
      .then((data) => render(node, data, show))
      .catch((error) => {
        if (year && error.status === 400) {
          // a year remembered from before that the plan no longer has: back to the current year
          storeYear(null);
          show(null);
        } else {
          node.replaceChildren(errorBox(error));
        }
      });
  };
  show(storedYear());
}

export default [
  {
    id: 'viethoa-movement-dashboard-panel',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => mount(node, renderPanel)
  },
  {
    id: 'viethoa-movement-dashboard-menu',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: { path: PAGE_PATH },
    render: (node) => {
      node.appendChild(el('a', { href: '#' + PAGE_PATH, className: 'vh-menu-link' }, 'Phong trào thi đua'));
    }
  },
  {
    id: 'viethoa-movement-dashboard-page',
    pluginPoint: 'cockpit.route',
    properties: { path: PAGE_PATH },
    render: (node) => mount(node, renderPage)
  }
];
