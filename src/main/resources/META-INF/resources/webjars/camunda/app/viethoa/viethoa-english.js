/*
 * Phường Việt Hoà: the English the webapps show although every label of vi.json is translated
 * (docs/webapp-localisation.md, "English outside the locale files"). Loaded by viethoa-locale.js in
 * Tasklist, Cockpit, Admin and Welcome.
 *
 * Some words are not labels: Cockpit's variable table has a literal "Actions" header and shows the
 * value types (String, Long, …) and values (true, false, null) as they are; its incident table names
 * the type "Failed Job"; Admin shows group types (WORKFLOW, SYSTEM) and permission names (READ,
 * ACCESS, …) as the engine stores them. A MutationObserver rewrites a text node (or a title, aria
 * label, placeholder or tooltip) whose whole text is one of these, and nothing else: a sentence that merely
 * contains "true" stays as it is, input values (what is saved) are never touched, nor the Camunda
 * Forms (an official's own text) or the diagrams.
 *
 * The text node's data is changed, not the node replaced: AngularJS compares a new value with its
 * own last one, not with the DOM, so the Vietnamese stays until the value itself changes (then the
 * observer translates the new one). Nothing happens when the user picked English in the footer.
 *
 * Also: the header shows the person's name ("Nguyễn Thị Lan"), not the login id, in every app.
 */
const STORAGE_KEY = 'viethoa.webapp.locale';

const WHOLE_TEXT = {
  // Cockpit, variable table and its dialogs
  Actions: 'Thao tác',
  String: 'Chuỗi ký tự',
  Boolean: 'Đúng/sai',
  Integer: 'Số nguyên',
  Long: 'Số nguyên dài',
  Short: 'Số nguyên ngắn',
  Double: 'Số thực',
  Date: 'Ngày giờ',
  Bytes: 'Dữ liệu nhị phân',
  File: 'Tệp',
  Object: 'Đối tượng',
  Null: 'Rỗng',
  Json: 'JSON',
  Xml: 'XML',
  true: 'Có',
  false: 'Không',
  null: '(không có)',
  undefined: '(không có)',
  // Cockpit, incidents
  'Failed Job': 'Tác vụ nền bị lỗi',
  failedJob: 'Tác vụ nền bị lỗi',
  failedExternalTask: 'Tác vụ bên ngoài bị lỗi',
  // Cockpit, tooltip of the processes' section (a literal in the plugin's template)
  'Toggle this section': 'Ẩn/hiện mục này',
  // Admin, group types
  WORKFLOW: 'Nghiệp vụ',
  SYSTEM: 'Hệ thống'
};

// Admin, permission names (alone or as a comma-separated list)
const PERMISSIONS = {
  ALL: 'Tất cả',
  NONE: 'Không có',
  ACCESS: 'Truy cập',
  READ: 'Đọc',
  UPDATE: 'Sửa',
  CREATE: 'Tạo',
  DELETE: 'Xoá',
  READ_HISTORY: 'Đọc lịch sử',
  DELETE_HISTORY: 'Xoá lịch sử',
  READ_HISTORY_VARIABLE: 'Đọc biến trong lịch sử',
  READ_INSTANCE: 'Đọc phiên',
  UPDATE_INSTANCE: 'Sửa phiên',
  DELETE_INSTANCE: 'Xoá phiên',
  CREATE_INSTANCE: 'Tạo phiên',
  SUSPEND: 'Tạm dừng',
  SUSPEND_INSTANCE: 'Tạm dừng phiên',
  READ_TASK: 'Đọc công việc',
  UPDATE_TASK: 'Sửa công việc',
  TASK_WORK: 'Làm công việc',
  TASK_ASSIGN: 'Giao công việc',
  READ_VARIABLE: 'Đọc biến',
  UPDATE_VARIABLE: 'Sửa biến',
  READ_INSTANCE_VARIABLE: 'Đọc biến của phiên',
  UPDATE_INSTANCE_VARIABLE: 'Sửa biến của phiên',
  READ_TASK_VARIABLE: 'Đọc biến của công việc',
  UPDATE_TASK_VARIABLE: 'Sửa biến của công việc',
  RETRY_JOB: 'Thử lại tác vụ nền',
  SUSPEND_JOB: 'Tạm dừng tác vụ nền',
  UPDATE_HISTORY: 'Sửa lịch sử',
  MIGRATE_INSTANCE: 'Di chuyển phiên',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: 'Tạo lô: di chuyển phiên quy trình',
  CREATE_BATCH_MODIFY_PROCESS_INSTANCES: 'Tạo lô: sửa đổi phiên quy trình',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: 'Tạo lô: khởi động lại phiên quy trình',
  CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: 'Tạo lô: xoá phiên quy trình đang chạy',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: 'Tạo lô: xoá phiên quy trình đã kết thúc',
  CREATE_BATCH_DELETE_DECISION_INSTANCES: 'Tạo lô: xoá phiên quyết định',
  CREATE_BATCH_SET_JOB_RETRIES: 'Tạo lô: đặt số lần thử lại',
  CREATE_BATCH_SET_REMOVAL_TIME: 'Tạo lô: đặt thời điểm xoá',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: 'Tạo lô: đặt số lần thử lại tác vụ bên ngoài',
  CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND: 'Tạo lô: tạm dừng, kích hoạt phiên quy trình',
  CREATE_BATCH_SET_VARIABLES: 'Tạo lô: đặt biến',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES_: 'Tạo lô: di chuyển phiên quy trình',
  READ_DECISION_INSTANCE: 'Đọc phiên quyết định'
};

