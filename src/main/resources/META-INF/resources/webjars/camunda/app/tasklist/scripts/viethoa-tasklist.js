/*
 * Phường Việt Hoà: what officials and administrators meet in Tasklist (issue 16; docs/webapp-localisation.md).
 *
 * - The Angular date picker of due and follow-up dates (administrators only) speaks Vietnamese and
 *   starts weeks on Monday: angular-ui bootstrap reads month and day names from AngularJS' $locale,
 *   which Camunda leaves English, and uibDatepickerConfig.startingDay.
 * - People by name: a task card's assignee tooltip (Camunda renders the literal "task.assignee") and
 *   the user ids of the history tab become "Họ và tên đệm Tên".
 * - A card's column tooltip names the column ("Đơn vị"), not the variable id ("unitName").
 * - Links of a form (evidence upload, every unit's figures, .docx drafts) open in a new tab, so the
 *   form is not left; the evidence page gets the task's id to link back to it.
 * Styles that go with it: styles/viethoa-tasklist.css.
 */
const angular = window.angular;
const custom = angular.module('cam.tasklist.custom');

const MONTHS = ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9',
  'tháng 10', 'tháng 11', 'tháng 12'];
const SHORT_MONTHS = ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'];
// AngularJS counts days from Sunday
const DAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const SHORT_DAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

function vietnamese() {
  try {
    return window.localStorage.getItem('viethoa.webapp.locale') !== 'en';
  } catch (e) {
    return true;
  }
}

custom.config(['$provide', function ($provide) {
  // the column's label, not its variable id, in the tooltip of a card's business column
  $provide.decorator('camTasklistVariablesDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    if (typeof directive.template === 'string') {
      directive.template = directive.template.replace('uib-tooltip="{{ info.name }}"', 'uib-tooltip="{{ info.label }}"');
    }
    return $delegate;
  }]);
  // Camunda's card binds the tooltip to the literal text "task.assignee": show the person's name
  $provide.decorator('camTasksDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    if (typeof directive.template === 'string') {
      directive.template = directive.template.replace('uib-tooltip="task.assignee"',
        'uib-tooltip="{{ assigneeDisplayedName(task) }}"');
    }
    return $delegate;
  }]);
}]);

custom.run(['$locale', 'uibDatepickerConfig', function ($locale, datepicker) {
  if (!vietnamese()) {
    return;
  }
  const formats = $locale.DATETIME_FORMATS;
  formats.MONTH = MONTHS;
  formats.STANDALONEMONTH = MONTHS;
  formats.SHORTMONTH = SHORT_MONTHS;
  formats.DAY = DAYS;
  formats.SHORTDAY = SHORT_DAYS;
  // $locale counts the first day of the week from Monday (0); the picker from Sunday (0)
  formats.FIRSTDAYOFWEEK = 0;
  formats.AMPMS = ['SA', 'CH'];
  datepicker.startingDay = 1;
  datepicker.formatDayTitle = 'MMMM yyyy';
  datepicker.formatMonthTitle = 'yyyy';
  datepicker.formatDayHeader = 'EEE';
}]);

// ------------------------------------------------------------------------------------------------
// names of people in the history tab (Camunda shows the login id)

const names = {};
const asked = {};

function engineApi() {
  const base = document.querySelector('base');
  return ((base && base.getAttribute('app-root')) || '/camunda') + '/api/engine/engine/default';
}

function fullName(user) {
  return [user.firstName, user.lastName].filter(Boolean).join(' ').trim();
}

function askNames(ids) {
  const unknown = ids.filter((id) => id && !asked[id]);
  if (!unknown.length) {
    return Promise.resolve();
  }
  unknown.forEach((id) => { asked[id] = true; });
  return fetch(engineApi() + '/user?idIn=' + unknown.map(encodeURIComponent).join(','),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : []))
    .then((users) => users.forEach((u) => { names[u.id] = fullName(u) || u.id; }))
    .catch(() => { /* the id stays: better than nothing */ });
}

function renameUsers(root) {
  const cells = Array.from(root.querySelectorAll('.operation-user'));
  if (!cells.length) {
    return;
  }
  const ids = cells.map((c) => c.getAttribute('data-vh-user') || c.textContent.trim());
  askNames(ids).then(() => {
    cells.forEach((cell) => {
      const id = cell.getAttribute('data-vh-user') || cell.textContent.trim();
      const name = names[id];
      if (name && cell.firstChild && cell.firstChild.nodeType === 3 && cell.textContent.trim() !== name) {
        cell.setAttribute('data-vh-user', id);
        // the text node's data, not textContent: AngularJS keeps the node and rewrites it only on change
        cell.firstChild.data = name;
      }
    });
  });
}

// ------------------------------------------------------------------------------------------------
// links of the forms

const NEW_TAB = /\/(evidence\.html|unit-figures\.html)|\/api\/documents\/|\/api\/exports\//;

function currentTaskId() {
  const match = /[?&]task=([A-Za-z0-9-]{1,64})/.exec(window.location.hash || '');
  return match ? match[1] : null;
}

function openLinksInNewTab(root) {
  root.querySelectorAll('[cam-tasklist-form] a[href]').forEach((link) => {
    const href = link.getAttribute('href');
    if (!NEW_TAB.test(href)) {
      return;
    }
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
    link.classList.add('vh-form-link');
    const task = currentTaskId();
    if (task && href.indexOf('/evidence.html') > -1 && !/[?&]task=/.test(href)) {
      link.setAttribute('href', href + (href.indexOf('?') > -1 ? '&' : '?') + 'task=' + encodeURIComponent(task));
    }
  });
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  window.requestAnimationFrame(() => {
    scheduled = false;
    openLinksInNewTab(document);
    renameUsers(document);
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
