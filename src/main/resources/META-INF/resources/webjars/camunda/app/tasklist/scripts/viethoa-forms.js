/*
 * Phường Việt Hoà: Vietnamese for what Camunda Forms render in English inside Tasklist.
 * config.js loads it through customScripts, after viethoa-locale.js. See docs/webapp-localisation.md.
 *
 * Camunda 7.24 renders Camunda Forms with form-js 1.8.7, whose own texts (validation messages,
 * "Add new", "Select", the date field's "mm/dd/yyyy", aria labels) are English string literals in
 * the bundle, with no translation hook. This module watches the page and rewrites them:
 *  - a validation message is rewritten by changing the data of its text node: form-js (Preact)
 *    keeps the node and does not compare it with the DOM again, whereas replacing the node (setting
 *    textContent) makes it put the English text back on the next render;
 *  - other texts, placeholders and aria labels likewise, each only where form-js renders it;
 *  - the date picker (flatpickr) gets Vietnamese month and day names, weeks from Monday;
 *  - form-js takes the order of day, month and year of a date field from the browser's default
 *    locale (Intl.DateTimeFormat("default")), so an official with an English browser would have to
 *    type 12/03/2026 for 3 December. That one call is answered for vi-VN: dates are typed and shown
 *    day first, as everywhere else in the application.
 * It also removes the engine's English prefix "Cannot submit task form <id>: " from the server's
 * (Vietnamese) validation message that Tasklist shows in a red notification, and works around a form-js
 * 1.8.7 defect that would keep "Hoàn thành" disabled (see keepCompleteButtonUsable).
 *
 * Nothing happens when the user picked English with the footer switch (viethoa-locale.js).
 */
const STORAGE_KEY = 'viethoa.webapp.locale';

function chosenLocale() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) || 'vi';
  } catch (e) {
    return 'vi';
  }
}