// an official's text and drawings are data: never rewritten
const UNTOUCHED = 'script, style, textarea, code, pre, [contenteditable], .fjs-container, .djs-container, .vh-dash';
const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'uib-tooltip'];

// Cockpit's copy tooltip quotes the raw value ("Nhấn để sao chép 'true'"): the cell shows it in
// Vietnamese and the button copies the engine's value, so the tooltip names neither
const COPY_RAW_VALUE = /^(Nhấn để sao chép) '(true|false|null|undefined)'$/;

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(WHOLE_TEXT, trimmed)) {
    return WHOLE_TEXT[trimmed];
  }
  if (COPY_RAW_VALUE.test(trimmed)) {
    return trimmed.replace(COPY_RAW_VALUE, '$1 giá trị này');
  }
  if (/^[A-Z_]+(\s*,\s*[A-Z_]+)*$/.test(trimmed)) {
    const tokens = trimmed.split(/\s*,\s*/);
    if (tokens.every((t) => PERMISSIONS[t])) {
      return tokens.map((t) => PERMISSIONS[t]).join(', ');
    }
  }
  return null;
}

function untouched(element) {
  return !element || (element.closest && element.closest(UNTOUCHED));
}

function translateTextNode(node) {
  if (untouched(node.parentElement)) {
    return;
  }
  const vietnamese = translated(node.data);
  if (vietnamese !== null) {
    const leading = node.data.match(/^\s*/)[0];
    const trailing = node.data.match(/\s*$/)[0];
    const data = leading + vietnamese + trailing;
    if (node.data !== data) {
      node.data = data;
    }
  }
}

function translateAttributes(element) {
  if (untouched(element)) {
    return;
  }
  ATTRIBUTES.forEach((name) => {
    const value = element.getAttribute(name);
    const vietnamese = value && translated(value);
    if (vietnamese) {
      element.setAttribute(name, vietnamese);
    }
  });
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || untouched(root)) {
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[title], [aria-label], [placeholder], [uib-tooltip]').forEach(translateAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
}

// ------------------------------------------------------------------------------------------------
// the header: the person's name, not the login id

const names = {};

function appRoot() {
  const base = document.querySelector('base');
  return (base && base.getAttribute('app-root')) || '/camunda';
}

function nameInHeader() {
  const toggle = document.querySelector('[cam-widget-header] li.account > a.dropdown-toggle');
  if (!toggle) {
    return;
  }
  const textNode = Array.from(toggle.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  if (!textNode) {
    return;
  }
  const shown = textNode.data.trim();
  if (Object.values(names).indexOf(shown) > -1) {
    return; // already the name
  }
  if (names[shown] === undefined) {
    names[shown] = null; // asked once per login id
    fetch(appRoot() + '/api/engine/engine/default/user/' + encodeURIComponent(shown) + '/profile',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((profile) => {
        // Vietnamese order: family and middle name (firstName in Admin, "Họ và tên đệm") first
        const name = profile && [profile.firstName, profile.lastName].filter((p) => p && p.trim()).join(' ').trim();
        if (name) {
          names[shown] = name;
          nameInHeader();
        }
      })
      .catch(() => {});
    return;
  }
  if (names[shown]) {
    toggle.setAttribute('title', shown);
    textNode.data = textNode.data.replace(shown, names[shown]);
  }
}

// ------------------------------------------------------------------------------------------------

function chosenEnglish() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en';
  } catch (e) {
    return false;
  }
}

if (!chosenEnglish()) {
  const observer = new MutationObserver((mutations) => {
    mutations.forEach((m) => {
      if (m.type === 'characterData') {
        translateTextNode(m.target);
      } else if (m.type === 'attributes') {
        translateAttributes(m.target);
      } else {
        m.addedNodes.forEach(translateTree);
      }
    });
    nameInHeader();
  });
  const start = () => {
    translateTree(document.body);
    nameInHeader();
    observer.observe(document.body, {
      childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
    });
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default [];