// form-js 1.8.7 validation messages (function ao and the number field's checks in the bundle)
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị không được nhỏ hơn ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được lớn hơn ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần nhập ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Chỉ được nhập tối đa ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, (m) => `Giá trị không đúng mẫu quy định (${m[1]}).`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [
    /^Field must be a valid\s+international phone number\. \(e\.g\. (.+)\)$/,
    (m) => `Số điện thoại không hợp lệ: ghi theo dạng quốc tế (ví dụ ${m[1]}).`
  ],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [
    /^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => `Giá trị chỉ được có tối đa ${m[1]} chữ số thập phân.`
  ],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${m[1]} và ${m[2]}.`
  ]
];

// texts of form-js controls: [selector of the element whose text nodes hold it, English, Vietnamese]
const TEXTS = [
  ['.fjs-repeat-render-add', /^Add new$/, () => 'Thêm mục'],
  ['.fjs-repeat-render-collapse', /^Collapse$/, () => 'Thu gọn'],
  ['.fjs-repeat-render-collapse', /^Expand all \((\d+)\)$/, (m) => `Mở rộng tất cả (${m[1]})`],
  ['.fjs-select-display', /^Select$/, () => 'Chọn'],
  ['.fjs-dropdownlist-empty', /^No results$/, () => 'Không có kết quả'],
  ['.fjs-dropdownlist-empty', /^All values selected$/, () => 'Đã chọn tất cả'],
  // table (every unit's figures in the aggregation and approval forms)
  ['.fjs-table-middle-container, .fjs-table-td', /^Nothing to show\.$/, () => 'Chưa có dữ liệu.'],
  // Tasklist's own alert template (screen readers)
  ['.alert .close .sr-only', /^Close$/, () => 'Đóng']
];

// attributes: [selector, attribute, English, Vietnamese]
const ATTRIBUTES = [
  ['.fjs-number-arrow-up', 'aria-label', /^Increment$/, () => 'Tăng'],
  ['.fjs-number-arrow-down', 'aria-label', /^Decrement$/, () => 'Giảm'],
  ['.fjs-repeat-row-remove', 'aria-label', /^Remove list item (\d+)$/, (m) => `Xoá mục ${m[1]}`],
  ['.fjs-taglist-tag-remove', 'title', /^Remove tag$/, () => 'Bỏ chọn'],
  ['.fjs-table-nav-button', 'aria-label', /^Previous page$/, () => 'Trang trước'],
  ['.fjs-table-nav-button', 'aria-label', /^Next page$/, () => 'Trang sau'],
  ['.fjs-container input', 'placeholder', /^Search$/, () => 'Tìm kiếm'],
  // date field: the order follows the locale (dd/mm/yyyy with the Intl answer below)
  ['.fjs-datepicker input', 'placeholder', /^([dmy]+)([/.\-\s]+)([dmy]+)([/.\-\s]+)([dmy]+)$/, datePlaceholder],
  ['.fjs-timepicker input, .fjs-timepicker-anchor input', 'placeholder', /^hh:mm$/, () => 'giờ:phút'],
  ['.fjs-timepicker input, .fjs-timepicker-anchor input', 'placeholder', /^hh:mm \?m$/, () => 'giờ:phút SA/CH']
];

const DATE_PARTS = { d: 'ngày', m: 'tháng', y: 'năm' };

function datePlaceholder(m) {
  return [m[1], m[2], m[3], m[4], m[5]]
    .map((part, i) => (i % 2 === 0 ? DATE_PARTS[part.charAt(0)] : part))
    .join('');
}

// flatpickr's Vietnamese locale (weekdays from Sunday, as flatpickr counts them)
const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: [
      'Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
      'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'
    ]
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để thay đổi',
  toggleTitle: 'Bấm để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

// The server refuses a submission with "Cannot submit task form <id>: <Vietnamese message>"
// (Tasklist's submit-form), or "Cannot complete task <id>: …" (complete).
const ENGINE_PREFIX = /^(\s*)Cannot (?:submit task form|complete task|submit form of task) [^:\s]*:\s*/;

function translate(rules, value) {
  for (const [pattern, render] of rules) {
    const match = pattern.exec(value);
    if (match) {
      return render(match);
    }
  }
  return null;
}

/** Changes a text node's data (never replaces the node), keeping its surrounding spaces. */
function translateTextNode(node, rules) {
  const value = node.data;
  const trimmed = value.trim();
  if (!trimmed) {
    return;
  }
  const result = translate(rules, trimmed);
  if (result !== null && result !== trimmed) {
    const start = value.indexOf(trimmed);
    node.data = value.slice(0, start) + result + value.slice(start + trimmed.length);
  }
}

function textNodesOf(element) {
  return Array.prototype.filter.call(element.childNodes, (n) => n.nodeType === Node.TEXT_NODE);
}

function localizeDatePickers(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && picker.config && picker.__viethoaLocale !== true) {
      picker.__viethoaLocale = true;
      picker.set('locale', FLATPICKR_VI);
    }
  });
}

function localize(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((li) => {
    textNodesOf(li).forEach((node) => translateTextNode(node, MESSAGES));
  });
  TEXTS.forEach(([selector, pattern, render]) => {
    root.querySelectorAll(selector).forEach((element) => {
      textNodesOf(element).forEach((node) => translateTextNode(node, [[pattern, render]]));
    });
  });
  ATTRIBUTES.forEach(([selector, attribute, pattern, render]) => {
    root.querySelectorAll(selector).forEach((element) => {
      const value = element.getAttribute(attribute);
      if (value) {
        const result = translate([[pattern, render]], value);
        if (result !== null && result !== value) {
          element.setAttribute(attribute, result);
        }
      }
    });
  });
  // Tasklist's red notification (title: label COMPLETE_ERROR) with the server's message
  root.querySelectorAll('.alert-danger .message').forEach((message) => {
    textNodesOf(message).forEach((node) => {
      if (ENGINE_PREFIX.test(node.data)) {
        node.data = node.data.replace(ENGINE_PREFIX, '$1');
      }
    });
  });
  localizeDatePickers(root);
  keepCompleteButtonUsable(root);
}

/**
 * Tasklist disables "Hoàn thành" while form-js reports errors (Object.keys(errors).length). When a
 * field inside a dynamic list (our "Đề nghị khen thưởng") changes, form-js 1.8.7 stores its result
 * under [field id, row index] even when there is no error, which leaves a key such as
 * {Field_CandidateName: [null]}: the button would stay disabled for good although no error shows.
 * So when form-js says "invalid", Tasklist is told so only if the form shows an error once rendered.
 * The submit path is untouched: form-js validates every field again and blocks real errors, and the
 * server validates everything (FormInput).
 */
function keepCompleteButtonUsable(root) {
  if (!window.angular) {
    return;
  }
  root.querySelectorAll('[cam-tasklist-form]').forEach((element) => {
    const controller = window.angular.element(element).controller('camTasklistForm');
    if (!controller || typeof controller.notifyFormValidated !== 'function' || controller.__viethoaValidity) {
      return;
    }
    controller.__viethoaValidity = true;
    const notify = controller.notifyFormValidated;
    let pending = 0;
    controller.notifyFormValidated = function (invalid) {
      const call = ++pending;
      notify.call(controller, invalid);
      if (invalid) {
        // after form-js (Preact) has rendered the change
        window.setTimeout(() => {
          if (call === pending && !element.querySelector('.fjs-form-field-error li')) {
            notify.call(controller, false);
          }
        }, 0);
      }
    };
  });
}

/** form-js reads the date order from Intl.DateTimeFormat("default"): answer that one for vi-VN. */
function vietnameseDefaultDateLocale() {
  const Native = window.Intl && window.Intl.DateTimeFormat;
  if (!Native || Native.__viethoa) {
    return;
  }
  const DateTimeFormat = function (locales, options) {
    const chosen = locales === 'default' ? 'vi-VN' : locales;
    return new Native(chosen, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  DateTimeFormat.__viethoa = true;
  window.Intl.DateTimeFormat = DateTimeFormat;
}

function start() {
  vietnameseDefaultDateLocale();
  let scheduled = false;
  const observer = new MutationObserver(() => {
    // once per batch; our own changes cause one more batch that finds nothing left to change
    if (!scheduled) {
      scheduled = true;
      Promise.resolve().then(() => {
        scheduled = false;
        localize(document.body);
      });
    }
  });
  const observe = () => {
    localize(document.body);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['placeholder', 'aria-label', 'title']
    });
  };
  if (document.body) {
    observe();
  } else {
    document.addEventListener('DOMContentLoaded', observe);
  }
}

if (chosenLocale() === 'vi') {
  start();
}

// no plugins: this module only translates
export default [];
